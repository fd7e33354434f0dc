import { describe, expect, it } from 'vitest';
import {
  CONTINUED_THRESHOLD,
  FACT_THRESHOLD,
  FACT_CONFIRM_THRESHOLD,
  FACT_TRAINING_OPTIONS,
  confirmProbability,
  factProbability,
  trainFactModel,
} from '../../../src/lib/analysis/fact-model.ts';
import { analyseFraming, compileLexicons } from '../../../src/lib/analysis/framing.ts';
import { modelWords } from '../../../src/lib/analysis/logistic.ts';
import type { ThemeModel } from '../../../src/lib/schema/index.ts';
import { story, themes } from './framing-fixtures.ts';

describe('trainFactModel', () => {
  const examples = [
    { words: ['leader', 'want', 'Hague'], facts: ['icc-warrant'], found: [] },
    { words: ['court', 'Hague', 'charge'], facts: ['icc-warrant'], found: [] },
    { words: ['gas', 'Mongolia', 'route'], facts: ['second-pipeline'], found: [] },
    { words: ['gas', 'Mongolia', 'Siberia'], facts: ['second-pipeline'], found: [] },
    { words: ['gas', 'price', 'Europe'], facts: [], found: [] },
    { words: ['gas', 'storage', 'Germany'], facts: [], found: [] },
    { words: ['leader', 'visit', 'Moscow'], facts: [], found: [] },
  ];

  it("learns a fact's paraphrase from its words", () => {
    const model = trainFactModel(examples, ['icc-warrant', 'second-pipeline'], {
      ...FACT_TRAINING_OPTIONS,
      wordPenalty: 0.1,
      minCount: 1,
    });
    expect(factProbability(model['icc-warrant']!, modelWords(['Hague', 'leader']))).toBeGreaterThan(
      FACT_THRESHOLD,
    );
    expect(factProbability(model['icc-warrant']!, modelWords(['gas', 'Mongolia']))).toBeLessThan(
      FACT_THRESHOLD,
    );
    expect(factProbability(model['second-pipeline']!, modelWords(['gas', 'Mongolia']))).toBeGreaterThan(
      FACT_THRESHOLD,
    );
    // "gas" alone was as often no fact as the pipeline.
    expect(factProbability(model['second-pipeline']!, modelWords(['gas']))).toBeLessThan(FACT_THRESHOLD);
  });

  it('gives the same weights for the same examples', () => {
    expect(trainFactModel(examples, ['icc-warrant'])).toEqual(trainFactModel(examples, ['icc-warrant']));
  });

  it('learns a paraphrase of eight sentences among three thousand of other news', () => {
    const news = Array.from({ length: 3000 }, (_, at) => ({
      words: [`word${at % 300}`, 'said'],
      found: [],
      facts: [],
    }));
    const paraphrase = Array.from({ length: 8 }, () => ({
      words: ['leader', 'Hague'],
      found: [],
      facts: ['icc-warrant'],
    }));
    const model = trainFactModel([...news, ...paraphrase], ['icc-warrant']);
    expect(factProbability(model['icc-warrant']!, modelWords(['leader', 'Hague']))).toBeGreaterThan(
      FACT_THRESHOLD,
    );
    expect(factProbability(model['icc-warrant']!, modelWords(['word7', 'said']))).toBeLessThan(0.05);
  });

  it("learns from the lexicon's finds alone which of them readers counted", () => {
    // The lexicon finds "Washington warned" both in reactions to the visit and in old news.
    const finds = [
      ...Array.from({ length: 6 }, () => ({
        words: ['Washington', 'warn', 'visit'],
        found: ['us-reaction'],
        facts: ['us-reaction'],
      })),
      ...Array.from({ length: 6 }, () => ({
        words: ['Washington', 'warn', 'Afghanistan'],
        found: ['us-reaction'],
        facts: [],
      })),
    ];
    const others = Array.from({ length: 40 }, (_, at) => ({
      words: [`word${at}`, 'visit'],
      found: [],
      facts: [],
    }));
    const model = trainFactModel([...finds, ...others], ['us-reaction', 'icc-warrant']);
    const confirm = (words: string[]) => confirmProbability(model['us-reaction']!, modelWords(words))!;
    expect(confirm(['Washington', 'warn', 'visit'])).toBeGreaterThanOrEqual(FACT_CONFIRM_THRESHOLD);
    expect(confirm(['Washington', 'warn', 'Afghanistan'])).toBeLessThan(FACT_CONFIRM_THRESHOLD);
    // "visit" is in forty sentences of no fact: the confirm model, which never saw them, still counts it.
    expect(confirm(['visit'])).toBeGreaterThan(confirm(['Afghanistan']));
    // A fact the lexicon found nowhere has nothing to confirm.
    expect(model['icc-warrant']!.confirm).toBeUndefined();
    expect(confirmProbability(model['icc-warrant']!, modelWords(['visit']))).toBeNull();
  });
});

