import { describe, expect, it } from 'vitest';
import { parsePeopleRegistry } from '../../../src/lib/registry/people.ts';
import { extractQuotes } from '../../../src/lib/analysis/quotes.ts';
import { findCandidates, type RankedQuotation } from '../../../src/lib/analysis/speaker-mentions.ts';
import { collectArticleNames } from '../../../src/lib/analysis/speakers.ts';
import { tagWords } from '../../../src/lib/analysis/word-tags.ts';
import {
  answerProbabilities,
  describeFeature,
  FEATURE_PLACES,
  FEATURE_TRAITS,
  quotationsToRank,
  RANKED_RULE,
  rankCandidates,
  rankUnattributed,
  type SpeakerModel,
} from '../../../src/lib/analysis/speaker-ranker.ts';
import { SPEAKER_MODEL } from '../../../src/lib/analysis/speaker-weights.ts';
import { PEOPLE, readProjectFile } from '../../helpers.ts';

const people = parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE));
const unitsOf = (texts: string[]) =>
  texts.map((text, index) => ({ id: `a-s${index + 1}`, text, cut: false }));

/** The candidate sets of the quotations no rule attributed in a body of sentences. */
function candidatesOf(texts: string[]) {
  const units = unitsOf(texts);
  const quotes = extractQuotes(units, '', people);
  return quotationsToRank(quotes, units, '', people).map(({ quote, quotation }) => ({
    quote,
    set: findCandidates(quotation),
  }));
}

/** The candidate set of the first quotation no rule attributed. */
const firstSet = (texts: string[]) => candidatesOf(texts)[0]!.set;

// "Reyes denounced" gives no verb of saying, and "spoke only in bromides" none the rules know.
const BODY = [
  'Maria Reyes chairs the county party.',
  'At the rally, Reyes spoke only in evasive bromides about the “great future” of the county, the crowd said.',
];

describe('candidates for a quotation no rule attributed', () => {
  it('are the people named in its sentence and the sentences on either side, with where they stand', () => {
    const set = firstSet(BODY);
    const reyes = set.candidates.filter((candidate) => candidate.speaker.name === 'Maria Reyes');
    expect(reyes.map((candidate) => [candidate.mention, candidate.place])).toEqual([
      ['Maria Reyes', 'previous-sentence'],
      ['Reyes', 'before'],
    ]);
    expect(reyes[1]!.features).toEqual(
      expect.arrayContaining(['before', 'surname-known', 'clause-subject', 'nearest', 'before:nearest']),
    );
  });

  it('mark a name after a preposition, a possessive, and a name with another nearer to the quote', () => {
    const set = firstSet([
      'A letter to Jane Doe from Bill Roe’s office praised John Smith for his “steady hand”.',
    ]);
    const features = (name: string) =>
      set.candidates.find((candidate) => candidate.speaker.name === name)!.features;
    expect(features('Jane Doe')).toEqual(expect.arrayContaining(['after-preposition', 'name-between']));
    expect(features('Bill Roe')).toContain('possessive');
    expect(features('John Smith')).not.toContain('name-between');
  });

  it('always include the answer "nobody", weighed by the quotation’s own traits', () => {
    const set = firstSet(BODY);
    expect(set.nobody).toEqual(['nobody', 'nobody:quote-short']);
  });

  it('are read the same after the ranker attributed the quote, so training sees what the build saw', () => {
    const units = unitsOf(BODY);
    const model: SpeakerModel = { threshold: 0.5, weights: { 'before:clause-subject': 6 } };
    const ranked = rankUnattributed(extractQuotes(units, '', people), units, '', people, model);
    expect(ranked[0]!.rule).toBe(RANKED_RULE);
    const again = quotationsToRank(ranked, units, '', people).map(({ quotation }) =>
      findCandidates(quotation),
    );
    expect(again).toEqual(candidatesOf(BODY).map(({ set }) => set));
  });
});

describe('rankCandidates', () => {
  const set = firstSet(BODY);

  it('shares the probability among the candidates and "nobody" by their weights', () => {
    const probabilities = answerProbabilities(set, { threshold: 0.5, weights: {} });
    expect(probabilities).toHaveLength(set.candidates.length + 1);
    expect(probabilities.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 10);
  });

  it('names the most likely person, adding up the probabilities of their mentions, with the features that decided', () => {
    const model: SpeakerModel = {
      threshold: 0.5,
      weights: { 'surname-known': 1, 'full-name': 1, nearest: 2 },
    };
    const ranked = rankCandidates(set, model)!;
    expect(ranked.candidate.speaker.name).toBe('Maria Reyes');
    const reyes = answerProbabilities(set, model).filter(
      (_, at) => set.candidates[at]?.speaker.name === 'Maria Reyes',
    );
    expect(ranked.probability).toBeCloseTo(
      reyes.reduce((sum, value) => sum + value, 0),
      10,
    );
    expect(ranked.deciding[0]).toBe('nearest');
  });

  it('names nobody when no person reaches the threshold', () => {
    expect(rankCandidates(set, { threshold: 0.5, weights: { nobody: 5 } })).toBeNull();
    expect(
      rankCandidates({ candidates: [], nobody: ['nobody'] }, { threshold: 0.1, weights: {} }),
    ).toBeNull();
  });
});

