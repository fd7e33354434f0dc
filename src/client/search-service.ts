/**
 * What the search worker does, apart from its messages (so that it can be tested with a
 * stand-in for Pagefind): it keeps an engine per kind of search (src/lib/publish/search-filters.ts
 * `engineFor`), holds the results of the newest search, and answers with their number
 * and one page of result data at a time.
 */
import type { BundleList, Engine, PagefindFilters } from '../lib/publish/search-filters.ts';

/** A new search; it replaces the current one. */
export interface SearchRequest {
  kind: 'search';
  token: number;
  engine: Engine;
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
}

export type SearchAnswer =
  { token: number; count: number; offset: number; results: ResultData[] } | { token: number; error: string };

/** The answer to a request that a newer search overtook: the page has moved on. */
export const REPLACED = 'this search was replaced by a newer one';

/** A result as Pagefind gives it. */
export interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}

/** A Pagefind instance with every bundle of its engine merged in. */
export interface PagefindEngine {
  search(query: string | null, options: { filters: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
}

/** Creates the engine over `bundles` (base paths, the first one's WebAssembly runs it). */
export type StartEngine = (engine: Engine, bundles: readonly string[]) => Promise<PagefindEngine>;

/** The bundles each engine searches, from the bundle list. */
export function bundlesOf(list: BundleList, engine: Engine): string[] {
  return list.bundles
    .filter((bundle) => engine === 'all' || bundle.kind === engine)
    .map((bundle) => bundle.path);
}

/** The search service over a bundle list; `start` creates each engine the first time it is needed. */
export function createSearchService(loadList: () => Promise<BundleList>, start: StartEngine) {
  let list: Promise<BundleList> | undefined;
  const engines = new Map<Engine, Promise<PagefindEngine | null>>();
  let newest = 0;
  let current: { token: number; results: PagefindResult[] } | undefined;

  // A failed load is tried again on the next request (the network may come back).
  const retrying = <T>(promise: Promise<T>, forget: () => void) =>
    promise.catch((error: unknown) => {
      forget();
      throw error;
    });

  async function engine(kind: Engine): Promise<PagefindEngine | null> {
    list ??= retrying(loadList(), () => (list = undefined));
    const bundles = bundlesOf(await list, kind);
    let started = engines.get(kind);
    if (!started) {
      // A site without quotes has no quote engine: its searches find nothing.
      started = retrying(bundles.length === 0 ? Promise.resolve(null) : start(kind, bundles), () =>
        engines.delete(kind),
      );
      engines.set(kind, started);
    }
    return started;
  }

  async function pageOf(
    results: readonly PagefindResult[],
    offset: number,
    limit: number,
  ): Promise<ResultData[]> {
    const data = await Promise.all(results.slice(offset, offset + limit).map((result) => result.data()));
    return data.map(({ url, excerpt, meta }) => ({ url, excerpt, meta }));
  }

  return {
    async answer(request: SearchRequest | MoreRequest): Promise<SearchAnswer> {
      const { token } = request;
      if (request.kind === 'search') newest = Math.max(newest, token);
      try {
        if (request.kind === 'search') {
          const pagefind = await engine(request.engine);
          const results = pagefind
            ? (await pagefind.search(request.query, { filters: request.filters })).results
            : [];
          // Searches finish in any order: one that a newer search overtook is not kept.
          if (token !== newest) return { token, error: REPLACED };
          current = { token, results };
          return {
            token,
            count: results.length,
            offset: 0,
            results: await pageOf(results, 0, request.limit),
          };
        }
        if (current?.token !== token || token !== newest) return { token, error: REPLACED };
        const { results } = current;
        return {
          token,
          count: results.length,
          offset: request.offset,
          results: await pageOf(results, request.offset, request.limit),
        };
      } catch (error) {
        return { token, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
