/**
 * What the speaker rules share: a quote read in its sentence (QuoteSite), the attribution
 * a rule returns, and how a rule names a speaker with its evidence.
 */
import type { SpeakerRuleName } from '../schema/index.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { resolvePronoun } from './speaker-pronouns.ts';
import { type AttributionContext, type Speaker } from './speakers.ts';

/** The speaker a quote is attributed to, the rule that named it, and its evidence. */
export interface QuoteAttribution {
  speaker: Speaker | null;
  rule: SpeakerRuleName | null;
  confidence: number;
  evidence: string | null;
  /** A speech verb governs the quote, whether or not its subject could be named. */
  governed: boolean;
}

/** A speech verb right after a quote, with its subject before it or after it. */
export interface Tail {
  order: 'subject-first' | 'verb-first';
  match: RegExpExecArray;
}

/** The subject of a speech verb before a quote, if named, and whether there is such a verb. */
export interface ClauseSubject {
  result: QuoteAttribution | null;
  verb: boolean;
}

/** One quote in its sentence, as the rules read it. */
export interface QuoteSite {
  quote: QuoteSpan;
  /** The quote's place among the quotes of its sentence. */
  index: number;
  quotes: readonly QuoteSpan[];
  /** The sentence with every quote blanked out, and the narration before and after this quote. */
  masked: string;
  before: string;
  after: string;
  context: AttributionContext;
  /** The speech verb right after the quote that attributes it (computed once, on demand). */
  tail: () => Tail | null;
  /** The subject of a speech verb in the quote's own clause (computed once, on demand). */
  clause: () => ClauseSubject;
}

/** A rule: the quote's speaker, or null when the rule does not apply or is not sure. */
export type SpeakerRule = (site: QuoteSite) => QuoteAttribution | null;

/** A match found in a slice of a text, with its index in the whole text. */
export function offsetMatch(match: RegExpExecArray | null, offset: number): RegExpExecArray | null {
  if (match) match.index += offset;
  return match;
}

/** Names a speaker by a rule, with the evidence as a reader sees it. */
export function attributeTo(
  speaker: Speaker,
  rule: SpeakerRuleName,
  confidence: number,
  evidence: string,
): QuoteAttribution {
  return {
    speaker,
    rule,
    confidence,
    // The evidence is read from narration with quotes blanked out: show them as “…”.
    evidence: evidence
      .replace(/([“"«])\s{2,}([”"»]?)/g, '$1…$2')
      .replace(/\s+/g, ' ')
      .trim(),
    governed: true,
  };
}

/**
 * Names the person a pronoun stands for (resolvePronoun), under the rule of the place it
 * was read in: `speaker-after-pronoun-recent-speaker`, … The pronoun rule's confidence
 * unless one is given.
 */
export function attributeToPronoun(
  pronoun: string,
  context: AttributionContext,
  sentenceBefore: string,
  place: 'speaker-after' | 'speaker-before' | 'clause-subject' | 'sentence-end',
  evidence: string,
  confidence?: number,
): QuoteAttribution | null {
  const resolved = resolvePronoun(pronoun, context, sentenceBefore);
  return resolved
    ? attributeTo(resolved.speaker, `${place}-${resolved.rule}`, confidence ?? resolved.confidence, evidence)
    : null;
}
