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
  /**
   * Answer from the engine's first bundle alone while its others are not loaded yet (the
   * first search of a visit): the page shows those results, then asks again, not partial,
   * for the whole index. At 10,000 articles the bundles' metadata alone is 200 KB.
   */
  partial: boolean;
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

/** An answer: `complete` is false when it comes from the engine's first bundle only (`partial`). */
export type SearchAnswer =
  | { token: number; count: number; offset: number; results: ResultData[]; complete: boolean }
  | { token: number; error: string };

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

/** A result in the order of the search, and whether it must be checked before it is listed. */
export interface RankedResult {
  result: PagefindResult;
  /**
   * Matched only by longer words, or by shorter ones (Pagefind's fallback): listed only if
   * every word of the search matched itself or a longer word, which its data tells.
   */
  check: boolean;
}

/**
 * Pagefind's results in the order of search-ranking.ts: the phrase, every word whole, then
 * the others, to be checked when listed (`takePage`). The phrase searches are made only when
 * the words found something, and fetch no more of the index than the words did.
 */
export async function rankedSearch(
  pagefind: PagefindEngine,
  query: string | null,
  filters: PagefindFilters,
): Promise<RankedResult[]> {
  const search = async (words: string | null) => (await pagefind.search(words, { filters })).results;
  const ranked = await search(query);
  const phrases = query === null ? null : phraseSearches(query);
  if (phrases === null || ranked.length === 0) return ranked.map((result) => ({ result, check: false }));
  const [phrase, ...eachWord] = await Promise.all([phrases.phrase, ...phrases.words].map(search));
  return orderByTier(ranked, phrase!, eachWord).map(({ result, tier }) => ({ result, check: tier === 2 }));
}

/**
 * The most results a page leaves out before it leaves out, unchecked, every other result
 * still to check. Pagefind's fallback to a shorter word happens for a word and a bundle
 * (every record of the bundle with "bid" matches "Biden"), so the results left out are
 * alike. Checking them all fetched every one: at 10,000 synthetic articles the bench's
 * first search, "warm-up", whose words of parts were not yet taken part by part, left out
 * all its results and fetched 17.1 MB in 59 s. With 40 it still fetched 40 fragments
 * (54 KB) to list none; with 10 a first page fetches at most 20 (~22 KB).
 */
export const MOST_LEFT_OUT = 10;

/**
 * The data of the next `limit` results from `offset` that may be listed: a result to check
 * where some word of the query matched only a shorter, different word ("bid" for "Biden")
 * is taken out of `results` itself, and the next one is fetched instead. Checked as they are
 * listed, not all at once: a search has as many to check as results matched by longer words,
 * thousands for a word typed in part, and the page fetches the data of those it lists anyway
 * (checking up to 100 at once, at 10,000 articles: the most bytes for a query 135 → 257 KB).
 */
export async function takePage(
  results: RankedResult[],
  query: string | null,
  offset: number,
  limit: number,
): Promise<PagefindData[]> {
  const page: PagefindData[] = [];
  let next = offset;
  let leftOut = 0;
  while (page.length < limit && next < results.length) {
    const batch = results.slice(next, next + limit - page.length);
    const data = await Promise.all(batch.map(({ result }) => result.data()));
    const listed = batch
      .map((entry, index) => ({ entry, data: data[index]! }))
      .filter(
        ({ entry, data: item }) =>
          !entry.check || query === null || everyWordExtended(query, wordsAt(item.content, item.locations)),
      );
    results.splice(next, batch.length, ...listed.map(({ entry }) => entry));
    next += listed.length;
    page.push(...listed.map(({ data: item }) => item));
    leftOut += batch.length - listed.length;
    if (leftOut >= MOST_LEFT_OUT) {
      const unchecked = results.slice(next).filter((entry) => !entry.check);
      results.length = next;
      for (const entry of unchecked) results.push(entry);
      leftOut = 0;
    }
  }
  return page;
}

/** A Pagefind instance with every bundle of its engine merged in. */
export interface PagefindEngine {
  search(query: string | null, options: { filters: PagefindFilters }): Promise<{ results: PagefindResult[] }>;
}

/** An engine that searches its first bundle at once and merges in its others when asked. */
export interface LoadingEngine {
  pagefind: PagefindEngine;
  /** How many bundles it has besides the first. */
  others: number;
  /** Merges the other bundles in; searches after it resolves search them all. */
  mergeOthers(): Promise<void>;
}

/** Creates the engine over `bundles` (base paths, the first one's WebAssembly runs it), with its first bundle loaded. */
export type StartEngine = (engine: Engine, bundles: readonly string[]) => Promise<LoadingEngine>;

/** The bundles each engine searches, from the bundle list. */
export function bundlesOf(list: BundleList, engine: Engine): string[] {
  return list.bundles
    .filter((bundle) => engine === 'all' || bundle.kind === engine)
    .map((bundle) => bundle.path);
}

/** The search service over a bundle list; `start` creates each engine the first time it is needed. */
export function createSearchService(loadList: () => Promise<BundleList>, start: StartEngine) {
  let list: Promise<BundleList> | undefined;
  const engines = new Map<Engine, Promise<LoadingEngine | null>>();
  // The merging of each engine's other bundles, once begun.
  const merged = new Map<Engine, Promise<void>>();
  let newest = 0;
  let current:
    { token: number; query: string | null; results: RankedResult[]; complete: boolean } | undefined;

  // A failed load is tried again on the next request (the network may come back).
  const retrying = <T>(promise: Promise<T>, forget: () => void) =>
    promise.catch((error: unknown) => {
      forget();
      throw error;
    });

  async function engine(kind: Engine): Promise<LoadingEngine | null> {
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

  /**
   * The engine to search and whether it searches every bundle: a partial request is answered
   * from the first bundle until the others are being merged; other requests wait for them.
   * A failed merge starts the engine afresh on the next request.
   */
  async function searchable(
    kind: Engine,
    partial: boolean,
  ): Promise<{ pagefind: PagefindEngine | null; complete: boolean }> {
    const loading = await engine(kind);
    if (loading === null) return { pagefind: null, complete: true };
    if (loading.others === 0) return { pagefind: loading.pagefind, complete: true };
    if (partial && !merged.has(kind)) return { pagefind: loading.pagefind, complete: false };
    let merging = merged.get(kind);
    if (merging === undefined) {
      merging = retrying(loading.mergeOthers(), () => {
        merged.delete(kind);
        engines.delete(kind);
      });
      merged.set(kind, merging);
    }
    await merging;
    return { pagefind: loading.pagefind, complete: true };
  }

  async function pageOf(
    results: RankedResult[],
    query: string | null,
    offset: number,
    limit: number,
  ): Promise<ResultData[]> {
    const data = await takePage(results, query, offset, limit);
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
          const { pagefind, complete } = await searchable(request.engine, request.partial);
          const results = pagefind ? await rankedSearch(pagefind, request.query, request.filters) : [];
          // Searches finish in any order: one that a newer search overtook is not kept.
          if (token !== newest) return { token, error: REPLACED };
          current = { token, query: request.query, results, complete };
          // The page first: listing it may take out results, and the count with them.
          const page = await pageOf(results, request.query, 0, request.limit);
          return { token, count: results.length, offset: 0, results: page, complete };
        }
        if (current?.token !== token || token !== newest) return { token, error: REPLACED };
        const { query, results, complete } = current;
        const page = await pageOf(results, query, request.offset, request.limit);
        return { token, count: results.length, offset: request.offset, results: page, complete };
      } catch (error) {
        return { token, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
