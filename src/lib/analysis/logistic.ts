/**
 * Logistic models over a unit's words, as the theme and fact models use them: one model per
 * label (a theme, a key fact), each a bias, a weight per numeric feature and a weight per
 * word (a lowercase lemma), fitted on labelled sentences by `npm run train-themes`.
 */

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

// Two decimals, rounded down so that a shown probability never reaches the threshold its value missed.
export const floor2 = (value: number) => Math.floor(value * 100) / 100;

declare const counted: unique symbol;
/**
 * The words of a lemma list a model counts: each once, lowercase, with a letter first. Made
 * once per unit and read by every model: made again for each of the ~40 fact and theme models
 * a unit is read by, they were 1.1 s of a 26 s ingest of 5,000 articles on one thread.
 */
export type ModelWords = readonly string[] & { readonly [counted]: true };

/** A lemma list's model words. */
export function modelWords(lemmas: readonly string[]): ModelWords {
  return [
    ...new Set(lemmas.map((lemma) => lemma.toLowerCase()).filter((lemma) => /^\p{L}/u.test(lemma))),
  ] as readonly string[] as ModelWords;
}

/** What one label's model learned. */
export interface FittedWeights {
  bias: number;
  /** In the order of the features the examples give. */
  features: number[];
  words: Record<string, number>;
}

/** The model's probability for a unit with these features and words. */
export function probability(
  weights: { bias: number; words: Readonly<Record<string, number>> },
  features: readonly number[],
  featureWeights: readonly number[],
  words: ModelWords,
): number {
  let z = weights.bias;
  features.forEach((value, index) => (z += featureWeights[index]! * value));
  for (const word of words) z += weights.words[word] ?? 0;
  return sigmoid(z);
}

/** The words of a unit that raise a model's probability most, strongest first. */
export function strongestWords(
  weights: { words: Readonly<Record<string, number>> },
  words: ModelWords,
  count: number,
): string[] {
  return words
    .filter((word) => (weights.words[word] ?? 0) > 0)
    .sort((a, b) => weights.words[b]! - weights.words[a]! || a.localeCompare(b, 'en'))
    .slice(0, count);
}

/** How a model is fitted. */
export interface TrainingOptions {
  iterations: number;
  /** Adagrad's: a weight's first step is this long, and its later ones shorter. */
  learningRate: number;
  /** L2 penalty on the feature weights and on the word weights. */
  featurePenalty: number;
  wordPenalty: number;
  /** Words used in fewer training sentences than this get no weight. */
  minCount: number;
  /** How much more a labelled example counts than an unlabelled one: above 1, recall gains on precision. */
  positiveWeight: number;
}

/**
 * One Adagrad step: the gradient over the root of the weight's summed squared gradients. The
 * loss is averaged over some 10,500 sentences, so plain gradient descent moved a word's weight
 * by the share of sentences it is in: at learning rate 0.5, 600 steps could move the weight of
 * a word of 20 sentences by about 1 at most, and a rate large enough for it (20) made the
 * models of a few sentences diverge. Adagrad scales each weight's step to its own gradients.
 */
function adagradStep(learningRate: number, gradient: number, squares: number): number {
  return squares === 0 ? 0 : (learningRate * gradient) / Math.sqrt(squares);
}

/** Adds each gradient's square to its weight's sum, then takes that weight's Adagrad step. */
function descend(
  weights: Float64Array,
  squares: Float64Array,
  gradients: Float64Array,
  learningRate: number,
): void {
  for (let at = 0; at < weights.length; at++) {
    squares[at]! += gradients[at]! ** 2;
    weights[at]! -= adagradStep(learningRate, gradients[at]!, squares[at]!);
  }
}

/** Lighter word weights are left out of a trained model. */
const MIN_WORD_WEIGHT = 0.1;

/** One training sentence: its words, and the labels a reader gave it. */
export interface LabelledWords {
  words: readonly string[];
  labels: readonly string[];
}

/**
 * Fits one logistic model per label by full-batch gradient descent (Adagrad) from zero weights: the
 * same examples in the same order give the same weights, so a model can be retrained and
 * compared byte for byte. `featuresOf` gives an example's numeric features for a label
 * (none for a model of words alone).
 */
