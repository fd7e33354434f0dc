/**
 * Search records: one Pagefind record per quote (custom records, no page of their own),
 * with the filters the search page offers. Articles are indexed from their pages.
 */
import type { PublishedQuote } from './schema.ts';
import { outletLabel } from './format.ts';
import { voiceLabel } from './voices.ts';

/** Filter names and the values used when a quote has none. */
export const SEARCH_FILTERS = ['outlet', 'speaker', 'voice', 'type'] as const;
export const SPEAKER_NOT_NAMED = 'Speaker not named';

export interface QuoteSearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<(typeof SEARCH_FILTERS)[number], string[]>;
}

/** The Pagefind custom record of a quote: its words and its speaker's name are searchable. */
export function toSearchRecord(quote: PublishedQuote): QuoteSearchRecord {
  const speaker = quote.speaker?.name ?? SPEAKER_NOT_NAMED;
  const outlet = outletLabel(quote);
  return {
    url: quote.href,
    content: `“${quote.text}” ${speaker}`,
    language: 'en',
    meta: { title: `“${quote.text}”`, speaker, outlet },
    filters: { outlet: [outlet], speaker: [speaker], voice: [voiceLabel(quote.speaker)], type: ['quote'] },
  };
}
