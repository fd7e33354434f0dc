/**
 * Key facts in words the story lexicon has no phrase for, and phrases of the lexicon that
 * name no fact where they stand. The lexicon (story.yaml `match`) finds facts by their names;
 * writers paraphrase them ("a leader wanted in The Hague", "a new route to send gas east
 * through Mongolia"), and a name can stand for something else ("U.S. officials have said
 * intelligence suggests…" is no reaction to the visit; "Blinken … fielded questions about
 * Afghanistan"). Per fact, two logistic models of the unit's content words (logistic.ts),
 * trained on the labelled sentences of content/training/ and on sentences of other news
 * labelled with no fact:
 * - the model of the fact adds it where the lexicon did not find it;
 * - its `confirm` model, trained only on the sentences where the lexicon found the fact, keeps
 *   or drops each of the lexicon's finds.
 * A fact referred back to or found left out is the lexicon's decision.
 */
import {
  floor2,
  fitPerLabel,
  modelWords,
  probability,
  strongestWords,
  type ModelWords,
  type TrainingOptions,
} from './logistic.ts';
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

/**
 * A fact the lexicon found is kept when its confirm model's probability reaches this. Every
 * fourth training file left out in turn (4 folds, facts): with no confirm model 0.906/0.860;
 * 0.3 gave 0.915/0.859, 0.5 0.922/0.855, 0.7 0.934/0.843. Dropping the finds that the model
 * of the fact itself put under 0.05, 0.1 or 0.15 gave 0.921/0.848, 0.929/0.834, 0.935/0.824.
 */
export const FACT_CONFIRM_THRESHOLD = 0.5;

/**
 * A fact one of the CONTINUED_WINDOW units before reported is carried on to a unit with no fact
 * of its own when its model's probability reaches this (continuedFacts). On 97 excerpts of
 * real articles (dev half, labeller A; facts 0.946/0.774 without): 0.2 gave 0.930/0.798, 0.3
 * 0.942/0.790, 0.4 0.941/0.778; one unit back instead of two, 0.941/0.778 at 0.3.
 */
export const CONTINUED_THRESHOLD = 0.3;

/** How many units back a fact is carried on from. */
export const CONTINUED_WINDOW = 2;

/** The learned words shown as a fact's evidence. */
const LEARNED_EVIDENCE = 3;

/** How the fact models are fitted: as the theme models, without the lexicon's findings. */
export const FACT_TRAINING_OPTIONS: TrainingOptions = TRAINING_OPTIONS;

/** The probability that a unit with these words (content lemmas) reports the fact. */
export function factProbability(weights: FactWeights, words: ModelWords): number {
  return probability(weights, [], [], words);
}

/** The probability that the lexicon's find of the fact in a unit with these words is right. */
export function confirmProbability(weights: FactWeights, words: ModelWords): number | null {
  return weights.confirm ? probability(weights.confirm, [], [], words) : null;
}

/** One labelled sentence for training: its content words, the facts the lexicon found, and those a reader gave it. */
export interface FactExample {
  words: readonly string[];
  found: readonly string[];
  facts: readonly string[];
}

/**
 * Fits, per key fact, a model of words alone on every example, and its confirm model on the
 * examples where the lexicon found the fact (none where it found it nowhere) (logistic.ts).
 */
export function trainFactModel(
  examples: readonly FactExample[],
  factIds: readonly string[],
  options: TrainingOptions = FACT_TRAINING_OPTIONS,
): Record<string, FactWeights> {
  const labelled = (of: readonly FactExample[]) => of.map(({ words, facts }) => ({ words, labels: facts }));
  const fitted = fitPerLabel(labelled(examples), factIds, () => [], options);
  return Object.fromEntries(
    factIds.map((fact) => {
      const { bias, words } = fitted[fact]!;
      const found = examples.filter((example) => example.found.includes(fact));
      if (found.length === 0) return [fact, { bias, words }];
      const confirm = fitPerLabel(labelled(found), [fact], () => [], options)[fact]!;
      return [fact, { bias, words, confirm: { bias: confirm.bias, words: confirm.words } }];
    }),
  );
}

/** The lexicon's finds in a unit that their confirm models keep; a fact without one is kept. */
export function confirmedFacts(
  unit: ReadUnit,
  reported: readonly FactMention[],
  model: Readonly<Record<string, FactWeights>>,
): FactMention[] {
  // Most units hold no find of the lexicon: their words are not read here.
  if (reported.length === 0) return [];
  const words = modelWords(contentWords(unit));
  return reported.filter((mention) => {
    const weights = model[mention.fact];
    const chance = weights ? confirmProbability(weights, words) : null;
    return chance === null || chance >= FACT_CONFIRM_THRESHOLD;
  });
}

/**
 * The facts the model adds to a unit: each of `factIds` not in `found` (what the lexicon reported,
 * referred back to or found left out) whose probability reaches FACT_THRESHOLD (modelMention).
 */
export function learnedFacts(
  unit: ReadUnit,
  factIds: readonly string[],
  found: ReadonlySet<string>,
  model: Readonly<Record<string, FactWeights>>,
): FactMention[] {
  const words = modelWords(contentWords(unit));
  return factIds.flatMap((fact) => {
    const weights = model[fact];
    if (!weights || found.has(fact)) return [];
    const chance = factProbability(weights, words);
    if (chance < FACT_THRESHOLD) return [];
    return modelMention(unit, fact, chance, weights, words) ?? [];
  });
}

/**
 * The facts a unit carries on from the units just before it (`recent`: fact → the nearest
 * such unit), for a unit where nothing else found a fact: each whose model's probability
 * reaches CONTINUED_THRESHOLD, with that unit as its antecedent. Writers go on about a fact
 * without naming it again ("Putin replied: “I agree”" after Xi's parting remark; "Ukraine has
 * insisted on Russia withdrawing as a condition for any talks").
 */
export function continuedFacts(
  unit: ReadUnit,
  recent: ReadonlyMap<string, string>,
  model: Readonly<Record<string, FactWeights>>,
): FactMention[] {
  if (recent.size === 0) return [];
  const words = modelWords(contentWords(unit));
  return [...recent].flatMap(([fact, antecedent]) => {
    const weights = model[fact];
    if (!weights) return [];
    const chance = factProbability(weights, words);
    if (chance < CONTINUED_THRESHOLD) return [];
    const mention = modelMention(unit, fact, chance, weights, words);
    return mention ? [{ ...mention, antecedent }] : [];
  });
}

/**
 * A fact the model gives a unit, with the words that raised it most as evidence; none when
 * no such word stands in the unit or one stands in words of omission ("made no mention of
 * arms supplies"): the model cannot tell a report from its absence.
 */
function modelMention(
  unit: ReadUnit,
  fact: string,
  chance: number,
  weights: FactWeights,
  words: ModelWords,
): FactMention | null {
  const matches = learnedMatches(unit, strongestWords(weights, words, LEARNED_EVIDENCE));
  if (matches.length === 0) return null;
  if (matches.some((match) => isLeftOut(unit.text, match.start, match.end))) return null;
  return {
    fact,
    unitId: unit.id,
    in: matches.some((match) => match.in === 'narration') ? 'narration' : 'quote',
    confidence: floor2(chance),
    matches: matches.sort((a, b) => a.start - b.start),
  };
}
