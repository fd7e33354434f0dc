/**
 * Theme decisions learned from labelled sentences. The lexicon (themes.yaml) finds the
 * phrases a sentence shares with each theme; on its own, a sum of hand weights over a
 * threshold, it was right on 0.84 of the themes it gave and found 0.76 of those a reader
 * labelled, on 720 sentences it had not been tuned on. Per theme, a logistic model weighs what
 * the lexicon found together with the sentence's content words (their lemmas), trained on the
 * labelled sentences of content/training/ and on sentences of other news labelled with no
 * theme (`npm run train-themes`); leaving each of the 23 files out in turn, the model gives
 * 0.908/0.823 where the lexicon gives 0.846/0.764, and on 3,264 units of other news it gives
 * 52 theme tags where the lexicon gives 398.
 */
import { lexiconFeatureNames, type ThemeWeights } from '../schema/index.ts';

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
  /** The words' lemmas, lowercase. */
  words: readonly string[];
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

/** The words of a lemma list a model counts: each once, lowercase, with a letter first. */
export function modelWords(lemmas: readonly string[]): string[] {
  return [...new Set(lemmas.map((lemma) => lemma.toLowerCase()).filter((lemma) => /^\p{L}/u.test(lemma)))];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that a unit with this input is about the theme the weights are for. */
export function themeProbability(weights: ThemeWeights, input: ThemeInput, theme: string): number {
  let z = weights.bias;
  lexiconFeatures(input, theme).forEach((value, index) => (z += weights.lexicon[index]! * value));
  for (const word of modelWords(input.words)) z += weights.words[word] ?? 0;
  return sigmoid(z);
}

/** The words of `input` that raise the theme's probability most, strongest first. */
export function strongestWords(weights: ThemeWeights, words: readonly string[], count: number): string[] {
  return modelWords(words)
    .filter((word) => (weights.words[word] ?? 0) > 0)
    .sort((a, b) => weights.words[b]! - weights.words[a]! || a.localeCompare(b, 'en'))
    .slice(0, count);
}

/** Lighter word weights are left out of a trained model. */
const MIN_WORD_WEIGHT = 0.03;

/** One labelled sentence for training: what the model reads, and the themes a reader gave it. */
export interface TrainingExample {
  input: ThemeInput;
  themes: readonly string[];
}

/** How a model is fitted; the values chosen by leaving one training set out in turn. */
export interface TrainingOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty on the lexicon weights and on the word weights. */
  lexiconPenalty: number;
  wordPenalty: number;
  /** Words used in fewer training sentences than this get no weight. */
  minCount: number;
  /** How much more a labelled theme counts than a missing one: above 1, recall gains on precision. */
  positiveWeight: number;
}

export const TRAINING_OPTIONS: TrainingOptions = {
  iterations: 600,
  learningRate: 0.5,
  lexiconPenalty: 0.01,
  wordPenalty: 1,
  minCount: 2,
  // Leaving each training file out in turn: 1 gave 0.933/0.808, 1.5 0.926/0.833, 2 0.920/0.847,
  // 3 0.912/0.856 (precision/recall of themes).
  positiveWeight: 2,
};

/**
 * Fits one logistic model per theme by full-batch gradient descent from zero weights: the
 * same examples in the same order give the same weights, so a model can be retrained and
 * compared byte for byte.
 */
export function trainThemeModel(
  examples: readonly TrainingExample[],
  themeIds: readonly string[],
  options: TrainingOptions = TRAINING_OPTIONS,
): Record<string, ThemeWeights> {
  const counts = new Map<string, number>();
  const wordsOf = examples.map((example) => modelWords(example.input.words));
  for (const words of wordsOf) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, count]) => count >= options.minCount)
    .map(([word]) => word)
    .sort();
  const index = new Map(vocabulary.map((word, at) => [word, at]));
  const rows = wordsOf.map((words) => words.flatMap((word) => (index.has(word) ? [index.get(word)!] : [])));
  const n = examples.length;
  const model: Record<string, ThemeWeights> = {};
  for (const theme of themeIds) {
    const lexicon = examples.map((example) => lexiconFeatures(example.input, theme));
    const labels = examples.map((example) => (example.themes.includes(theme) ? 1 : 0));
    let bias = 0;
    const lexiconWeights = new Array<number>(lexiconFeatureNames.length).fill(0);
    const wordWeights = new Array<number>(vocabulary.length).fill(0);
    for (let step = 0; step < options.iterations; step++) {
      let biasGradient = 0;
      const lexiconGradient = lexiconWeights.map((weight) => (options.lexiconPenalty * weight) / n);
      const wordGradient = wordWeights.map((weight) => (options.wordPenalty * weight) / n);
      for (let row = 0; row < n; row++) {
        let z = bias;
        lexicon[row]!.forEach((value, at) => (z += lexiconWeights[at]! * value));
        for (const at of rows[row]!) z += wordWeights[at]!;
        const error = ((sigmoid(z) - labels[row]!) * (labels[row] === 1 ? options.positiveWeight : 1)) / n;
        biasGradient += error;
        lexicon[row]!.forEach((value, at) => (lexiconGradient[at]! += error * value));
        for (const at of rows[row]!) wordGradient[at]! += error;
      }
      bias -= options.learningRate * biasGradient;
      lexiconGradient.forEach((gradient, at) => (lexiconWeights[at]! -= options.learningRate * gradient));
      wordGradient.forEach((gradient, at) => (wordWeights[at]! -= options.learningRate * gradient));
    }
    // Three decimals, and no word under 0.03: the model file is half the size (9,216 word weights
    // rather than 18,529) and, leaving each training file out in turn, scores 0.919/0.847 rather
    // than 0.920/0.847.
    const round = (value: number) => Math.round(value * 1000) / 1000;
    const words: Record<string, number> = {};
    vocabulary.forEach((word, at) => {
      const weight = round(wordWeights[at]!);
      if (Math.abs(weight) >= MIN_WORD_WEIGHT) words[word] = weight;
    });
    model[theme] = { bias: round(bias), lexicon: lexiconWeights.map(round), words };
  }
  return model;
}
