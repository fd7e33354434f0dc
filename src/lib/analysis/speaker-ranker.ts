/**
 * The last resort for a quotation no speaker rule could attribute: every person named near
 * it is a candidate (speaker-mentions.ts), a model weighs each candidate's features against
 * the answer "nobody named here", and the most likely person is named when likely enough. The weights are
 * learned from PolNeAR's train split by scripts/train-speaker-ranker.ts and committed in
 * speaker-weights.ts; each record says which features decided.
 */
import type { Person, Quote } from '../schema/index.ts';
import { findSentenceQuotes, type ChainSentence } from './quote-chains.ts';
import { maskQuotes } from './quote-spans.ts';
import {
  findCandidates,
  type Candidate,
  type CandidateSet,
  type RankedQuotation,
  type RankedSentence,
} from './speaker-mentions.ts';
import {
  collectArticleNames,
  escapeRegExp,
  surnameOf,
  toSpeakerRef,
  type ArticleNames,
  type AttributionContext,
  type Speaker,
} from './speakers.ts';
import { isOrganisationName } from './speaker-organisations.ts';
import { SPEAKER_MODEL } from './speaker-weights.ts';
import { tagWords } from './word-tags.ts';

/**
 * A model over candidate features: a weight per feature, and the probability a person must
 * reach to be named. A candidate's score is the sum of its features' weights; the answers
 * (each candidate, and "nobody") share the probability in proportion to exp(score).
 */
export interface SpeakerModel {
  threshold: number;
  weights: Readonly<Record<string, number>>;
}

/** The person a model chose, how likely it found them, and the features that weighed most for it. */
export interface RankedSpeaker {
  candidate: Candidate;
  probability: number;
  deciding: string[];
}

/** The rule name the ranker's attributions carry. */
export const RANKED_RULE = 'ranked-mention';

const score = (features: readonly string[], model: SpeakerModel) =>
  features.reduce((total, feature) => total + (model.weights[feature] ?? 0), 0);

/**
 * The probability of each answer: one per candidate, in order, then "nobody" last
 * (a softmax over their scores).
 */
