/**
 * The people named near a quotation that no speaker rule could attribute, each read as a
 * candidate for its speaker with the features the ranker weighs (speaker-ranker.ts): where
 * the mention stands from the quote, the words around it, and what kind of name it is.
 * Mentions are read in the narration only (quotes blanked out), in the quotation's own
 * sentences and the sentence on either side.
 */
import { isTitleLike } from './quote-spans.ts';
import { resolvePronoun } from './speaker-pronouns.ts';
import { speakerInPhrase, type AttributionContext, type Speaker } from './speakers.ts';
import { isSpeechVerb, SAYING_VERBS } from './speech-verbs.ts';
import type { TaggedWord } from './word-tags.ts';

/** A sentence as the ranker reads it: the narration, and where the quotation's part stands in it. */
export interface RankedSentence {
  /** The sentence with every quote blanked out (the marks stay). */
  masked: string;
  /** Its words with their parts of speech (quotes included), computed once, on demand. */
  tagged: () => readonly TaggedWord[];
  /** The offsets of the quotation's own part in this sentence (the text inside the marks), if any. */
  part: { start: number; end: number } | null;
  /** The context to name people in: the article's names and the speakers named before. */
  context: AttributionContext;
}

/** A quotation as the ranker reads it. */
export interface RankedQuotation {
  /** Its words. */
  text: string;
  /** The sentence before its first part, its own sentences, and the sentence after its last. */
  before: RankedSentence | null;
  parts: readonly RankedSentence[];
  after: RankedSentence | null;
  /** The speaker named by a rule for the quote just before it in the article, if any. */
  previousSpeaker: Speaker | null;
  /** How many times the article's narration names someone. */
  mentionCount: (name: string) => number;
}

/** A person mentioned near a quotation, with the features that weigh for and against it. */
export interface Candidate {
  speaker: Speaker;
  /** The words of the mention ("Sen. Ben Sasse", "he"). */
  mention: string;
  /** Where it stands from the quotation, and how many words away. */
  place: Place;
  distance: number;
  features: string[];
}

/** Where a mention stands: before or after the quotation's part in its sentence, or in the sentence before or after it. */
export type Place = 'before' | 'after' | 'previous-sentence' | 'next-sentence';

interface Token {
  text: string;
  at: number;
  end: number;
}

// Words, initials and abbreviations ("Sen.", "B.", "U.S.") and punctuation, one at a time.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{N}'’-]*(?:\.(?=\s+[\p{L}(]|\s*[,(]))?|[^\s\p{L}\p{N}]/gu;
const PREPOSITIONS = new Set(
  'in at from of by to near for with on into about against over under between among than like after before toward towards'.split(
    ' ',
  ),
);
const AUXILIARIES = new Set('has have had was is were are will would also later then once again'.split(' '));
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'as', 'while', 'when', 'because', 'that', 'who']);
const PRONOUNS = /^(?:he|she)$/iu;
// "former New York City Mayor Rudy Giuliani" is six capitalised words; a longer run is a title.
const MAX_NAME_WORDS = 7;
const CLAUSE_BREAK_WORD = /\b(?:while|whereas|but|because|although|though|unlike)\b|;/u;
const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const isWord = (token: Token | undefined) => token !== undefined && /^[\p{L}\p{N}]/u.test(token.text);

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    text: match[0],
    at: match.index,
    end: match.index + match[0].length,
  }));
}

/** Runs of capitalised words (a name with its titles) and he/she, as token ranges. */
function mentionRanges(tokens: readonly Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (PRONOUNS.test(tokens[index]!.text)) {
      ranges.push([index, index + 1]);
      continue;
    }
    if (!isCapitalised(tokens[index]!)) continue;
    let end = index + 1;
    while (end < tokens.length && isCapitalised(tokens[end]!)) end++;
    // A headline in title case ("America Ferrera Sent Donald Trump A Message") is no name.
    if (end - index <= MAX_NAME_WORDS) ranges.push([index, end]);
    index = end - 1;
  }
  return ranges;
}

