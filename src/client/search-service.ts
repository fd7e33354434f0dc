/**
 * What the search worker does, apart from its messages (so that it can be tested with a
 * stand-in for Pagefind): it keeps an engine per kind of search (src/lib/publish/search-filters.ts
 * `engineFor`), holds the results of the newest search, and answers with their number
 * and one page of result data at a time.
 */
import type { BundleList, Engine, PagefindFilters } from '../lib/publish/search-filters.ts';
import { everyWordExtended, orderByTier, phraseSearches, wordsAt } from './search-ranking.ts';

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

/** What the page shows of a result; a quote's also its record's text and where the search matched in it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  content?: string;
  locations?: number[];
}

export type SearchAnswer =
  { token: number; count: number; offset: number; results: ResultData[] } | { token: number; error: string };

/** The answer to a request that a newer search overtook: the page has moved on. */
export const REPLACED = 'this search was replaced by a newer one';

/** A result's data as Pagefind gives it: `locations` are the matched words' positions in `content`. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  content: string;
  locations: number[];
}

/** A result as Pagefind gives it. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}

/**
 * The most results matched only by longer words that are checked (their data fetched, one
 * file each) for words that matched nothing of their own; later ones are kept unchecked.
 * A search of whole words has few (at most 9, for "peace plan", on the 20 searches of
 * tests/fixtures/search-relevance.yaml); a word typed in part ("chin") can have
 * thousands, and checking them all would fetch as many files.
 */
export const MOST_CHECKED = 100;

/**
 * Pagefind's results in the order of search-ranking.ts: the phrase, every word whole, then
 * longer words, without results where a word matched only a shorter, different word.
 */
export async function rankedSearch(
  pagefind: PagefindEngine,
  query: string | null,
  filters: PagefindFilters,
): Promise<PagefindResult[]> {
  const search = async (words: string | null) => (await pagefind.search(words, { filters })).results;
  const phrases = query === null ? null : phraseSearches(query);
  if (query === null || phrases === null) return search(query);
  const [ranked, phrase, ...eachWord] = await Promise.all(
    [query, phrases.phrase, ...phrases.words].map(search),
  );
  const ordered = orderByTier(ranked!, phrase!, eachWord);
  const partial = ordered.filter(({ tier }) => tier === 2).map(({ result }) => result);
  const checked = partial.slice(0, MOST_CHECKED);
  const data = await Promise.all(checked.map((result) => result.data()));
  const dropped = new Set(
    checked
      .filter((_, index) => !everyWordExtended(query, wordsAt(data[index]!.content, data[index]!.locations)))
      .map((result) => result.id),
  );
  return ordered.map(({ result }) => result).filter((result) => !dropped.has(result.id));
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
    // An article's text is long and its excerpt says enough; a quote's short text is shown whole.
    return data.map(({ url, excerpt, meta, content, locations }) =>
      meta['kind'] === 'quote' ? { url, excerpt, meta, content, locations } : { url, excerpt, meta },
    );
  }

  return {
    async answer(request: SearchRequest | MoreRequest): Promise<SearchAnswer> {
      const { token } = request;
      if (request.kind === 'search') newest = Math.max(newest, token);
      try {
        if (request.kind === 'search') {
          const pagefind = await engine(request.engine);
          const results = pagefind ? await rankedSearch(pagefind, request.query, request.filters) : [];
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
