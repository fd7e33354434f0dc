/**
 * Key facts a unit reports in words the story lexicon has no phrase for. The lexicon
 * (story.yaml `match`) finds facts by their names; writers paraphrase them ("a leader wanted
 * in The Hague", "a new route to send gas east through Mongolia"). Per fact, a logistic model
 * of the unit's content words (logistic.ts), trained on the labelled sentences of
 * content/training/ and on sentences of other news labelled with no fact, adds a fact the
 * lexicon did not find. It only adds: a fact the lexicon found, referred back to or found
 * left out is the lexicon's decision.
 */
import { floor2, fitPerLabel, probability, strongestWords, type TrainingOptions } from './logistic.ts';
import { isLeftOut } from './omissions.ts';
import { contentWords, learnedMatches, type ReadUnit } from './read-unit.ts';
import { TRAINING_OPTIONS } from './theme-model.ts';
import type { FactMention, FactWeights } from '../schema/index.ts';

/**
 * A fact the lexicon did not find is added when its model's probability reaches this. Each
 * quarter of labelled-02 to -27 left out (facts): 0.6 gave 0.913/0.922, 0.7 0.920/0.913, 0.8
 * 0.925/0.903; of labelled-28 to -43: 0.884/0.831, 0.886/0.806, 0.891/0.777. The lexicon
 * alone: 0.928/0.866 and 0.886/0.687.
 */
export const FACT_THRESHOLD = 0.7;

/** The learned words shown as a fact's evidence. */
const LEARNED_EVIDENCE = 3;

/** How the fact models are fitted: as the theme models, without the lexicon's findings. */
export const FACT_TRAINING_OPTIONS: TrainingOptions = TRAINING_OPTIONS;

/** The probability that a unit with these words (content lemmas) reports the fact. */
export function factProbability(weights: FactWeights, words: readonly string[]): number {
  return probability(weights, [], [], words);
}

/** One labelled sentence for training: its content words, and the facts a reader gave it. */
export interface FactExample {
  words: readonly string[];
  facts: readonly string[];
}

/** Fits one model of words alone per key fact (logistic.ts). */
export function trainFactModel(
  examples: readonly FactExample[],
  factIds: readonly string[],
  options: TrainingOptions = FACT_TRAINING_OPTIONS,
): Record<string, FactWeights> {
  const fitted = fitPerLabel(
    examples.map((example) => ({ words: example.words, labels: example.facts })),
    factIds,
    () => [],
    options,
  );
  return Object.fromEntries(Object.entries(fitted).map(([fact, { bias, words }]) => [fact, { bias, words }]));
}

/**
 * The facts the model adds to a unit: each of `factIds` not in `found` (what the lexicon reported,
 * referred back to or found left out) whose probability reaches FACT_THRESHOLD, with the
 * words that raised it most as evidence. A fact whose evidence stands in words of omission
 * ("made no mention of arms supplies") is not added: the model cannot tell a report from
 * its absence.
 */
export function learnedFacts(
  unit: ReadUnit,
  factIds: readonly string[],
  found: ReadonlySet<string>,
  model: Readonly<Record<string, FactWeights>>,
): FactMention[] {
  const words = contentWords(unit);
  const mentions: FactMention[] = [];
  for (const fact of factIds) {
    const weights = model[fact];
    if (!weights || found.has(fact)) continue;
    const chance = factProbability(weights, words);
    if (chance < FACT_THRESHOLD) continue;
    const matches = learnedMatches(unit, strongestWords(weights, words, LEARNED_EVIDENCE));
    if (matches.length === 0) continue;
    if (matches.some((match) => isLeftOut(unit.text, match.start, match.end))) continue;
    mentions.push({
      fact,
      unitId: unit.id,
      in: matches.some((match) => match.in === 'narration') ? 'narration' : 'quote',
      confidence: floor2(chance),
      matches: matches.sort((a, b) => a.start - b.start),
    });
  }
  return mentions;
}