/** Whether a verb of saying starts at a token: "said", "has said", "later told", "quickly added". */
function sayingAt(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.text.toLowerCase();
  if (word === undefined) return false;
  if (isSpeechVerb(word)) return true;
  return (
    (AUXILIARIES.has(word) || /ly$/u.test(word)) && isSpeechVerb(tokens[index + 1]?.text.toLowerCase() ?? '')
  );
}

/** The word after a closed parenthesis or party tag that follows a name ("Cruz (R-Tex.) said"), or `index`. */
function afterParenthesis(tokens: readonly { text: string }[], index: number): number {
  if (tokens[index]?.text !== '(') return index;
  const close = tokens.findIndex((token, at) => at > index && token.text === ')');
  return close === -1 || close - index > 8 ? index : close + 1;
}

/** An aside after a name that a verb of saying closes: "Sasse, a member of the committee, said". */
function sayingAfterAside(tokens: readonly Token[], index: number): boolean {
  if (tokens[index]?.text !== ',') return false;
  for (let at = index + 1; at < Math.min(tokens.length, index + 16); at++) {
    if (tokens[at]!.text === ',' || tokens[at]!.text === '—') return sayingAt(tokens, at + 1);
    if (tokens[at]!.text === '“' || tokens[at]!.text === '”' || tokens[at]!.text === '"') return false;
  }
  return false;
}

// Distances in words from the quote's nearer edge, as the buckets the weights are learned for.
function distanceBucket(words: number): string {
  return words <= 1
    ? 'adjacent'
    : words <= 4
      ? 'near'
      : words <= 9
        ? 'mid'
        : words <= 19
          ? 'far'
          : 'very-far';
}

/** The number of word tokens between two character offsets. */
const wordsBetween = (tokens: readonly Token[], from: number, to: number) =>
  tokens.filter((token) => token.at >= from && token.end <= to && isWord(token)).length;

/** A mention read in its sentence: its tokens (first to end, exclusive) and whom it names. */
interface MentionSite {
  sentence: RankedSentence;
  tokens: readonly Token[];
  first: number;
  end: number;
  words: string;
  speaker: Speaker;
  pronoun: boolean;
  side: Place;
}

