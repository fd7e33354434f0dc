/**
 * Search records: one Pagefind record per quote (custom records, no page of their own),
 * with one filter per facet value (see search-filters.ts) and `kind: quote` in its meta.
 * Articles are indexed from their pages, which carry the same outlet filter and `kind: article`.
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

/** The Pagefind filter of an article's or a quote's outlet ("outlet._none" when unknown). */
export function outletFilterKey(item: Pick<PublishedQuote, 'outlet'>): string {
  return facetKey('outlet', item.outlet?.id ?? null);
}

/** The Pagefind custom record of a quote: its words and its speaker's name are searchable. */
export function toSearchRecord(quote: PublishedQuote): QuoteSearchRecord {
  const speaker = quote.speaker?.name ?? SPEAKER_NOT_NAMED;
  const outlet = outletLabel(quote);
  return {
    url: quote.href,
    content: `“${quote.text}” ${speaker}`,
    language: 'en',
    meta: { kind: 'quote', title: `“${quote.text}”`, speaker, outlet, voice: voiceLabel(quote.speaker) },
    filters: Object.fromEntries(
      [
        outletFilterKey(quote),
        facetKey('speaker', quote.speaker?.id ?? null),
        facetKey('voice', voiceKey(quote.speaker)),
      ].map((key) => [key, [FILTER_VALUE]]),
    ),
  };
}
