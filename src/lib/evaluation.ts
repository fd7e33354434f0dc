/**
 * Measuring the quote extractor against hand-labelled gold quotes: span precision and
 * recall, and speaker accuracy over the quotes the text attributes.
 */
import type { Article, QuoteGold } from './schema.ts';

export interface QuoteEvaluation {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  /** Matched quotes whose gold speaker is named by the text. */
  attributed: number;
  rightSpeaker: number;
  speakerAccuracy: number;
  /** Matched quotes given a speaker other than the gold one (gold null included). */
  wrongNames: string[];
  /** Gold quotes with a speaker that got none. */
  unattributed: string[];
  missed: string[];
  spurious: string[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

/** Compares extracted quotes of the articles of one source with the gold labels. */
export function evaluateQuotes(articles: readonly Article[], gold: QuoteGold): QuoteEvaluation {
  const result: QuoteEvaluation = {
    gold: 0,
    found: 0,
    matched: 0,
    precision: 0,
    recall: 0,
    attributed: 0,
    rightSpeaker: 0,
    speakerAccuracy: 0,
    wrongNames: [],
    unattributed: [],
    missed: [],
    spurious: [],
  };
  for (const labelled of gold.articles) {
    const article = articles.find((candidate) => candidate.position === labelled.article);
    const found = [...(article?.quotes ?? [])];
    result.gold += labelled.quotes.length;
    result.found += found.length;
    for (const expected of labelled.quotes) {
      const index = found.findIndex((quote) => normalise(quote.text) === normalise(expected.text));
      const where = `article ${labelled.article}: “${expected.text}”`;
      if (index === -1) {
        result.missed.push(where);
        continue;
      }
      const [quote] = found.splice(index, 1);
      result.matched++;
      const predicted = quote!.speaker?.id ?? null;
      if (expected.speaker !== null) {
        result.attributed++;
        if (predicted === expected.speaker) result.rightSpeaker++;
        else if (predicted === null) result.unattributed.push(`${where} (gold: ${expected.speaker})`);
      }
      if (predicted !== null && predicted !== expected.speaker) {
        result.wrongNames.push(`${where}: ${predicted} instead of ${expected.speaker ?? 'nobody'}`);
      }
    }
    for (const quote of found) result.spurious.push(`article ${labelled.article}: “${quote.text}”`);
  }
  result.precision = ratio(result.matched, result.found);
  result.recall = ratio(result.matched, result.gold);
  result.speakerAccuracy = ratio(result.rightSpeaker, result.attributed);
  return result;
}

/** The targets the extractor must meet on the gold file. */
export const QUOTE_TARGETS = {
  precision: 0.95,
  recall: 0.95,
  speakerAccuracy: 0.9,
  maxWrongNames: 1,
} as const;
