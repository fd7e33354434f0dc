/**
 * Quotations that run over several sentences: “A. B. C,” Carson said. The opening mark
 * stands in the first sentence, the closing mark in the last, and sentences between have
 * none (a new paragraph repeats the opening mark only). Each sentence's part is read as a
 * quote of its own; then they become one record with the speaker any one of them is given
 * (joinQuotations in quotes.ts).
 *
 * Collections like the seed cut and shuffle sentences, so a chain is read from the marks
 * alone, never through a sentence the collection cut, and only when it closes: an unclosed quote, then sentences without marks or that
 * open a new paragraph of it, then a sentence whose first quote closes without opening, or
 * a new paragraph that closes.
 */
import { findQuotes, type QuoteSpan } from './quote-spans.ts';

/** One part of a chain: a sentence, and which of its quotes belongs to the quotation. */
export interface ChainPart {
  sentence: number;
  /** The index of the part among the sentence's quotes. */
  quote: number;
}

/** A sentence as chains read it: its text, and whether the collection cut it. */
export interface ChainSentence {
  text: string;
  /** Flagged as a fragment the collection cut (not merely starting inside a quote). */
  cut: boolean;
}

/** The sentences one quotation runs over, in order. */
export type QuoteChain = readonly ChainPart[];

// Long speeches run over many sentences; 12 holds every chain of the development articles
// (most have 2–4) while an unclosed quote that never closes stays alone.
const MAX_CHAIN_SENTENCES = 12;

/** Whether a quote opens its sentence, as a new paragraph of a quotation does. */
function opensSentence(sentence: string, span: QuoteSpan): boolean {
  return span.openMark !== null && sentence.slice(0, span.openMark).trim() === '';
}

/**
 * The chains of an article's sentences, given each sentence's quotes. A sentence inside a
 * chain that has no quote of its own is listed with `quote: 0`: the caller gives it a quote
 * for the whole sentence (see `unmarkedSpan`).
 */
export function findQuoteChains(
  sentences: readonly ChainSentence[],
  spans: readonly (readonly QuoteSpan[])[],
): QuoteChain[] {
  const chains: QuoteChain[] = [];
  for (let first = 0; first < sentences.length; first++) {
    const last = spans[first]!.at(-1);
    if (last?.cut !== 'unclosed' || sentences[first]!.cut) continue;
    const parts: ChainPart[] = [{ sentence: first, quote: spans[first]!.length - 1 }];
    let closed = false;
    for (let next = first + 1; next < sentences.length && next - first < MAX_CHAIN_SENTENCES; next++) {
      const own = spans[next]!;
      if (sentences[next]!.cut) break;
      if (own.length === 0) {
        parts.push({ sentence: next, quote: 0 });
        continue;
      }
      if (own[0]!.cut === 'unopened') {
        parts.push({ sentence: next, quote: 0 });
        closed = true;
        break;
      }
      // A new paragraph of the quotation repeats the opening mark: it goes on if the
      // paragraph ends open, and ends the quotation if it closes.
      if (opensSentence(sentences[next]!.text, own[0]!)) {
        parts.push({ sentence: next, quote: 0 });
        closed = own.length > 1 || own[0]!.cut !== 'unclosed';
        if (closed) break;
        continue;
      }
      break;
    }
    if (closed) {
      chains.push(parts);
      first = parts.at(-1)!.sentence - 1;
    }
  }
  return chains;
}

/**
 * The quotes of each sentence of an article, and the chains among them; a sentence inside
 * a chain without marks of its own gets a quote for the whole sentence.
 */
export function findSentenceQuotes(sentences: readonly ChainSentence[]): {
  spans: QuoteSpan[][];
  chains: QuoteChain[];
} {
  const spans = sentences.map((sentence) => findQuotes(sentence.text));
  const chains = findQuoteChains(sentences, spans);
  for (const part of chains.flat()) {
    if (spans[part.sentence]!.length === 0)
      spans[part.sentence] = [unmarkedSpan(sentences[part.sentence]!.text)];
  }
  return { spans, chains };
}

/** A quote for a whole sentence inside a chain: neither of its marks is in the sentence. */
function unmarkedSpan(sentence: string): QuoteSpan {
  const start = sentence.length - sentence.trimStart().length;
  const end = sentence.trimEnd().length;
  return { start, end, text: sentence.slice(start, end), openMark: null, closeMark: null, cut: 'unmarked' };
}