export function fitPerLabel(
  examples: readonly LabelledWords[],
  labelIds: readonly string[],
  featuresOf: (example: number, label: string) => number[],
  options: TrainingOptions,
): Record<string, FittedWeights> {
  const counts = new Map<string, number>();
  const wordsOf = examples.map((example) => modelWords(example.words));
  for (const words of wordsOf) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const vocabulary = [...counts]
    .filter(([, count]) => count >= options.minCount)
    .map(([word]) => word)
    .sort();
  const index = new Map(vocabulary.map((word, at) => [word, at]));
  // Each example's word indices, end to end, and where each example's begin: typed arrays
  // and plain loops fit the same weights as arrays and closures did (byte-identical model), in
  // a fraction of the time (npm run train-themes: 70 s → 23 s).
  const rowStarts = new Int32Array(examples.length + 1);
  const rowWords: number[] = [];
  wordsOf.forEach((words, row) => {
    for (const word of words) if (index.has(word)) rowWords.push(index.get(word)!);
    rowStarts[row + 1] = rowWords.length;
  });
  const cells = Int32Array.from(rowWords);
  const n = examples.length;
  const fitted: Record<string, FittedWeights> = {};
  for (const label of labelIds) {
    const featureRows = examples.map((_example, at) => featuresOf(at, label));
    const width = featureRows[0]?.length ?? 0;
    const features = Float64Array.from(featureRows.flat());
    const labels = Uint8Array.from(examples, (example) => (example.labels.includes(label) ? 1 : 0));
    let bias = 0;
    const featureWeights = new Float64Array(width);
    const wordWeights = new Float64Array(vocabulary.length);
    // Adagrad's sums of squared gradients, per weight.
    let biasSquares = 0;
    const featureSquares = new Float64Array(width);
    const wordSquares = new Float64Array(vocabulary.length);
    const featureGradient = new Float64Array(width);
    const wordGradient = new Float64Array(vocabulary.length);
    for (let step = 0; step < options.iterations; step++) {
      let biasGradient = 0;
      for (let at = 0; at < width; at++)
        featureGradient[at] = (options.featurePenalty * featureWeights[at]!) / n;
      for (let at = 0; at < wordWeights.length; at++)
        wordGradient[at] = (options.wordPenalty * wordWeights[at]!) / n;
      for (let row = 0; row < n; row++) {
        let z = bias;
        for (let at = 0; at < width; at++) z += featureWeights[at]! * features[row * width + at]!;
        for (let cell = rowStarts[row]!; cell < rowStarts[row + 1]!; cell++) z += wordWeights[cells[cell]!]!;
        const error = ((sigmoid(z) - labels[row]!) * (labels[row] === 1 ? options.positiveWeight : 1)) / n;
        biasGradient += error;
        for (let at = 0; at < width; at++) featureGradient[at]! += error * features[row * width + at]!;
        for (let cell = rowStarts[row]!; cell < rowStarts[row + 1]!; cell++)
          wordGradient[cells[cell]!]! += error;
      }
      biasSquares += biasGradient ** 2;
      bias -= adagradStep(options.learningRate, biasGradient, biasSquares);
      descend(featureWeights, featureSquares, featureGradient, options.learningRate);
      descend(wordWeights, wordSquares, wordGradient, options.learningRate);
    }
    // Three decimals, and no word under 0.1 (51,403 word weights in the model file). Leaving each
    // quarter of labelled-02 to -27 out, themes scored 0.933/0.843, and 0.922/0.847 with no word
    // under 0.25 (22,719); labelled-28 to -43: 0.886/0.831 and 0.877/0.835. Under 0.03 rather
    // than 0.1 doubled the file for no more than 0.003 (gradient descent at 20).
    const round = (value: number) => Math.round(value * 1000) / 1000;
    const words: Record<string, number> = {};
    vocabulary.forEach((word, at) => {
      const weight = round(wordWeights[at]!);
      if (Math.abs(weight) >= MIN_WORD_WEIGHT) words[word] = weight;
    });
    fitted[label] = { bias: round(bias), features: [...featureWeights].map(round), words };
  }
  return fitted;
}