export function answerProbabilities({ candidates, nobody }: CandidateSet, model: SpeakerModel): number[] {
  const scores = [...candidates.map((candidate) => score(candidate.features, model)), score(nobody, model)];
  const top = Math.max(...scores);
  const exps = scores.map((value) => Math.exp(value - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

/**
 * The most likely person (the probabilities of all their mentions added), if they reach
 * the model's threshold; with the mention that scored highest and the three features that
 * weighed most for it. Null when nobody is likely enough.
 */
export function rankCandidates(set: CandidateSet, model: SpeakerModel = SPEAKER_MODEL): RankedSpeaker | null {
  const probabilities = answerProbabilities(set, model);
  const byName = new Map<string, { candidate: Candidate; best: number; probability: number }>();
  set.candidates.forEach((candidate, at) => {
    const probability = probabilities[at]!;
    const person = byName.get(candidate.speaker.name);
    if (!person) byName.set(candidate.speaker.name, { candidate, best: probability, probability });
    else {
      person.probability += probability;
      if (probability > person.best) Object.assign(person, { candidate, best: probability });
    }
  });
  // A name after a preposition, before a verb of saying, is not that verb's subject: "a man
  // in Springfield told him …". The model weighs such mentions, but never names one.
  const speakable = [...byName.values()].filter(
    ({ candidate }) =>
      !candidate.features.includes('after-preposition') || !candidate.features.includes('saying-follows'),
  );
  const chosen = speakable.reduce<{ candidate: Candidate; probability: number } | null>(
    (best, person) => (best === null || person.probability > best.probability ? person : best),
    null,
  );
  if (!chosen || chosen.probability < model.threshold) return null;
  const deciding = chosen.candidate.features
    .filter((feature) => (model.weights[feature] ?? 0) > 0)
    .sort((a, b) => model.weights[b]! - model.weights[a]! || a.localeCompare(b))
    .slice(0, 3);
  return { candidate: chosen.candidate, probability: chosen.probability, deciding };
}

/** How often a narration names someone: their surname's occurrences, counted once per surname. */
function mentionCounter(narration: string): (name: string) => number {
  const counts = new Map<string, number>();
  return (name) => {
    const surname = surnameOf(name);
    let count = counts.get(surname);
    if (count === undefined) {
      count = narration.match(new RegExp(`(?<!\\p{L})${escapeRegExp(surname)}(?!\\p{L})`, 'gu'))?.length ?? 0;
      counts.set(surname, count);
    }
    return count;
  };
}

/** A function of a sentence's index computed once for each index, and only when asked (tagging is the slow step). */
function onceEach<T>(compute: (index: number) => T): (index: number) => T {
  const done = new Map<number, T>();
  return (index) => {
    if (!done.has(index)) done.set(index, compute(index));
    return done.get(index)!;
  };
}

/** A quote record the rules left without a speaker, read for the ranker. */
export interface QuotationToRank {
  quote: Quote;
  quotation: RankedQuotation;
}

/** What the ranker reads of a whole article: each sentence's narration, and the names the article introduces. */
export interface ArticleReading {
  /** Each sentence with its quotes blanked out. */
  masked: readonly string[];
  names: ArticleNames;
}

/** Reads an article as the ranker does; extractQuotes, which has read it already, passes its own. */
export function readArticle(sentences: readonly ChainSentence[], teaser: string): ArticleReading {
  const { spans } = findSentenceQuotes(sentences);
  return {
    masked: sentences.map((sentence, index) => maskQuotes(sentence.text, spans[index]!)),
    names: collectArticleNames([teaser, ...sentences.map((sentence) => sentence.text)]),
  };
}

/** Whether a record's speaker came from a rule (not from the ranker): only those inform the ranker. */
const namedByRule = (quote: Quote) => quote.speaker !== null && quote.rule !== RANKED_RULE;

/**
 * The quotations of an article that no rule attributed (or that the ranker did), read with
 * their sentences around them. Records attributed by the ranker are read as if it had not
 * run, so the training script sees what the pipeline saw.
 */
export function quotationsToRank(
  quotes: readonly Quote[],
  sentences: readonly (ChainSentence & { id: string })[],
  teaser: string,
  people: readonly Person[],
  { masked, names }: ArticleReading = readArticle(sentences, teaser),
): QuotationToRank[] {
  const indexOf = new Map(sentences.map((sentence, index) => [sentence.id, index]));
  const mentionCount = mentionCounter(masked.join(' '));
  const taggedOf = onceEach((index: number) => tagWords(sentences[index]!.text));
  const byId = new Map(people.map((person) => [person.id, person]));
  const recentSpeakers: Speaker[] = [];
  const toRank: QuotationToRank[] = [];
  let previousSpeaker: Speaker | null = null;
  for (const quote of quotes) {
    if (namedByRule(quote)) {
      const ref = quote.speaker!;
      previousSpeaker = { person: ref.registered ? (byId.get(ref.id) ?? null) : null, name: ref.name };
      // The record keeps no flag for an organisation: its name tells, as when it was read.
      if (!ref.registered && isOrganisationName(ref.name)) previousSpeaker.organisation = true;
      recentSpeakers.push(previousSpeaker);
      continue;
    }
    // A quote whose marks do not close (or open) where it stands was cut: its words may be
    // anyone's, so only a rule, reading its marks, may name them.
    if (quote.cut !== null) {
      previousSpeaker = null;
      continue;
    }
    const partIndexes = quote.parts.map((part) => indexOf.get(part.sentenceId)!);
    const context = (index: number): AttributionContext => ({
      people,
      teaser,
      recentSpeakers: [...recentSpeakers],
      previousSentence: index > 0 ? sentences[index - 1]!.text : null,
      openQuoteSpeaker: null,
      previousSpeaker: null,
      names,
    });
    const read = (index: number, part: RankedSentence['part']): RankedSentence | null =>
      index < 0 || index >= sentences.length
        ? null
        : { masked: masked[index]!, tagged: () => taggedOf(index), part, context: context(index) };
    // A collection that cuts and shuffles sentences (the seed) makes a cut sentence's
    // neighbours strangers to it: a quote there is read in its own sentence only.
    const first = partIndexes[0]!;
    const last = partIndexes.at(-1)!;
    const neighbour = (index: number, own: number) =>
      sentences[own]!.cut || sentences[index]?.cut ? null : read(index, null);
    toRank.push({
      quote,
      quotation: {
        text: quote.text,
        before: neighbour(first - 1, first),
        parts: quote.parts.map((part, at) => read(partIndexes[at]!, { start: part.start, end: part.end })!),
        after: neighbour(last + 1, last),
        previousSpeaker,
        mentionCount,
      },
    });
    previousSpeaker = null;
  }
  return toRank;
}

export const FEATURE_PLACES: Readonly<Record<string, string>> = {
  before: 'before the quote',
  after: 'after the quote',
  'previous-sentence': 'in the sentence before',
  'next-sentence': 'in the sentence after',
  nobody: 'nobody',
};

// What each feature of speaker-mentions.ts says, in a reader's words, for the evidence.
export const FEATURE_TRAITS: Readonly<Record<string, string>> = {
  'at-adjacent': 'right beside it',
  'at-near': 'within four words',
  'at-mid': 'within nine words',
  'at-far': 'within twenty words',
  'at-very-far': 'twenty words or more away',
  registry: 'a person of the registry',
  'full-name': 'a full name',
  'surname-known': 'a surname the article introduced',
  'one-word': 'a one-word name',
  pronoun: 'he or she',
  organisation: 'an organisation',
  'saying-follows': 'a verb of saying follows',
  'saying-after-aside': 'a verb of saying follows an aside',
  'party-tag': 'a party tag follows',
  'other-verb-follows': 'another verb follows',
  'comma-follows': 'a comma follows',
  'clause-subject': 'opens its clause',
  'same-clause-run': 'no stop before the quote',
  'clause-break-between': 'a new clause before the quote',
  'passive-follows': 'a passive follows',
  possessive: 'a possessive',
  'after-saying': 'after a verb of saying',
  'according-to': 'after “according to”',
  'after-preposition': 'after a preposition',
  'opens-sentence': 'opens the sentence',
  'after-comma': 'after a comma',
  'after-conjunction': 'after a conjunction',
  'touches-quote': 'beside a quotation mark',
  'previous-speaker': 'spoke the quote before',
  'earlier-speaker': 'quoted earlier',
  'often-named': 'named three times or more',
  'saying-in-sentence': 'a verb of saying in the sentence',
  'name-between': 'another name nearer the quote',
  nearest: 'the nearest name',
  'only-name': 'the only name',
  'quote-short': 'a short quote',
  'quote-medium': 'a quote of four to nine words',
  'quote-long': 'a long quote',
  'quote-title-like': 'a quote in capitals like a title',
  'quote-opens-sentence': 'the quote opens the sentence',
  'quote-several-sentences': 'a quote over several sentences',
  'pos-verb-follows': 'a verb follows',
  'pos-passive-follows': 'a passive verb follows',
  'pos-after-verb': 'after a verb',
  'pos-subordinate': 'in a subordinate clause',
  'pos-verb-governs-quote': 'its verb governs the quote',
  'pos-another-clause': 'another subject and verb before the quote',
  'pos-verb-after-aside': 'a verb follows an aside',
  'introduces-with-colon': 'its sentence ends in a colon',
  'pos-passive-agent': 'the agent of a passive',
  'saying-governs-quote': 'its verb of saying governs the quote',
  'sentence-subject': 'the subject of the sentence',
};

/** A feature as a reader reads it: "after the quote, a verb of saying follows". */
export function describeFeature(feature: string): string {
  const split = feature.indexOf(':');
  const place = split === -1 ? null : feature.slice(0, split);
  const trait = feature.slice(split + 1);
  const words = FEATURE_PLACES[trait] ?? FEATURE_TRAITS[trait] ?? trait;
  return place === null ? words : `${FEATURE_PLACES[place] ?? place}, ${words}`;
}

/**
 * Gives each quote the rules left without a speaker the ranker's choice, if it is likely
 * enough, with its probability as confidence and the mention and deciding features as
 * evidence. A scare quote given a speaker becomes a partial quote, as the rules class it.
 */
export function rankUnattributed(
  quotes: readonly Quote[],
  sentences: readonly (ChainSentence & { id: string })[],
  teaser: string,
  people: readonly Person[],
  model: SpeakerModel = SPEAKER_MODEL,
  reading: ArticleReading = readArticle(sentences, teaser),
): Quote[] {
  const chosen = new Map<string, Quote>();
  for (const { quote, quotation } of quotationsToRank(quotes, sentences, teaser, people, reading)) {
    const ranked = rankCandidates(findCandidates(quotation), model);
    if (!ranked) continue;
    const { speaker, mention } = ranked.candidate;
    chosen.set(quote.id, {
      ...quote,
      kind: quote.kind === 'scare' ? 'partial' : quote.kind,
      speaker: toSpeakerRef(speaker),
      rule: RANKED_RULE,
      confidence: Math.round(ranked.probability * 100) / 100,
      evidence: `“${mention}” (${ranked.deciding.map(describeFeature).join('; ')})`,
    });
  }
  return quotes.map((quote) => chosen.get(quote.id) ?? quote);
}