/** The candidates of one sentence of the window, with their features. */
function sentenceCandidates(
  sentence: RankedSentence,
  place: 'own' | Place,
  quotation: RankedQuotation,
): Candidate[] {
  const tokens = tokenize(sentence.masked);
  const candidates: Candidate[] = [];
  const sayingInSentence = tokens.some((token) => SAYING_VERBS.has(token.text.toLowerCase()));
  for (const [first, end] of mentionRanges(tokens)) {
    const words = sentence.masked.slice(tokens[first]!.at, tokens[end - 1]!.end);
    const pronoun = PRONOUNS.test(words);
    const speaker = pronoun
      ? (resolvePronoun(words, sentence.context, sentence.masked.slice(0, tokens[first]!.at))?.speaker ??
        null)
      : speakerInPhrase(words.replace(/[’']s$/u, ''), sentence.context);
    if (!speaker) continue;
    const at = tokens[first]!.at;
    const side: Place =
      place !== 'own' ? place : sentence.part && at >= sentence.part.end ? 'after' : 'before';
    const site: MentionSite = { sentence, tokens, first, end, words, speaker, pronoun, side };
    const distance = distanceOf(site);
    const traits = [
      ...grammarTraits(sentence, at, tokens[end - 1]!.end, side),
      `at-${distanceBucket(distance)}`,
      nameKind(site),
      ...wordTraits(site),
      ...articleTraits(speaker, sentence, quotation),
      sayingInSentence ? 'saying-in-sentence' : null,
    ].filter((trait): trait is string => trait !== null);
    traits.push(...jointTraits(traits));
    // Each trait alone and with the mention's place: "a verb of saying follows" weighs
    // differently before the quote than after it.
    const features = [side, ...traits, ...traits.map((trait) => `${side}:${trait}`)];
    candidates.push({ speaker, mention: words, place: side, distance, features });
  }
  // Another person named between a mention and the quote stands nearer to it.
  for (const candidate of candidates) {
    const between = candidates.some(
      (other) =>
        other !== candidate &&
        other.place === candidate.place &&
        other.distance < candidate.distance &&
        other.speaker.name !== candidate.speaker.name,
    );
    if (between) candidate.features.push('name-between', `${candidate.place}:name-between`);
  }
  return candidates;
}

/** Words between a mention and the quote (in its own sentence), or the edge of its sentence (beside it). */
function distanceOf({ sentence, tokens, first, end, side }: MentionSite): number {
  const at = tokens[first]!.at;
  const mentionEnd = tokens[end - 1]!.end;
  if (side === 'previous-sentence') return wordsBetween(tokens, mentionEnd, sentence.masked.length);
  if (side === 'next-sentence') return wordsBetween(tokens, 0, at);
  if (side === 'after') return wordsBetween(tokens, sentence.part!.end, at);
  return wordsBetween(tokens, mentionEnd, sentence.part?.start ?? sentence.masked.length);
}

/** What kind of name a mention is: he/she, an organisation, a registry person, a full name, … */
function nameKind({ speaker, words, pronoun }: MentionSite): string {
  if (pronoun) return 'pronoun';
  if (speaker.organisation) return 'organisation';
  if (speaker.person) return 'registry';
  if (speaker.name.split(/\s+/).length === 1) return 'one-word';
  return words.split(/\s+/).length === 1 ? 'surname-known' : 'full-name';
}

/** What the words around a mention say: a verb after it, a preposition before it, a passive, … */
function wordTraits({ sentence, tokens, first, end, words, side }: MentionSite): (string | null)[] {
  const next = afterParenthesis(tokens, end);
  const previous = tokens[first - 1]?.text.toLowerCase();
  const opensSentence = first === 0 || !tokens.slice(0, first).some(isWord);
  const opensClause =
    opensSentence ||
    [',', ';', '—'].includes(tokens[first - 1]!.text) ||
    CONJUNCTIONS.has(tokens[first - 1]!.text.toLowerCase());
  const toQuote =
    side === 'before' ? sentence.masked.slice(tokens[end - 1]!.end, sentence.part?.start ?? 0) : '';
  return [
    sayingAt(tokens, next) ? 'saying-follows' : null,
    sayingAfterAside(tokens, next) ? 'saying-after-aside' : null,
    next !== end ? 'party-tag' : null,
    /^\p{Ll}+(?:ed|s)$/u.test(tokens[next]?.text ?? '') && !sayingAt(tokens, next)
      ? 'other-verb-follows'
      : null,
    tokens[next]?.text === ',' ? 'comma-follows' : null,
    opensClause && (/^\p{Ll}/u.test(tokens[next]?.text ?? '') || sayingAfterAside(tokens, next))
      ? 'clause-subject'
      : null,
    side === 'before' && !/[.;:!?]/u.test(toQuote.replace(/[“"]\s*$/u, '')) ? 'same-clause-run' : null,
    // "Marsh said she will … while her opponent wants to “…”": a new clause before the quote.
    side === 'before' && CLAUSE_BREAK_WORD.test(toQuote) ? 'clause-break-between' : null,
    // "Reyes was asked", "Trump is quoted": the mention is not who speaks.
    /^(?:was|were|is|are|been|being)$/u.test(tokens[next]?.text ?? '') &&
    /^(?:\p{Ll}+ed|told|asked|quoted|shown|given|seen)$/u.test(tokens[next + 1]?.text ?? '')
      ? 'passive-follows'
      : null,
    /[’']s$/u.test(words) || /^[’']s?$/u.test(tokens[end]?.text ?? '') ? 'possessive' : null,
    previous !== undefined && isSpeechVerb(previous) ? 'after-saying' : null,
    previous === 'to' && tokens[first - 2]?.text.toLowerCase() === 'according'
      ? 'according-to'
      : previous !== undefined && PREPOSITIONS.has(previous)
        ? 'after-preposition'
        : null,
    opensSentence ? 'opens-sentence' : null,
    previous === ',' ? 'after-comma' : null,
    previous !== undefined && CONJUNCTIONS.has(previous) ? 'after-conjunction' : null,
    /^[“"]$/u.test(tokens[first - 1]?.text ?? '') || /^[”"]$/u.test(tokens[end]?.text ?? '')
      ? 'touches-quote'
      : null,
  ];
}

/** What the article says of the person: they spoke the quote before, spoke earlier, are named often. */
function articleTraits(
  speaker: Speaker,
  sentence: RankedSentence,
  quotation: RankedQuotation,
): (string | null)[] {
  return [
    speaker.name === quotation.previousSpeaker?.name ? 'previous-speaker' : null,
    sentence.context.recentSpeakers.some((recent) => recent.name === speaker.name) ? 'earlier-speaker' : null,
    quotation.mentionCount(speaker.name) >= 3 ? 'often-named' : null,
  ];
}

/**
 * Two traits that decide together, which a sum of weights cannot see: the subject of a
 * verb of saying that governs the quote; the subject that opens the sentence.
 */
function jointTraits(traits: readonly string[]): string[] {
  const has = (trait: string) => traits.includes(trait);
  return [
    has('pos-verb-governs-quote') && (has('saying-follows') || has('saying-after-aside'))
      ? 'saying-governs-quote'
      : null,
    has('pos-verb-follows') && has('opens-sentence') ? 'sentence-subject' : null,
  ].filter((trait): trait is string => trait !== null);
}

const BE = /^(?:was|were|is|are|been|be|being|’s|'s)$/iu;
const NOMINAL = new Set(['PRON', 'PROPN', 'NOUN']);

/**
 * What the parts of speech say of a mention from `start` to `end`: a verb follows it (it
 * is a subject: "Trump landed", "Trump has said"), a passive follows ("Reyes was asked"),
 * a verb stands before it ("accused Trump"), it sits in a subordinate clause ("because
 * Trump …"); and, before the quote, whether its verb governs the quote or another subject
 * and verb stand between ("Christie said that Trump’s tweet meant “…”").
 */
function grammarTraits(sentence: RankedSentence, start: number, end: number, side: Place): string[] {
  const words = sentence.tagged();
  const first = words.findIndex((word) => word.start >= start);
  let next = words.findIndex((word) => word.start >= end);
  if (first === -1) return [];
  // Past a party tag or a short parenthesis, and adverbs: "Cruz (R-Tex.) quickly said".
  next = afterParenthesis(words, next);
  while (words[next]?.pos === 'ADV') next++;
  const traits: string[] = [];
  // An aside between the subject and its verb: "Sasse, a member of the committee, said".
  // "Kasich (R-Ohio), said": a comma alone before the verb.
  if (words[next]?.text === ',' && words[next + 1]?.pos === 'VERB') next++;
  else if (words[next]?.text === ',') {
    const close = words.findIndex((word, at) => at > next && at - next <= 25 && /^[,—]$/u.test(word.text));
    const after = close === -1 ? -1 : close + 1;
    if (after !== -1 && (words[after]?.pos === 'VERB' || words[after]?.pos === 'AUX')) {
      traits.push('pos-verb-after-aside');
      next = after;
    }
  }
  let verb = -1;
  if (words[next]?.pos === 'VERB') verb = next;
  else if (words[next]?.pos === 'AUX') {
    let after = next;
    while (words[after]?.pos === 'AUX' || words[after]?.pos === 'ADV' || words[after]?.pos === 'PART')
      after++;
    if (words[after]?.pos === 'VERB') {
      verb = after;
      if (
        words.slice(next, after).some((word) => BE.test(word.text)) &&
        /ed$|wn$|ld$/u.test(words[after]!.text)
      )
        traits.push('pos-passive-follows');
    }
  }
  if (verb !== -1) traits.push('pos-verb-follows');
  const before = words[first - 1];
  if (before?.pos === 'VERB' && !isSpeechVerb(before.text.toLowerCase())) traits.push('pos-after-verb');
  // "was asked by Fox Business moderator Gerard Baker": the agent of a passive.
  const by = words
    .slice(Math.max(0, first - 6), first)
    .findLastIndex((word) => word.text.toLowerCase() === 'by');
  if (by !== -1 && words[Math.max(0, first - 6) + by - 1]?.pos === 'VERB') traits.push('pos-passive-agent');
  const clauseStart = words
    .slice(0, first)
    .findLastIndex((word) => [',', ';', '—', '(', ':'].includes(word.text));
  if (words.slice(clauseStart + 1, first).some((word) => word.pos === 'SCONJ'))
    traits.push('pos-subordinate');
  if (side === 'before' && verb !== -1 && sentence.part) {
    const between = words.filter(
      (word) => word.start > words[verb]!.start && word.end <= sentence.part!.start,
    );
    const ownSubject = between.some(
      (word, at) =>
        NOMINAL.has(word.pos) && (between[at + 1]?.pos === 'VERB' || between[at + 1]?.pos === 'AUX'),
    );
    traits.push(ownSubject ? 'pos-another-clause' : 'pos-verb-governs-quote');
  }
  // The sentence before a quotation ends in a colon: it introduces what follows.
  if (side === 'previous-sentence' && /:\s*$/u.test(sentence.masked)) traits.push('introduces-with-colon');
  return traits;
}

/** The quotation's own traits, given to each of its candidates. */
function quotationTraits(quotation: RankedQuotation): string[] {
  const words = quotation.text.split(/\s+/).filter(Boolean).length;
  const first = quotation.parts[0]!;
  return [
    words <= 3 ? 'quote-short' : words <= 9 ? 'quote-medium' : 'quote-long',
    isTitleLike(quotation.text) ? 'quote-title-like' : null,
    first.part && first.masked.slice(0, first.part.start).replace(/[\s“"]/gu, '') === ''
      ? 'quote-opens-sentence'
      : null,
    quotation.parts.length > 1 ? 'quote-several-sentences' : null,
  ].filter((trait): trait is string => trait !== null);
}

/** The people who may have said a quotation, and the features of the answer "nobody named here". */
export interface CandidateSet {
  candidates: Candidate[];
  nobody: string[];
}

/**
 * The candidates for a quotation's speaker: every person named in its sentences and the
 * sentences on either side, each with its features; whether it is the nearest mention on
 * its side, or the only name, is added here, where all are known. "Nobody" is always an
 * answer too, weighed by the quotation's own traits (a short one is often a scare quote).
 */
export function findCandidates(quotation: RankedQuotation): CandidateSet {
  const candidates = [
    ...(quotation.before ? sentenceCandidates(quotation.before, 'previous-sentence', quotation) : []),
    ...quotation.parts.flatMap((sentence) => sentenceCandidates(sentence, 'own', quotation)),
    ...(quotation.after ? sentenceCandidates(quotation.after, 'next-sentence', quotation) : []),
  ];
  const quoteTraits = quotationTraits(quotation);
  const nearestOf = new Map<Place, Candidate>();
  for (const candidate of candidates) {
    const best = nearestOf.get(candidate.place);
    // On a tie, the mention nearer the quote's text: the later one before it, the earlier after.
    const looksBack = candidate.place === 'before' || candidate.place === 'previous-sentence';
    if (!best || candidate.distance < best.distance || (looksBack && candidate.distance === best.distance))
      nearestOf.set(candidate.place, candidate);
  }
  const names = new Set(candidates.map((candidate) => candidate.speaker.name));
  for (const candidate of candidates) {
    const own = [
      nearestOf.get(candidate.place) === candidate ? 'nearest' : null,
      names.size === 1 ? 'only-name' : null,
    ].filter((trait): trait is string => trait !== null);
    // The quotation's own traits weigh against "nobody", and differently for each place.
    candidate.features.push(
      ...own,
      ...[...own, ...quoteTraits].map((trait) => `${candidate.place}:${trait}`),
    );
  }
  return { candidates, nobody: ['nobody', ...quoteTraits.map((trait) => `nobody:${trait}`)] };
}
