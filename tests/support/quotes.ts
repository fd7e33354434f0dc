/** Published quotes for the tests of what pages make of them: two registered speakers and a quote builder. */
import type { PublishedQuote } from '../../src/lib/schema/index.ts';

export const putin = {
  id: 'vladimir-putin',
  name: 'Vladimir Putin',
  category: 'russian-official',
  registered: true,
} as const;

export const korolev = {
  id: 'alexander-korolev',
  name: 'Alexander Korolev',
  category: 'analyst',
  registered: true,
} as const;

/** A whole-sentence quote of article a-1 in `outlet`, attributed to `speaker` (or to no one). */
export function publishedQuote(
  id: string,
  text: string,
  speaker: PublishedQuote['speaker'],
  outlet = 'CNN',
): PublishedQuote {
  return {
    id,
    sentenceId: `${id}-s`,
    start: 0,
    end: text.length,
    parts: [{ sentenceId: `${id}-s`, start: 0, end: text.length }],
    text,
    kind: 'full',
    cut: null,
    speaker,
    rule: speaker ? 'speaker-after' : null,
    confidence: speaker ? 0.95 : 0,
    evidence: null,
    articleId: 'a-1',
    outlet: { id: outlet.toLowerCase(), name: outlet, registered: true },
    href: `/articles/a-1/#${id}`,
    sentence: text,
  };
}
