/**
 * Search records: one Pagefind record per quote (custom records, no page of their own),
 * with one filter per facet value (see search-filters.ts) and `kind: quote` in its meta.
 * Articles are indexed from their pages, which carry the same outlet filter and `kind: article`.
 *
 * A quote's record holds the sentence it stands in, then its speaker's name, so that a
 * search finds a quote by its own words, by the words around it and by who said it; the
 * meta says where the quote is in that text (`quoted`) and where the sentence ends
 * (`sentenceEnd`), and the search page marks the quote and tells which part matched.
 */
import type { PublishedQuote } from '../schema/index.ts';
import { outletLabel } from '../view/format.ts';
import { FILTER_VALUE, SPEAKER_NOT_NAMED, facetKey } from './search-filters.ts';
import { voiceKey, voiceLabel } from '../analysis/index.ts';

export { SEARCH_FILTERS, SPEAKER_NOT_NAMED } from './search-filters.ts';

export interface QuoteSearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Between the sentence and the speaker's name in a quote's record. */
export const SPEAKER_SEPARATOR = ' — ';

/** The Pagefind filter of an article's or a quote's outlet ("outlet._none" when unknown). */
export function outletFilterKey(item: Pick<PublishedQuote, 'outlet'>): string {
  return facetKey('outlet', item.outlet?.id ?? null);
}

/**
 * The text of the sentences a quote stands in (each part's, in order, once), and the
 * quote's spans in it as "start-end" character offsets, comma-separated. A sentence not
 * found (never in published data) leaves the quote's own text.
 */
export function quoteSentences(
  quote: Pick<PublishedQuote, 'text' | 'parts'>,
  sentenceText: (id: string) => string | undefined,
): { text: string; quoted: string } {
  const starts = new Map<string, number>();
  let text = '';
  for (const part of quote.parts) {
    if (starts.has(part.sentenceId)) continue;
    const sentence = sentenceText(part.sentenceId);
    if (sentence === undefined) return { text: quote.text, quoted: `0-${quote.text.length}` };
    if (text !== '') text += ' ';
    starts.set(part.sentenceId, text.length);
    text += sentence;
  }
  const quoted = quote.parts.map((part) => {
    const offset = starts.get(part.sentenceId)!;
    return `${offset + part.start}-${offset + part.end}`;
  });
  return { text, quoted: quoted.join(',') };
}

/** The Pagefind custom record of a quote: its sentence and its speaker's name are searchable. */
export function toSearchRecord(
  quote: PublishedQuote,
  sentenceText: (id: string) => string | undefined,
): QuoteSearchRecord {
  const speaker = quote.speaker?.name ?? SPEAKER_NOT_NAMED;
  const outlet = outletLabel(quote);
  const context = quoteSentences(quote, sentenceText);
  return {
    url: quote.href,
    content: `${context.text}${SPEAKER_SEPARATOR}${speaker}`,
    language: 'en',
    meta: {
      kind: 'quote',
      title: `“${quote.text}”`,
      speaker,
      outlet,
      voice: voiceLabel(quote.speaker),
      quoted: context.quoted,
      sentenceEnd: String(context.text.length),
    },
    filters: Object.fromEntries(
      [
        outletFilterKey(quote),
        facetKey('speaker', quote.speaker?.id ?? null),
        facetKey('voice', voiceKey(quote.speaker)),
      ].map((key) => [key, [FILTER_VALUE]]),
    ),
  };
}
