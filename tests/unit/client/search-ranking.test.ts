import { describe, expect, it } from 'vitest';
import {
  everyWordExtended,
  normaliseWord,
  orderByTier,
  phraseSearches,
  queryWords,
  wordsAt,
} from '../../../src/client/search-ranking.ts';

describe('queryWords', () => {
  it('splits a search into words without the punctuation around them', () => {
    expect(queryWords('  Xi’s "peace plan", now ')).toEqual(['Xi’s', 'peace', 'plan', 'now']);
    expect(queryWords(' — ')).toEqual([]);
  });
});

describe('normaliseWord', () => {
  it('keeps letters and digits in lower case, as Pagefind indexes words', () => {
    expect(normaliseWord('“We')).toBe('we');
    expect(normaliseWord("Xi's")).toBe('xis');
  });

  it('drops accents, as Pagefind matches words without them', () => {
    expect(normaliseWord('País')).toBe('pais');
    expect(everyWordExtended('Pais', [normaliseWord('País')])).toBe(true);
  });
});

describe('phraseSearches', () => {
  it('asks for the phrase, and for each word alone when there are several', () => {
    expect(phraseSearches('arrest warrant')).toEqual({
      phrase: '"arrest warrant"',
      words: ['"arrest"', '"warrant"'],
    });
    expect(phraseSearches('Biden')).toEqual({ phrase: '"Biden"', words: [] });
  });

  it('asks nothing more for a phrase the reader wrote, or for no words', () => {
    expect(phraseSearches('"peace plan"')).toBeNull();
    expect(phraseSearches('…')).toBeNull();
  });
});

describe('wordsAt', () => {
  it('counts words as Pagefind does, split at white space', () => {
    expect(wordsAt('Putin  bid each\nother', [1, 3, 9])).toEqual(['bid', 'other', '']);
  });
});

describe('everyWordExtended', () => {
  it('holds when each word matched itself or a longer word', () => {
    expect(everyWordExtended('Zelensk', ['zelenskys'])).toBe(true);
    expect(everyWordExtended('peace plan', ['peace', 'planned'])).toBe(true);
  });

  it('takes a word of parts whole or part by part', () => {
    expect(everyWordExtended('warm-up', ['warm', 'up'])).toBe(true);
    expect(everyWordExtended('warm-up', ['warmup'])).toBe(true);
    expect(everyWordExtended('U.S.', ['us'])).toBe(true);
    expect(everyWordExtended('warm-up', ['warm'])).toBe(false);
  });

  it('fails when a word matched only a shorter, different word, or nothing', () => {
    expect(everyWordExtended('Biden', ['bid'])).toBe(false);
    expect(everyWordExtended('weapons', ['we'])).toBe(false);
    expect(everyWordExtended('peace plan', ['peace'])).toBe(false);
  });
});

describe('orderByTier', () => {
  const r = (id: string) => ({ id });

  it('orders the phrase, then every word whole, then the rest, each in the given order', () => {
    const ordered = orderByTier(
      [r('rest'), r('whole'), r('phrase')],
      [r('phrase')],
      [
        [r('whole'), r('phrase')],
        [r('phrase'), r('whole')],
      ],
    );
    expect(ordered).toEqual([
      { result: r('phrase'), tier: 0 },
      { result: r('whole'), tier: 1 },
      { result: r('rest'), tier: 2 },
    ]);
  });

  it('adds a phrase result the plain search missed at the end of its tier, and takes the phrase as every word for one word', () => {
    const ordered = orderByTier([r('a'), r('b')], [r('b'), r('c')], []);
    expect(ordered.map(({ result, tier }) => [result.id, tier])).toEqual([
      ['b', 0],
      ['c', 0],
      ['a', 2],
    ]);
  });
});
