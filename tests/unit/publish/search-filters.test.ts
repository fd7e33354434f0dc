import { describe, expect, it } from 'vitest';
import {
  PRIMARY_BUNDLE,
  RECORDS_PER_BUNDLE,
  engineFor,
  facetKey,
  filterOptions,
  planBundles,
  splitEvenly,
  toPagefindFilters,
} from '../../../src/lib/publish/search-filters.ts';

describe('facetKey', () => {
  it('names one Pagefind filter per facet value, by id', () => {
    expect(facetKey('outlet', 'reuters')).toBe('outlet.reuters');
    expect(facetKey('speaker', 'vladimir-putin')).toBe('speaker.vladimir-putin');
    expect(facetKey('voice', 'analyst')).toBe('voice.analyst');
  });

  it('gives "no value" a key no kebab-case id can have', () => {
    expect(facetKey('outlet', null)).toBe('outlet._none');
    expect(facetKey('outlet', 'none')).not.toBe(facetKey('outlet', null));
  });
});

describe('toPagefindFilters', () => {
  it('requires every chosen facet value', () => {
    expect(toPagefindFilters([['outlet.reuters'], ['speaker.xi-jinping']])).toEqual({
      'outlet.reuters': 'yes',
      'speaker.xi-jinping': 'yes',
    });
  });

  it('takes any of the keys of a choice that has several (two people of one name)', () => {
    expect(toPagefindFilters([['outlet.cnn'], ['speaker.wang-yi', 'speaker.wang-yi-2']])).toEqual({
      'outlet.cnn': 'yes',
      all: [{ any: [{ 'speaker.wang-yi': 'yes' }, { 'speaker.wang-yi-2': 'yes' }] }],
    });
  });

  it('asks for nothing when nothing is chosen', () => {
    expect(toPagefindFilters([])).toEqual({});
  });
});

describe('engineFor', () => {
  it('searches the article bundles for articles only, the quote bundles for quotes, a speaker or a voice, and all of them otherwise', () => {
    expect(engineFor('article', false)).toBe('articles');
    expect(engineFor('quote', false)).toBe('quotes');
    expect(engineFor(null, true)).toBe('quotes');
    expect(engineFor(null, false)).toBe('all');
  });
});

describe('filterOptions', () => {
  it('gives each name once, with every key it stands for, in the order given', () => {
    expect(
      filterOptions([
        ['Wang Yi', 'speaker.wang-yi'],
        ['Xi Jinping', 'speaker.xi-jinping'],
        ['Wang Yi', 'speaker.wang-yi-2'],
        ['Wang Yi', 'speaker.wang-yi'],
      ]),
    ).toEqual([
      ['Wang Yi', 'speaker.wang-yi speaker.wang-yi-2'],
      ['Xi Jinping', 'speaker.xi-jinping'],
    ]);
  });
});

describe('splitEvenly', () => {
  it('cuts items into the fewest runs of at most the given size, as even as can be, in order', () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    expect(splitEvenly(items, 4)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
      [6, 7, 8, 9],
    ]);
    expect(splitEvenly(items, 10)).toEqual([items]);
    expect(splitEvenly([], 10)).toEqual([]);
  });

  it('keeps every item exactly once', () => {
    const items = Array.from({ length: 12_345 }, (_, index) => index);
    const runs = splitEvenly(items, 2500);
    expect(runs).toHaveLength(5);
    expect(runs.flat()).toEqual(items);
    expect(Math.max(...runs.map((run) => run.length))).toBeLessThanOrEqual(2500);
  });
});

describe('planBundles', () => {
  it('puts the first article bundle at the primary path and the rest beside it', () => {
    const pages = Array.from(
      { length: RECORDS_PER_BUNDLE.articles + 1 },
      (_, index) => `/articles/a-${index}/`,
    );
    const quotes = ['q1', 'q2'];
    const [articles, quoteBundles] = planBundles(pages, quotes);
    expect(articles.map((bundle) => [bundle.path, bundle.first])).toEqual([
      [PRIMARY_BUNDLE, true],
      ['/pagefind/articles-2/', false],
    ]);
    expect(articles.flatMap((bundle) => bundle.items)).toEqual(pages);
    expect(quoteBundles).toEqual([
      { kind: 'quotes', path: '/pagefind/quotes-1/', first: true, items: quotes },
    ]);
  });

  it('has no quote bundle for a site without quotes', () => {
    const [articles, quotes] = planBundles(['/articles/a-1/'], []);
    expect(articles).toHaveLength(1);
    expect(quotes).toEqual([]);
  });
});
