/**
 * A text unit (teaser or sentence) as the framing lexicons read it, and where in it a match
 * stands: in the outlet's own words or inside quotation marks.
 */
import type { Found, LemmaText } from './lexicon.ts';
import { findQuotes } from './quote-spans.ts';
import type { PhraseMatch, WordsIn } from '../schema/index.ts';

/** A piece of text analysed on its own: the teaser or one sentence, by its element id. */
export interface TextUnit {
  id: string;
  text: string;
}

/** A unit as the lexicons read it: its text, the spans in quotation marks, and its lemmas. */
export interface ReadUnit extends TextUnit {
  quoted: readonly [number, number][];
  lemmas: LemmaText;
}

/** The spans of a text inside quotation marks (marks included). */
export function quotedSpans(text: string): [number, number][] {
  return findQuotes(text).map((quote) => [
    quote.openMark ?? quote.start,
    (quote.closeMark ?? quote.end - 1) + 1,
  ]);
}

export function wordsInAt(start: number, end: number, quoted: readonly [number, number][]): WordsIn {
  return quoted.some(([from, to]) => start >= from && end <= to) ? 'quote' : 'narration';
}

export function toMatch(
  found: Found<unknown>,
  phrase: string,
  quoted: readonly [number, number][],
): PhraseMatch {
  return {
    phrase,
    text: found.text,
    start: found.start,
    end: found.end,
    in: wordsInAt(found.start, found.end, quoted),
  };
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
