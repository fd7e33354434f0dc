/**
 * A quote as a reader meets it: the sentence around it with the quoted words marked, what
 * kind of quotation it is in plain words, and a plain sentence on how its speaker was found
 * (the rule id, confidence and evidence stay for a "How we know" disclosure).
 */
import type { QuoteCut, QuoteKind, SpeakerRef, SpeakerRuleName } from '../schema/index.ts';
import type { Segment } from './evidence.ts';

/** What each kind of quotation is, for readers. */
export const KIND_LABELS: Record<QuoteKind, string> = {
  full: 'a full quoted sentence',
  partial: 'a phrase from a longer remark',
  scare: 'words the writer sets apart in quotation marks',
};

/** What a quote's sentence lacks, in plain words. */
export const CUT_NOTES: Record<QuoteCut, string> = {
  unopened: 'its start was cut in the collected text',
  unclosed: 'its end was cut in the collected text',
  unmarked: 'part of a longer quotation',
};

/** "a phrase from a longer remark; its end was cut in the collected text". */
export function describeQuoteKind(quote: { kind: QuoteKind; cut: QuoteCut | null }): string {
  return quote.cut === null ? KIND_LABELS[quote.kind] : `${KIND_LABELS[quote.kind]}; ${CUT_NOTES[quote.cut]}`;
}

// Room on each side of the quote before the sentence is shortened: about 20 words, so a
// list of quotes stays a list (the longest seed sentence is some 60 words).
const CONTEXT_CHARS = 120;

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** The end of `text` from about `room` characters before its end, starting at a whole word. */
function tailAtWord(text: string, room: number): string {
  if (text.length <= room) return text;
  let from = text.length - room;
  while (from < text.length && isWordChar(text[from - 1])) from++;
  return `…${text.slice(from).trimStart()}`;
}

/** The start of `text` up to about `room` characters, ending at a whole word. */
export function headAtWord(text: string, room: number): string {
  if (text.length <= room) return text;
  let to = room;
  while (to > 0 && isWordChar(text[to])) to--;
  return `${text.slice(0, to).trimEnd()}…`;
}

/**
 * The sentence a quote stands in, as pieces with the quoted words marked: the words before
 * and after are shortened at word boundaries when long, the quote itself never.
 */
export function quoteInContext(
  sentence: string,
  start: number,
  end: number,
  room = CONTEXT_CHARS,
): Segment[] {
  const before = tailAtWord(sentence.slice(0, start), room);
  const after = headAtWord(sentence.slice(end), room);
  return [
    ...(before ? [{ text: before, marked: false }] : []),
    { text: sentence.slice(start, end), marked: true },
    ...(after ? [{ text: after, marked: false }] : []),
  ];
}

/**
 * A snippet of `text` (a speaker's evidence, taken as a window of characters) widened or
 * trimmed so it neither starts nor ends inside a word: "n front of cameras" → "…front of
 * cameras". A snippet not found in the text is returned as it is.
 */
export function atWordBoundaries(snippet: string, text: string): string {
  const at = text.indexOf(snippet);
  if (at < 0 || snippet === '') return snippet;
  let from = at;
  let to = at + snippet.length;
  const cutAtStart = isWordChar(text[from - 1]) && isWordChar(text[from]);
  const cutAtEnd = isWordChar(text[to - 1]) && isWordChar(text[to]);
  if (cutAtStart) while (from < to && isWordChar(text[from])) from++;
  if (cutAtEnd) while (to > from && isWordChar(text[to - 1])) to--;
  const core = text.slice(from, to).trim();
  if (core === '') return snippet;
  return `${from > 0 && cutAtStart ? '…' : ''}${core}${cutAtEnd ? '…' : ''}`;
}

// What each pronoun rule's suffix says the pronoun pointed back to.
const PRONOUN_REFERENCES: Record<string, string> = {
  'pronoun-named-in-sentence': 'named earlier in the same sentence',
  'pronoun-named-in-previous-sentence': 'named in the sentence before',
  'pronoun-recent-speaker': 'the person quoted just before',
  'pronoun-named-in-teaser': 'named in the headline or teaser',
};

// How each family of rules found the speaker, in a reader's words (README → Quotes).
const RULE_SENTENCES: Record<string, string> = {
  label: 'named in a label that introduces the quote (“Zelensky: …”)',
  signature: 'named in a signature after the quote (“… — Bernie Sanders”)',
  'speaker-after': 'named right after the quote (“…,” he said)',
  'speaker-before': 'named as the one speaking just before the quote (X said “…”)',
  document: 'the quote is from a document the sentence names',
  'both-leaders': 'the sentence gives the words to both leaders',
  'according-to': 'given “according to” the source the sentence names',
  'continues-previous-speaker': 'it continues the words of the person quoted just before',
  'continues-previous-quote': 'it continues a quotation that the sentence before opens and attributes',
  'continued-in-next-sentence': 'the quotation runs on, and the next sentence names who said it',
  'clause-subject':
    'the person the sentence shows acting, in a sentence with no verb of saying (the weakest rule)',
  'sentence-end': 'named at the end of the sentence (“…, X said on Tuesday”)',
  'ranked-mention':
    'no rule was sure; a model weighed the people named nearby and this one was much the likeliest',
};

/** The rule's family and, for a pronoun, what the pronoun pointed to. */
function splitRule(rule: SpeakerRuleName): { family: string; pronoun: string | null } {
  const at = rule.indexOf('pronoun-');
  if (at < 0) return { family: rule, pronoun: null };
  return { family: rule.slice(0, Math.max(0, at - 1)), pronoun: rule.slice(at) };
}

/**
 * How a quote's speaker was found, as a sentence for readers: "Named right after the quote
 * (“…,” he said); “he” there is the person quoted just before." Null speaker: why nobody
 * is named.
 */
export function howSpeakerFound(quote: { speaker: SpeakerRef | null; rule: SpeakerRuleName | null }): string {
  if (quote.speaker === null || quote.rule === null) {
    return 'No rule was sure who said it, so no speaker is named.';
  }
  const { family, pronoun } = splitRule(quote.rule);
  const how = RULE_SENTENCES[family] ?? RULE_SENTENCES[quote.rule] ?? quote.rule;
  const sentence = `${how.charAt(0).toUpperCase()}${how.slice(1)}`;
  if (pronoun === null) return `${sentence}.`;
  const reference = PRONOUN_REFERENCES[pronoun] ?? pronoun;
  return `${sentence}, by a pronoun (“he”, “she”, “they”) that points to ${quote.speaker.name}, ${reference}.`;
}

/** "85%": a rule's confidence as a reader reads it. */
export function confidenceLabel(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}
