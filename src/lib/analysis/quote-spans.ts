/**
 * Quotation marks and the spans between them, found per sentence (the collection shuffled
 * sentences, so a quote never runs on into the next one), and the kind of each quote.
 */
import type { QuoteCut, QuoteKind } from '../schema/index.ts';

/** A quote found in a sentence's plain text, before attribution. */
export interface QuoteSpan {
  /** Offsets of the quoted text (inside the marks) in the sentence; end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Offsets of the marks themselves (or of the sentence edge where a mark is missing). */
  openMark: number | null;
  closeMark: number | null;
  cut: QuoteCut | null;
}

const OPENING = '“„«';
const CLOSING = '”»';
const OPENERS_BEFORE = /[\s([{\u2014\u2013/:-]/;

type Mark = { at: number; role: 'open' | 'close' };

// Raw HTML left in a source (`<div style="…">`, `<a href="#">`) is text, but the marks
// around its attribute values are not quotation marks.
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi;

/** Finds the double quotation marks of a text and whether each opens or closes. */
function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const tags = [...text.matchAll(HTML_TAG)].map((tag) => ({
    start: tag.index,
    end: tag.index + tag[0].length,
  }));
  let nextTag = 0;
  let open = false;
  for (let at = 0; at < text.length; at++) {
    const tag = tags[nextTag];
    if (tag !== undefined && at >= tag.start) {
      at = tag.end - 1;
      nextTag++;
      continue;
    }
    const char = text[at]!;
    let role: Mark['role'] | null = null;
    if (OPENING.includes(char)) role = 'open';
    else if (CLOSING.includes(char)) role = 'close';
    else if (char === '"') {
      // A straight mark opens after a space or bracket and before a word; closes otherwise.
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = text[at + 1] ?? ' ';
      const looksOpening = OPENERS_BEFORE.test(before) && !/\s/.test(after);
      const looksClosing = !/\s/.test(before) && (/[\s,.;:!?)\]]/.test(after) || at === text.length - 1);
      role =
        looksOpening && !looksClosing
          ? 'open'
          : looksClosing && !looksOpening
            ? 'close'
            : open
              ? 'close'
              : 'open';
    }
    if (role === null) continue;
    marks.push({ at, role });
    open = role === 'open';
  }
  return marks;
}

function trimSpan(
  text: string,
  from: number,
  to: number,
  openMark: number | null,
  closeMark: number | null,
  cut: QuoteSpan['cut'],
): QuoteSpan | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end), openMark, closeMark, cut };
}

/**
 * The quotes of one sentence. A quote whose closing mark is missing runs to the end of the
 * sentence (or to the next opening mark: it is never merged with the next quote); one
 * whose opening mark is missing runs from the start of the sentence.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let openAt: number | null = null;
  const push = (quote: QuoteSpan | null) => {
    if (quote) quotes.push(quote);
  };
  for (const mark of findMarks(text)) {
    if (mark.role === 'open') {
      if (openAt !== null) push(trimSpan(text, openAt + 1, mark.at, openAt, null, 'unclosed'));
      openAt = mark.at;
    } else if (openAt !== null) {
      push(trimSpan(text, openAt + 1, mark.at, openAt, mark.at, null));
      openAt = null;
    } else if (quotes.length === 0) {
      push(trimSpan(text, 0, mark.at, null, mark.at, 'unopened'));
    }
  }
  if (openAt !== null) push(trimSpan(text, openAt + 1, text.length, openAt, null, 'unclosed'));
  return quotes;
}

/** Replaces the text inside quotation marks with spaces, so patterns only see narration. */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let masked = text;
  for (const quote of quotes) {
    masked = masked.slice(0, quote.start) + ' '.repeat(quote.end - quote.start) + masked.slice(quote.end);
  }
  return masked;
}

/** Full: a clause someone said; partial: a phrase of theirs in the writer's sentence; scare: a term in marks. */
export function classifyQuote(sentence: string, quote: QuoteSpan, attributed: boolean): QuoteKind {
  const words = quote.text.split(/\s+/).filter(Boolean).length;
  const clauseEnd = /[.,?!…;:]$/.test(quote.text);
  const before = sentence.slice(0, quote.openMark ?? quote.start);
  const opens = before.trim() === '' || /:\s*$/.test(before);
  if (opens && (clauseEnd || quote.cut !== null)) return 'full';
  if (words >= 4 && (clauseEnd || opens || quote.cut !== null)) return 'full';
  if (attributed || words >= 4) return 'partial';
  return 'scare';
}

/** Words that are all capitalised (or numbers): a title, a slogan, a name. */
export function isTitleLike(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return (
    words.length > 0 &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:a|an|the|of|and|in|on|to|for)$/u.test(word))
  );
}
