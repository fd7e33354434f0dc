import { describe, expect, it } from 'vitest';
import { analyseFraming, compileLexicons, tagWordsIn } from '../../../src/lib/analysis/framing.ts';
import {
  lexiconFeatures,
  themeProbability,
  trainThemeModel,
  TRAINING_OPTIONS,
  type ThemeInput,
  type TrainingExample,
} from '../../../src/lib/analysis/theme-model.ts';
import { modelWords } from '../../../src/lib/analysis/logistic.ts';
import type { ThemeModel } from '../../../src/lib/schema/index.ts';
import { story, themes } from './framing-fixtures.ts';

const input = (words: string[], scores: Record<string, number> = {}, facts: string[] = []): ThemeInput => ({
  scores: new Map(Object.entries(scores)),
  facts: new Set(facts),
  words: modelWords(words),
});

describe('lexiconFeatures', () => {
  it("gives the theme's capped score, whether it reaches the threshold, its facts, the strongest other theme and its share of the strongest", () => {
    const found = input([], { 'energy-trade': 0.6, 'peace-plan': 3 }, ['energy-trade']);
    expect(lexiconFeatures(found, 'energy-trade')).toEqual([0.6, 1, 1, 2, 0.3]);
    expect(lexiconFeatures(found, 'peace-plan')).toEqual([2, 1, 0, 0.6, 1]);
    expect(lexiconFeatures(input(['gas']), 'energy-trade')).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('themeProbability', () => {
  it('is the logistic of the bias, the weighed lexicon findings and the weights of the words, each word once', () => {
    const weights = { bias: -1, lexicon: [2, 0, 0, 0, 0], words: { gas: 0.5, banking: -3 } };
    const logistic = (z: number) => 1 / (1 + Math.exp(-z));
    expect(themeProbability(weights, input(['gas', 'Gas', 'pipeline'], { t: 0.5 }), 't')).toBeCloseTo(
      logistic(0.5),
    );
    expect(themeProbability(weights, input(['gas', 'banking']), 't')).toBeCloseTo(logistic(-3.5));
  });
});

describe('trainThemeModel', () => {
  const examples: TrainingExample[] = [
    ...Array.from({ length: 6 }, () => ({ input: input(['banquet', 'kremlin']), themes: ['pageantry'] })),
    ...Array.from({ length: 6 }, () => ({ input: input(['pipeline', 'kremlin']), themes: [] })),
    { input: input(['once']), themes: [] },
  ];

  it('learns the words that tell a theme apart, and gives a word seen once no weight', () => {
    const { pageantry } = trainThemeModel(examples, ['pageantry']);
    expect(themeProbability(pageantry!, input(['banquet']), 'pageantry')).toBeGreaterThan(0.5);
    expect(themeProbability(pageantry!, input(['pipeline']), 'pageantry')).toBeLessThan(0.5);
    expect(pageantry!.words).not.toHaveProperty('once');
  });

  it('gives the same weights for the same examples', () => {
    expect(trainThemeModel(examples, ['pageantry'])).toEqual(trainThemeModel(examples, ['pageantry']));
  });

  it('trades precision for recall through the weight of a labelled theme', () => {
    const ambiguous: TrainingExample[] = [
      { input: input(['visit']), themes: ['pageantry'] },
      { input: input(['visit']), themes: [] },
      { input: input(['visit']), themes: [] },
    ];
    const probability = (positiveWeight: number) =>
      themeProbability(
        trainThemeModel(ambiguous, ['pageantry'], { ...TRAINING_OPTIONS, minCount: 1, positiveWeight })
          .pageantry!,
        input(['visit']),
        'pageantry',
      );
    expect(probability(1)).toBeLessThan(0.5);
    expect(probability(3)).toBeGreaterThan(0.5);
  });
});

describe('analyseFraming with a theme model', () => {
  const model: ThemeModel = {
    trainedWith: {
      themesSha256: '0'.repeat(64),
      storySha256: '0'.repeat(64),
      files: ['t.yaml'],
      sentences: 2,
    },
    themes: {
      // Gas words count, unless the sentence is about banks; "pipeline" alone is a strong sign.
      'energy-trade': { bias: -2, lexicon: [3, 0, 0, 0, 0], words: { bank: -4, pipeline: 3 } },
      'peace-plan': { bias: -5, lexicon: [0, 0, 0, 0, 0], words: {} },
    },
    facts: {},
  };
  const lexicons = compileLexicons(story, themes, { positive: [], negative: [] }, model);
  const analyse = (text: string) => analyseFraming([{ id: 'a-s1', text }], lexicons, []).themes;

  it('tags what the model gives a probability of 0.5 or more, with the lexicon phrases as evidence', () => {
    const [tag] = analyse('Putin said the gas pipeline would be built.');
    // -2 + 3 × 1 (the phrase's weight) + 3 ("pipeline"): 1 / (1 + e^-4) = 0.982.
    expect(tag).toMatchObject({ theme: 'energy-trade', confidence: 0.98, narrationWeight: 0.98 });
    expect(tag!.matches.map((match) => [match.text, match.learned])).toEqual([['gas pipeline', undefined]]);
  });

  it('does not tag a theme its phrases reach when the model says no', () => {
    expect(analyse('The bank sold gas.')).toEqual([]);
  });

  it('shows the words that weighed most where the lexicon found no phrase', () => {
    const [tag] = analyse('The pipelines were finished.');
    expect(tag!.matches).toEqual([
      { phrase: 'pipeline', text: 'pipelines', start: 4, end: 13, in: 'narration', learned: true },
    ]);
  });

  it('leaves a theme the model has no weights for to the lexicon', () => {
    expect(analyse('The front line held.').map((tag) => tag.theme)).toEqual(['war']);
    // The model knows the peace plan and never tags it: its phrases alone no longer decide.
    expect(analyse('A ceasefire was agreed.')).toEqual([]);
  });

  it('counts a tag in quotes when the quoted words alone carry it', () => {
    const [tag] = analyse('Putin said: “The pipeline will be built.”');
    expect(tagWordsIn(tag!)).toBe('quote');
  });
});
