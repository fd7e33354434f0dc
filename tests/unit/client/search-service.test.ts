import { describe, expect, it } from 'vitest';
import type { BundleList, Engine } from '../../../src/lib/publish/search-filters.ts';
import {
  MOST_LEFT_OUT,
  REPLACED,
  bundlesOf,
  createSearchService,
  rankedSearch,
  takePage,
  type LoadingEngine,
  type PagefindEngine,
  type PagefindResult,
  type SearchAnswer,
  type SearchRequest,
} from '../../../src/client/search-service.ts';

const LIST: BundleList = {
  bundles: [
    { kind: 'articles', path: '/pagefind/' },
    { kind: 'articles', path: '/pagefind/articles-2/' },
    { kind: 'quotes', path: '/pagefind/quotes-1/' },
  ],
};

/** A result whose text is `content`, matched at the word `locations`. */
const result = (url: string, content = url, locations: number[] = [0]): PagefindResult => ({
  id: url,
  data: () => Promise.resolve({ url, excerpt: '', meta: { title: url }, content, locations }),
});

/**
 * A stand-in for Pagefind whose searches finish when the test says so; the phrase search
 * of a query (`"xi"`), asked once its words are found, finds the same results at once.
 */
function fakeEngines() {
  const started: [Engine, readonly string[]][] = [];
  const pending: { query: string | null; finish: (urls: string[]) => void }[] = [];
  const found = new Map<string, string[]>();
  const start = (engine: Engine, bundles: readonly string[]): Promise<LoadingEngine> => {
    started.push([engine, bundles]);
    return Promise.resolve(
      whole({
        search: (query) =>
          new Promise((resolve) => {
            const finish = (urls: string[]) => {
              resolve({ results: urls.map((url) => result(url)) });
            };
            if (query?.startsWith('"')) {
              finish(found.get(query) ?? []);
              return;
            }
            pending.push({
              query,
              finish: (urls) => {
                found.set(`"${query ?? ''}"`, urls);
                finish(urls);
              },
            });
          }),
      }),
    );
  };
  return { started, pending, start };
}

/** An engine whose bundles are all loaded from the start. */
const whole = (pagefind: PagefindEngine): LoadingEngine => ({
  pagefind,
  others: 0,
  mergeOthers: () => Promise.resolve(),
});

/** A stand-in for Pagefind that answers each query with the results given for it (none for others). */
function fixedEngine(answers: Record<string, PagefindResult[]>) {
  const asked: (string | null)[] = [];
  const engine: PagefindEngine = {
    search: (query) => {
      asked.push(query);
      return Promise.resolve({ results: answers[query ?? ''] ?? [] });
    },
  };
  return { engine, asked };
}

/** A search request with no filters. */
const searchFor = (
  token: number,
  query: string,
  limit: number,
  engine: Engine = 'all',
  partial = false,
): SearchRequest => ({
  kind: 'search',
  token,
  engine,
  query,
  filters: {},
  limit,
  partial,
});

const urls = (answer: SearchAnswer) =>
  'results' in answer ? answer.results.map((item) => item.url) : answer.error;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('bundlesOf', () => {
  it('gives each engine the bundles of its kind, and the all-engine every bundle, the primary first', () => {
    expect(bundlesOf(LIST, 'articles')).toEqual(['/pagefind/', '/pagefind/articles-2/']);
    expect(bundlesOf(LIST, 'quotes')).toEqual(['/pagefind/quotes-1/']);
    expect(bundlesOf(LIST, 'all')).toEqual(['/pagefind/', '/pagefind/articles-2/', '/pagefind/quotes-1/']);
  });
});

