import { describe, expect, it } from 'vitest';
import type { BundleList, Engine } from '../../../src/lib/publish/search-filters.ts';
import {
  REPLACED,
  bundlesOf,
  createSearchService,
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

const result = (url: string): PagefindResult => ({
  data: () => Promise.resolve({ url, excerpt: '', meta: { title: url } }),
});

/** A stand-in for Pagefind whose searches finish when the test says so. */
function fakeEngines() {
  const started: [Engine, readonly string[]][] = [];
  const pending: { query: string | null; finish: (urls: string[]) => void }[] = [];
  const start = (engine: Engine, bundles: readonly string[]): Promise<PagefindEngine> => {
    started.push([engine, bundles]);
    return Promise.resolve({
      search: (query) =>
        new Promise((resolve) => {
          pending.push({
            query,
            finish: (urls) => {
              resolve({ results: urls.map(result) });
            },
          });
        }),
    });
  };
  return { started, pending, start };
}

/** A search request with no filters. */
const searchFor = (token: number, query: string, limit: number, engine: Engine = 'all'): SearchRequest => ({
  kind: 'search',
  token,
  engine,
  query,
  filters: {},
  limit,
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
    expect(quotes).toEqual({ token: 1, count: 0, offset: 0, results: [] });
    for (const token of [2, 3]) {
      const answer = service.answer(searchFor(token, 'x', 5, 'articles'));
      await flush();
      fake.pending.at(-1)!.finish([]);
      await answer;
    }
    expect(fake.started).toEqual([['articles', ['/pagefind/']]]);
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
