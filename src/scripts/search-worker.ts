/**
 * The search page's worker. It runs Pagefind over every bundle of the index (merged into
 * one search), holds the results of the current search, and answers with their number
 * and one page of result data at a time. Pagefind runs here in its main-thread mode: the
 * page receives only the results it lists, not the thousands a broad search matches
 * (handing those across from Pagefind's own worker cost more than the search itself).
 */
import {
  BUNDLE_LIST_URL,
  PRIMARY_BUNDLE,
  type BundleList,
  type PagefindFilters,
} from '../lib/search-filters.ts';

/** A new search; it replaces the current one. */
export interface SearchRequest {
  kind: 'search';
  token: number;
  /** null searches by filters alone. */
  query: string | null;
  filters: PagefindFilters;
  limit: number;
}

/** The next page of the current search. */
export interface MoreRequest {
  kind: 'more';
  token: number;
  offset: number;
  limit: number;
}

/** What the page shows of a result. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The Pagefind filters the record has. */
  filters: string[];
}

export type SearchAnswer =
  { token: number; count: number; offset: number; results: ResultData[] } | { token: number; error: string };

interface PagefindResult {
  data(): Promise<{
    url: string;
    excerpt: string;
    meta: Record<string, string>;
    filters: Record<string, string[]>;
  }>;
}

interface PagefindInstance {
  mergeIndex(path: string): Promise<void>;
  preload(query: string): Promise<void>;
  search(query: string | null, options: { filters: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
}

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

async function loadPagefind(): Promise<PagefindInstance> {
  // Through a variable: the bundler must not try to resolve the index, built after the site.
  const script = `${PRIMARY_BUNDLE}pagefind.js`;
  const [module, list] = await Promise.all([
    import(/* @vite-ignore */ script) as Promise<PagefindModule>,
    fetch(BUNDLE_LIST_URL).then(async (response) => {
      if (!response.ok) throw new Error(`${BUNDLE_LIST_URL}: ${response.status}`);
      return (await response.json()) as BundleList;
    }),
  ]);
  const pagefind = module.createInstance({ basePath: PRIMARY_BUNDLE });
  // Pagefind's mergeIndex waits without end for a primary bundle whose WebAssembly never
  // loads: an empty search (which fetches nothing) fails fast instead.
  await pagefind.preload('');
  await Promise.all(
    list.bundles.filter((path) => path !== PRIMARY_BUNDLE).map((path) => pagefind.mergeIndex(path)),
  );
  return pagefind;
}

let engine: Promise<PagefindInstance> | undefined;
let current: { token: number; results: PagefindResult[] } | undefined;

async function pageOf(
  results: readonly PagefindResult[],
  offset: number,
  limit: number,
): Promise<ResultData[]> {
  const data = await Promise.all(results.slice(offset, offset + limit).map((result) => result.data()));
  return data.map(({ url, excerpt, meta, filters }) => ({
    url,
    excerpt,
    meta,
    filters: Object.keys(filters),
  }));
}

async function answer(request: SearchRequest | MoreRequest): Promise<SearchAnswer> {
  try {
    // A failed load is tried again on the next request (the network may come back).
    engine ??= loadPagefind().catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
    const pagefind = await engine;
    if (request.kind === 'search') {
      const search = await pagefind.search(request.query, { filters: request.filters });
      current = { token: request.token, results: search.results };
      return {
        token: request.token,
        count: search.results.length,
        offset: 0,
        results: await pageOf(search.results, 0, request.limit),
      };
    }
    // A page of a search that a newer one replaced: the page has moved on.
    if (current?.token !== request.token) return { token: request.token, error: 'this search was replaced' };
    const { results } = current;
    return {
      token: request.token,
      count: results.length,
      offset: request.offset,
      results: await pageOf(results, request.offset, request.limit),
    };
  } catch (error) {
    return { token: request.token, error: error instanceof Error ? error.message : String(error) };
  }
}

self.addEventListener('message', (event: MessageEvent<SearchRequest | MoreRequest>) => {
  void answer(event.data).then((reply) => {
    self.postMessage(reply);
  });
});