describe('createSearchService', () => {
  it('answers with the count and one page at a time, and "more" with the next page', async () => {
    const fake = fakeEngines();
    const service = createSearchService(() => Promise.resolve(LIST), fake.start);
    const first = service.answer(searchFor(1, 'xi', 2));
    await flush();
    fake.pending[0]!.finish(['a', 'b', 'c', 'd', 'e']);
    expect(await first).toMatchObject({ count: 5, offset: 0 });
    expect(urls(await first)).toEqual(['a', 'b']);
    const more = await service.answer({ kind: 'more', token: 1, offset: 2, limit: 2 });
    expect(urls(more)).toEqual(['c', 'd']);
  });

  it('keeps the newest search when an older one finishes after it', async () => {
    const fake = fakeEngines();
    const service = createSearchService(() => Promise.resolve(LIST), fake.start);
    const older = service.answer(searchFor(1, 'old', 1));
    const newer = service.answer(searchFor(2, 'new', 1));
    await flush();
    fake.pending.find((search) => search.query === 'new')!.finish(['new-1', 'new-2']);
    expect(urls(await newer)).toEqual(['new-1']);
    fake.pending.find((search) => search.query === 'old')!.finish(['old-1', 'old-2']);
    expect(await older).toEqual({ token: 1, error: REPLACED });
    const more = await service.answer({ kind: 'more', token: 2, offset: 1, limit: 1 });
    expect(urls(more)).toEqual(['new-2']);
    expect(await service.answer({ kind: 'more', token: 1, offset: 1, limit: 1 })).toEqual({
      token: 1,
      error: REPLACED,
    });
  });

  it('starts each engine once, over its own bundles, and finds nothing for a kind the site has no bundle of', async () => {
    const fake = fakeEngines();
    const noQuotes: BundleList = { bundles: [{ kind: 'articles', path: '/pagefind/' }] };
    const service = createSearchService(() => Promise.resolve(noQuotes), fake.start);
    const quotes = await service.answer(searchFor(1, 'x', 5, 'quotes'));
    expect(quotes).toEqual({ token: 1, count: 0, offset: 0, results: [], complete: true });
    for (const token of [2, 3]) {
      const answer = service.answer(searchFor(token, 'x', 5, 'articles'));
      await flush();
      fake.pending.at(-1)!.finish([]);
      await answer;
    }
    expect(fake.started).toEqual([['articles', ['/pagefind/']]]);
  });

  describe('the first search of a visit (partial)', () => {
    /** An engine over a first bundle of `first` and other bundles that add `others`, merged when asked. */
    function twoPartEngine(first: string[], others: string[]) {
      const events: string[] = [];
      let mergedIn = false;
      let failNextMerge = false;
      const start = (): Promise<LoadingEngine> => {
        events.push('start');
        mergedIn = false;
        return Promise.resolve({
          pagefind: {
            search: () =>
              Promise.resolve({
                results: (mergedIn ? [...first, ...others] : first).map((url) => result(url)),
              }),
          },
          others: 1,
          mergeOthers: () => {
            events.push('merge');
            if (failNextMerge) {
              failNextMerge = false;
              return Promise.reject(new Error('offline'));
            }
            mergedIn = true;
            return Promise.resolve();
          },
        });
      };
      return { start, events, failMerge: () => (failNextMerge = true) };
    }

    it('answers from the first bundle alone, marked incomplete, before the others are loaded', async () => {
      const engine = twoPartEngine(['a', 'b'], ['c']);
      const service = createSearchService(() => Promise.resolve(LIST), engine.start);
      expect(await service.answer(searchFor(1, 'xi', 5, 'all', true))).toMatchObject({
        count: 2,
        complete: false,
      });
      expect(engine.events).toEqual(['start']);
    });

    it('answers the same search, not partial, from every bundle, merging the others once', async () => {
      const engine = twoPartEngine(['a', 'b'], ['c']);
      const service = createSearchService(() => Promise.resolve(LIST), engine.start);
      await service.answer(searchFor(1, 'xi', 5, 'all', true));
      const whole = await service.answer(searchFor(1, 'xi', 5));
      expect(whole).toMatchObject({ count: 3, complete: true });
      expect(urls(whole)).toEqual(['a', 'b', 'c']);
      // Once the others are merged in, even a partial search searches them all.
      expect(await service.answer(searchFor(2, 'xi', 5, 'all', true))).toMatchObject({
        count: 3,
        complete: true,
      });
      expect(engine.events).toEqual(['start', 'merge']);
    });

    it('keeps "Show more" on the results of the answer it continues, complete or not', async () => {
      const engine = twoPartEngine(['a', 'b'], ['c']);
      const service = createSearchService(() => Promise.resolve(LIST), engine.start);
      await service.answer(searchFor(1, 'xi', 1, 'all', true));
      expect(await service.answer({ kind: 'more', token: 1, offset: 1, limit: 5 })).toMatchObject({
        count: 2,
        complete: false,
      });
    });

    it('starts the engine afresh after its other bundles failed to load', async () => {
      const engine = twoPartEngine(['a'], ['c']);
      const service = createSearchService(() => Promise.resolve(LIST), engine.start);
      engine.failMerge();
      expect(await service.answer(searchFor(1, 'xi', 5))).toEqual({ token: 1, error: 'offline' });
      expect(await service.answer(searchFor(2, 'xi', 5))).toMatchObject({ count: 2, complete: true });
      expect(engine.events).toEqual(['start', 'merge', 'start', 'merge']);
    });
  });

  it('answers with an error when the index cannot be loaded, and tries again on the next search', async () => {
    const fake = fakeEngines();
    let attempts = 0;
    const service = createSearchService(() => {
      attempts++;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(LIST);
    }, fake.start);
    expect(await service.answer(searchFor(1, 'x', 1))).toEqual({
      token: 1,
      error: 'offline',
    });
    const again = service.answer(searchFor(2, 'x', 1));
    await flush();
    fake.pending[0]!.finish(['a']);
    expect(urls(await again)).toEqual(['a']);
  });
});