describe('analyseFraming with a fact model', () => {
  const model: ThemeModel = {
    trainedWith: {
      themesSha256: '0'.repeat(64),
      storySha256: '0'.repeat(64),
      files: ['t.yaml'],
      sentences: 2,
    },
    themes: {},
    facts: {
      // "Hague" and "wanted" together: 1 / (1 + e^-(−3 + 2.5 + 1.5)) = 0.73.
      'icc-warrant': { bias: -3, words: { hague: 2.5, want: 1.5 } },
      // "Mongolia" alone: 1 / (1 + e^-(−2 + 2.4)) = 0.59, under the threshold.
      'second-pipeline': { bias: -2, words: { mongolia: 2.4, gas: 1 } },
      // Of the lexicon's finds, those with "restaurant": 1 / (1 + e^-(2 − 4)) = 0.12, dropped.
      taiwan: { bias: -6, words: { island: 7 }, confirm: { bias: 2, words: { restaurant: -4 } } },
      // A fact the story no longer has.
      'old-fact': { bias: 5, words: {} },
    },
  };
  const lexicons = compileLexicons(story, themes, { positive: [], negative: [] }, model);
  const analyse = (...texts: string[]) =>
    analyseFraming(
      texts.map((text, index) => ({ id: `a-s${index + 1}`, text })),
      lexicons,
      [],
    );
  // Each fact found, as "fact unit".
  const factsAt = (...texts: string[]) =>
    analyse(...texts).facts.map(({ fact, unitId }) => `${fact} ${unitId}`);

  it('adds a fact told in other words, with the words that weighed most as evidence and its probability', () => {
    const { facts, themes: tags } = analyse('Xi met a leader wanted in The Hague.');
    expect(facts).toEqual([
      {
        fact: 'icc-warrant',
        unitId: 'a-s1',
        in: 'narration',
        confidence: 0.73,
        matches: [
          { phrase: 'want', text: 'wanted', start: 16, end: 22, in: 'narration', learned: true },
          { phrase: 'hague', text: 'Hague', start: 30, end: 35, in: 'narration', learned: true },
        ],
      },
    ]);
    expect(tags).toEqual([]);
  });

  it('adds nothing under the threshold, and no fact the story does not have', () => {
    expect(analyse('The route runs through Mongolia.').facts).toEqual([]);
    expect(analyse('The route carries gas through Mongolia.').facts.map((mention) => mention.fact)).toEqual([
      'second-pipeline',
    ]);
  });

  it('leaves a fact the lexicon found to the lexicon', () => {
    const { facts } = analyse('The International Criminal Court wants him in The Hague.');
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ fact: 'icc-warrant', confidence: 1 });
    expect(facts[0]!.matches.every((match) => !match.learned)).toBe(true);
  });

  it("drops a find of the lexicon that the fact's confirm model does not keep, and does not add it back", () => {
    expect(analyse('Xi spoke of Taiwan.').facts.map((mention) => mention.fact)).toEqual(['taiwan']);
    // The fact's own model would add it ("island": 1 / (1 + e^-(−6 + 7)) = 0.73): it is not asked.
    expect(analyse('They ate at a Taiwan restaurant on the island.').facts).toEqual([]);
  });

  it('keeps a find of a fact that has no confirm model', () => {
    expect(
      analyse('The International Criminal Court issued a warrant.').facts.map((mention) => mention.fact),
    ).toEqual(['icc-warrant']);
  });

  it('does not add a fact whose words stand in words of omission', () => {
    expect(analyse('The statement made no mention of the leader wanted in The Hague.').facts).toEqual([]);
  });

  it('carries a fact on to a unit of the next two whose words lean to it, with the unit that reported it as antecedent', () => {
    const { facts } = analyse(
      'They spoke of Soyuz Vostok.',
      'Nothing else was said.',
      'The route runs through Mongolia.',
    );
    expect(facts).toEqual([
      expect.objectContaining({ fact: 'second-pipeline', unitId: 'a-s1', confidence: 1 }),
      {
        fact: 'second-pipeline',
        unitId: 'a-s3',
        in: 'narration',
        // Under FACT_THRESHOLD on its own, over CONTINUED_THRESHOLD after the pipeline.
        confidence: 0.59,
        matches: [
          { phrase: 'mongolia', text: 'Mongolia', start: 23, end: 31, in: 'narration', learned: true },
        ],
        antecedent: 'a-s1',
      },
    ]);
    expect(CONTINUED_THRESHOLD).toBeLessThan(0.59);
  });

  it('carries no fact on past two units, to words that do not lean to it, or to a unit with a fact of its own', () => {
    expect(
      factsAt('They spoke of Soyuz Vostok.', 'Nothing.', 'Nothing more.', 'The route runs through Mongolia.'),
    ).toEqual(['second-pipeline a-s1']);
    expect(factsAt('They spoke of Soyuz Vostok.', 'The talks went on.')).toEqual(['second-pipeline a-s1']);
    expect(
      factsAt(
        'They spoke of Soyuz Vostok.',
        'The International Criminal Court watched the route through Mongolia.',
      ),
    ).toEqual(['second-pipeline a-s1', 'icc-warrant a-s2']);
  });

  it('carries no fact on to a unit where the confirm model dropped a find of the lexicon', () => {
    // Carried, "island" would give Taiwan 0.73: the dropped find is not added back.
    expect(factsAt('Xi spoke of Taiwan.', 'They ate at a Taiwan restaurant on the island.')).toEqual([
      'taiwan a-s1',
    ]);
  });

  it('carries on no fact it carried: a guess on a guess', () => {
    expect(
      factsAt(
        'They spoke of Soyuz Vostok.',
        'The route runs through Mongolia.',
        'Nothing.',
        'It ends in Mongolia.',
      ),
    ).toEqual(['second-pipeline a-s1', 'second-pipeline a-s2']);
  });

  it('is no antecedent for a reference back', () => {
    const { facts } = analyse(
      'Xi met a leader wanted in The Hague.',
      'The warrant was not discussed at length.',
    );
    expect(facts.map((mention) => mention.unitId)).toEqual(['a-s1']);
  });
});