describe('rankUnattributed', () => {
  const units = unitsOf(BODY);
  const model: SpeakerModel = { threshold: 0.5, weights: { 'before:clause-subject': 6 } };

  it('gives a quote no rule attributed the chosen person, with the rule, its probability and the evidence', () => {
    const [quote] = rankUnattributed(extractQuotes(units, '', people), units, '', people, model);
    expect(quote).toMatchObject({
      speaker: { name: 'Maria Reyes', category: 'unknown', registered: false },
      rule: 'ranked-mention',
      // A scare quote given a speaker is a partial quote, as the rules would class it.
      kind: 'partial',
    });
    expect(quote!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(quote!.evidence).toBe('“Reyes” (before the quote, opens its clause)');
  });

  it('leaves quotes a rule attributed as they are', () => {
    const named = unitsOf(['“We will win,” Maria Reyes said.']);
    const quotes = extractQuotes(named, '', people);
    expect(rankUnattributed(quotes, named, '', people, { threshold: 0, weights: { nobody: -9 } })).toEqual(
      quotes,
    );
  });
});

describe('the committed model', () => {
  it('says every feature it weighs in a reader’s words', () => {
    const known = (word: string) => word in FEATURE_PLACES || word in FEATURE_TRAITS;
    const raw = Object.keys(SPEAKER_MODEL.weights).filter((feature) => !feature.split(':').every(known));
    expect(raw).toEqual([]);
    expect(describeFeature('after:saying-follows')).toBe('after the quote, a verb of saying follows');
  });

  it('has finite weights and a threshold a probability can reach', () => {
    expect(SPEAKER_MODEL.threshold).toBeGreaterThan(0);
    expect(SPEAKER_MODEL.threshold).toBeLessThanOrEqual(1);
    expect(Object.values(SPEAKER_MODEL.weights).every(Number.isFinite)).toBe(true);
    expect(Object.keys(SPEAKER_MODEL.weights).length).toBeGreaterThan(50);
  });
});

describe('earlier speakers as the ranker reads them', () => {
  it('knows an organisation a rule named, so that he or she is never it', () => {
    const units = unitsOf([
      '“No,” the State Department said.',
      'At the rally, he spoke of a “great future” for all.',
    ]);
    const [toRank] = quotationsToRank(extractQuotes(units, '', people), units, '', people);
    expect(toRank!.quotation.previousSpeaker).toEqual({
      person: null,
      name: 'State Department',
      organisation: true,
    });
  });
});

describe('what the ranker leaves to the rules', () => {
  const eager: SpeakerModel = { threshold: 0, weights: { nobody: -9 } };

  it('never names a quote whose marks do not close where it stands', () => {
    const units = unitsOf(['Maria Reyes spoke.', '“We will win, she may have meant, and then']);
    const quotes = rankUnattributed(extractQuotes(units, '', people), units, '', people, eager);
    expect(quotes.map((quote) => [quote.cut, quote.speaker])).toEqual([['unclosed', null]]);
  });

  it('does not read the neighbours of a sentence the collection cut', () => {
    const units = unitsOf(['Maria Reyes spoke.', 'and the “great future” of the county.']).map(
      (unit, index) => ({ ...unit, cut: index === 1 }),
    );
    const [toRank] = quotationsToRank(extractQuotes(units, '', people), units, '', people);
    expect(toRank!.quotation.before).toBeNull();
    expect(
      rankUnattributed(extractQuotes(units, '', people), units, '', people, eager)[0]!.speaker,
    ).toBeNull();
  });
});

/** One sentence read as the ranker reads it, with the quote (its words given) in it. */
function quotationIn(sentence: string, words: string): RankedQuotation {
  const start = sentence.indexOf(words);
  const context = {
    people,
    teaser: '',
    recentSpeakers: [],
    previousSentence: null,
    openQuoteSpeaker: null,
    previousSpeaker: null,
    names: collectArticleNames([sentence]),
  };
  return {
    text: words,
    before: null,
    parts: [
      {
        masked: sentence.slice(0, start) + ' '.repeat(words.length) + sentence.slice(start + words.length),
        tagged: () => tagWords(sentence),
        part: { start, end: start + words.length },
        context,
      },
    ],
    after: null,
    previousSpeaker: null,
    mentionCount: () => 1,
  };
}

const featuresOf = (sentence: string, words: string, name: string) =>
  findCandidates(quotationIn(sentence, words)).candidates.find((candidate) => candidate.speaker.name === name)
    ?.features ?? [];

describe('what the parts of speech tell the ranker', () => {
  it('marks a name whose verb governs the quote, and one with another subject and verb between', () => {
    const sentence = 'Maria Reyes believes that Tom Roe wants “a new start” for the county.';
    expect(featuresOf(sentence, 'a new start', 'Tom Roe')).toEqual(
      expect.arrayContaining(['pos-verb-follows', 'pos-verb-governs-quote']),
    );
    expect(featuresOf(sentence, 'a new start', 'Maria Reyes')).toEqual(
      expect.arrayContaining(['pos-verb-follows', 'pos-another-clause']),
    );
  });

  it('marks a passive after a name, and the agent of a passive', () => {
    const sentence = 'Maria Reyes was asked by moderator Tom Roe about “a new start” for the county.';
    expect(featuresOf(sentence, 'a new start', 'Maria Reyes')).toContain('pos-passive-follows');
    expect(featuresOf(sentence, 'a new start', 'Tom Roe')).toContain('pos-passive-agent');
  });

  it('finds the verb past an aside, and marks a name after a verb', () => {
    const sentence = 'Maria Reyes, a member of the county board, visited Tom Roe for “a new start”.';
    expect(featuresOf(sentence, 'a new start', 'Maria Reyes')).toEqual(
      expect.arrayContaining(['pos-verb-after-aside', 'pos-verb-follows']),
    );
    expect(featuresOf(sentence, 'a new start', 'Tom Roe')).toContain('pos-after-verb');
  });
});
