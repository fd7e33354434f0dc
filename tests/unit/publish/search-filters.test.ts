import { describe, expect, it } from 'vitest';
import type { VoiceGroup } from '../../../src/lib/analysis/index.ts';
import {
  PRIMARY_BUNDLE,
  RECORDS_PER_BUNDLE,
  engineFor,
  facetKey,
  filterOptions,
  planBundles,
  searchFilterOptions,
  splitEvenly,
  toPagefindFilters,
  findFilterOption,
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

describe('searchFilterOptions', () => {
  const wang = { id: 'wang-yi', name: 'Wang Yi', category: 'chinese-official', registered: true } as const;
  const putin = {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    category: 'russian-official',
    registered: true,
  } as const;
  const group = (key: VoiceGroup['key'], label: string, speakers: VoiceGroup['speakers']): VoiceGroup => ({
    category: null,
    key,
    label,
    anchor: `voice-${key}`,
    speakers,
    count: speakers.length,
  });
  const voices = [
    group('russian-official', 'Russian official', [{ speaker: putin, quotes: [] }]),
    group('chinese-official', 'Chinese official', [{ speaker: wang, quotes: [] }]),
    group('none', 'speaker not named', [{ speaker: null, quotes: [] }]),
  ];
  const options = searchFilterOptions(
    [
      { id: 'cnn', name: 'CNN' },
      { id: null, name: 'Unattributed' },
    ],
    voices,
  );

  it('offers the kinds of record, quotes first, without Pagefind filters', () => {
    expect(options.type).toEqual([
      { value: 'quote', text: 'Quotes only' },
      { value: 'article', text: 'Articles only' },
    ]);
  });

  it('offers the outlets in the order given, the unattributed under the "no value" key', () => {
    expect(options.outlet).toEqual([
      { value: 'CNN', text: 'CNN', keys: 'outlet.cnn' },
      { value: 'Unattributed', text: 'Unattributed', keys: 'outlet._none' },
    ]);
  });

  it('offers the speakers alphabetically, quotes without a speaker as "Speaker not named"', () => {
    expect(options.speaker.map((option) => [option.value, option.keys])).toEqual([
      ['Speaker not named', 'speaker._none'],
      ['Vladimir Putin', 'speaker.vladimir-putin'],
      ['Wang Yi', 'speaker.wang-yi'],
    ]);
  });

  it('offers the voices in the order of their groups, by label', () => {
    expect(options.voice.map((option) => [option.text, option.keys])).toEqual([
      ['Russian official', 'voice.russian-official'],
      ['Chinese official', 'voice.chinese-official'],
      ['speaker not named', 'voice.none'],
    ]);
  });
});

describe('findFilterOption', () => {
  const outlets = [
    { value: 'NPR', text: 'NPR', keys: 'outlet.npr' },
    { value: 'The Guardian', text: 'The Guardian', keys: 'outlet.the-guardian' },
    { value: 'Unattributed', text: 'Unattributed', keys: 'outlet._none' },
  ];
  const speakers = [{ value: 'Vladimir Putin', text: 'Vladimir Putin', keys: 'speaker.vladimir-putin' }];
  const types = [
    { value: 'quote', text: 'Quotes only' },
    { value: 'article', text: 'Articles only' },
  ];

  it('finds an option by its display name, in any letter case', () => {
    expect(findFilterOption(outlets, 'The Guardian')?.value).toBe('The Guardian');
    expect(findFilterOption(outlets, 'the guardian')?.value).toBe('The Guardian');
    expect(findFilterOption(speakers, 'VLADIMIR PUTIN')?.value).toBe('Vladimir Putin');
    expect(findFilterOption(types, 'Quote')?.value).toBe('quote');
    expect(findFilterOption(types, 'quotes only')?.value).toBe('quote');
  });

  it('finds an option by the id the other pages of the site use', () => {
    expect(findFilterOption(outlets, 'npr')?.value).toBe('NPR');
    expect(findFilterOption(outlets, 'the-guardian')?.value).toBe('The Guardian');
    expect(findFilterOption(speakers, 'vladimir-putin')?.value).toBe('Vladimir Putin');
    expect(findFilterOption(speakers, 'Vladimir-Putin')?.value).toBe('Vladimir Putin');
  });

  it('finds nothing for an empty value or one the sources do not have', () => {
    expect(findFilterOption(outlets, '')).toBeUndefined();
    expect(findFilterOption(outlets, 'reuters')).toBeUndefined();
    expect(findFilterOption(types, 'quotes')).toBeUndefined();
  });
});