describe('rankedSearch and takePage', () => {
  /** The urls a search lists, all pages taken. */
  async function listed(engine: PagefindEngine, query: string | null): Promise<string[]> {
    const results = await rankedSearch(engine, query, {});
    return (await takePage(results, query, 0, results.length)).map((item) => item.url);
  }

  it('leaves out a result where the word matched only a shorter, different word ("Biden" in "bid")', async () => {
    const bid = result('al-jazeera', 'Putin bid each other farewell', [1]);
    const { engine } = fixedEngine({ Biden: [bid] });
    expect(await listed(engine, 'Biden')).toEqual([]);
  });

  it('lists whole-word matches first, in Pagefind’s order, and leaves out "we" for "weapons"', async () => {
    const we = result('quote-we', '“We are staying here.”', [0]);
    const cbs = result('cbs', 'no public promise of weapons.', [4]);
    const guardian = result('guardian', 'a potential weapons supplier', [2]);
    const { engine, asked } = fixedEngine({ weapons: [we, guardian, cbs], '"weapons"': [cbs, guardian] });
    expect(await listed(engine, 'weapons')).toEqual(['guardian', 'cbs']);
    expect(asked).toEqual(['weapons', '"weapons"']);
  });

  it('puts the phrase first, then every word whole, then every word in a longer word', async () => {
    const apart = result('apart', 'a plan for peace', [1, 3]);
    const phrase = result('phrase', 'a peace plan', [1, 2]);
    const longer = result('longer', 'peaceful planning', [0, 1]);
    const one = result('one', 'peace only', [0]);
    const { engine, asked } = fixedEngine({
      'peace plan': [longer, one, apart, phrase],
      '"peace plan"': [phrase],
      '"peace"': [apart, phrase, one],
      '"plan"': [apart, phrase],
    });
    expect(await listed(engine, 'peace plan')).toEqual(['phrase', 'apart', 'longer']);
    expect(asked).toEqual(['peace plan', '"peace plan"', '"peace"', '"plan"']);
  });

  it('keeps a word typed in part ("Zelensk")', async () => {
    const zelensky = result('cnn', 'Zelensky’s address', [0]);
    const { engine } = fixedEngine({ Zelensk: [zelensky] });
    expect(await listed(engine, 'Zelensk')).toEqual(['cnn']);
  });

  it('searches a phrase the reader wrote, and filters alone, as they are, and no phrase when the words found nothing', async () => {
    const { engine, asked } = fixedEngine({ '"peace plan"': [result('a')] });
    expect(await listed(engine, '"peace plan"')).toEqual(['a']);
    expect(await listed(engine, null)).toEqual([]);
    expect(await listed(engine, 'nothing')).toEqual([]);
    expect(asked).toEqual(['"peace plan"', null, 'nothing']);
  });

  it('checks results as it lists them: a page skips those left out, fills up with the next, and the list loses them', async () => {
    const good = (id: string) => result(id, 'bidding', [0]);
    const bad = (id: string) => result(id, 'bid', [0]);
    const { engine } = fixedEngine({
      bidd: [good('g1'), bad('b1'), bad('b2'), good('g2'), good('g3'), bad('b3')],
    });
    const results = await rankedSearch(engine, 'bidd', {});
    expect((await takePage(results, 'bidd', 0, 2)).map((item) => item.url)).toEqual(['g1', 'g2']);
    expect(results.map(({ result: item }) => item.id)).toEqual(['g1', 'g2', 'g3', 'b3']);
    expect((await takePage(results, 'bidd', 2, 2)).map((item) => item.url)).toEqual(['g3']);
    expect(results).toHaveLength(3);
  });

  it(`leaves out, unchecked, the rest to check once a page has left out ${MOST_LEFT_OUT}`, async () => {
    const bad = Array.from({ length: MOST_LEFT_OUT + 30 }, (_, index) => result(`b${index}`, 'bid', [0]));
    const { engine } = fixedEngine({
      bide: [...bad, result('last', 'bide', [0])],
      '"bide"': [result('last', 'bide', [0])],
    });
    const results = await rankedSearch(engine, 'bide', {});
    let fetched = 0;
    for (const entry of results) {
      const data = entry.result.data.bind(entry.result);
      entry.result.data = () => {
        fetched++;
        return data();
      };
    }
    expect((await takePage(results, 'bide', 0, 10)).map((item) => item.url)).toEqual(['last']);
    expect(results).toHaveLength(1);
    expect(fetched).toBeLessThan(MOST_LEFT_OUT + 10);
  });
});
