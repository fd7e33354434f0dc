/**
 * Theme decisions learned from labelled sentences. The lexicon (themes.yaml) finds the
 * phrases a sentence shares with each theme; on its own, a sum of hand weights over a
 * threshold, it was right on 0.84 of the themes it gave and found 0.76 of those a reader
 * labelled, on 720 sentences it had not been tuned on. Per theme, a logistic model weighs what
 * the lexicon found together with the sentence's content words (their lemmas), trained on the
 * labelled sentences of content/training/ and on sentences of other news labelled with no
 * theme (`npm run train-themes`). Leaving each of the 16 training files the lexicon was never
 * tuned on out in turn, the model gives 0.866/0.785 where the lexicon gives 0.815/0.712 (with
 * half the off-story sentences used now: see train-themes.ts); on 3,264 units of other news it
 * gives 58 theme tags where the lexicon gives 398.
 */
import { fitPerLabel, probability, type ModelWords, type TrainingOptions } from './logistic.ts';
import type { ThemeWeights } from '../schema/index.ts';

/**
 * A unit touches a theme when the model's probability reaches this or, for a theme without
 * a model, the summed weight of the lexicon's distinct phrases does (content/themes.yaml); the
 * model reads whether the lexicon alone would have tagged the theme.
 */
export const THEME_THRESHOLD = 0.5;

/** What one theme's model reads of a unit, or of one side of its quotation marks. */
export interface ThemeInput {
  /** The summed weight of each theme's phrases and facts found (themes.yaml, story.yaml). */
  scores: ReadonlyMap<string, number>;
  /** Themes a key fact found here counts for (story.yaml `themes`). */
  facts: ReadonlySet<string>;
  /** The words' lemmas, as the model counts them. */
  words: ModelWords;
}

// A sum past 2 says no more than 2 does: three phrases are not worth more than two.
const capped = (weight: number) => Math.min(2, weight);

/** The lexicon's findings for `theme`, in the order of `lexiconFeatureNames`. */
export function lexiconFeatures(input: ThemeInput, theme: string): number[] {
  const own = capped(input.scores.get(theme) ?? 0);
  let other = 0;
  let top = 0;
  for (const [id, weight] of input.scores) {
    top = Math.max(top, capped(weight));
    if (id !== theme) other = Math.max(other, capped(weight));
  }
  return [
    own,
    own >= THEME_THRESHOLD ? 1 : 0,
    input.facts.has(theme) ? 1 : 0,
    other,
    top > 0 ? own / top : 0,
  ];
}

/** The probability that a unit with this input is about the theme the weights are for. */
export function themeProbability(weights: ThemeWeights, input: ThemeInput, theme: string): number {
  return probability(weights, lexiconFeatures(input, theme), weights.lexicon, input.words);
}

/** One labelled sentence for training: what the model reads, and the themes a reader gave it. */
export interface TrainingExample {
  input: ThemeInput;
  themes: readonly string[];
}

/** How the theme models are fitted; the values chosen by leaving one training set out in turn. */
export const TRAINING_OPTIONS: TrainingOptions = {
  iterations: 600,
  // Adagrad (logistic.ts). Leaving each quarter of labelled-28 to -43 out (themes; facts at
  // FACT_THRESHOLD): plain gradient descent at 0.5 gave 0.868/0.770; 0.884/0.735 (under-fitted),
  // at 20 0.889/0.820; 0.891/0.795; Adagrad at 0.05 0.888/0.832; 0.890/0.798, 0.1
  // 0.886/0.831; 0.886/0.806, 0.5 0.887/0.823; 0.889/0.804. Each quarter of labelled-02 to -27
  // out: gradient descent at 20 0.917/0.855; 0.918/0.927, Adagrad at 0.1 0.933/0.843;
  // 0.920/0.913.
  learningRate: 0.1,
  featurePenalty: 0.01,
  wordPenalty: 1,
  minCount: 2,
  // Leaving each training file out in turn (gradient descent at 0.5): 1 gave 0.933/0.808, 1.5
  // 0.926/0.833, 2 0.920/0.847, 3 0.912/0.856 (precision/recall of themes). At 20, each quarter
  // of labelled-28 to -43 out: 1.5 0.894/0.805, 2 0.889/0.820.
  positiveWeight: 2,
};

/** Fits one logistic model per theme over the lexicon's findings and the words (logistic.ts). */
export function trainThemeModel(
  examples: readonly TrainingExample[],
  themeIds: readonly string[],
  options: TrainingOptions = TRAINING_OPTIONS,
): Record<string, ThemeWeights> {
  const fitted = fitPerLabel(
    examples.map((example) => ({ words: example.input.words, labels: example.themes })),
    themeIds,
    (at, theme) => lexiconFeatures(examples[at]!.input, theme),
    options,
  );
  return Object.fromEntries(
    Object.entries(fitted).map(([theme, { bias, features, words }]) => [
      theme,
      { bias, lexicon: features, words },
    ]),
  );
}
