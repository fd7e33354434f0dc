/**
 * How the search page's filters become Pagefind filters, and how the index is split into
 * bundles. No runtime imports: the search page's browser script uses this module too.
 *
 * Why one Pagefind filter per value ("outlet.reuters") rather than one per facet
 * ("outlet"): once a filter is loaded, Pagefind 1.6 counts on every later search how many
 * results each of its values has, by looking up each of the filter's pages in the result
 * list, so a search costs (pages in loaded filters × results). A facet filter lists every
 * record; a value filter lists only its own. At 10,000 articles an outlet filter took
 * 80–190 ms a search as one "outlet" filter and takes a few ms as "outlet.<id>"
 * (BENCHMARKS.md). For the same reason articles and quotes are told apart by one marker
 * that only quotes carry, and which only quote bundles ever load.
 */

/** The search page's filters, as named in its address (`/search/?outlet=…&speaker=…`). */
export const SEARCH_FILTERS = ['type', 'outlet', 'speaker', 'voice'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Filters with one Pagefind filter per value. */
export type Facet = Exclude<SearchFilter, 'type'>;

/** The display value of quotes no rule could attribute. */
export const SPEAKER_NOT_NAMED = 'Speaker not named';

// Kebab-case ids never contain an underscore, so this key can't be an outlet's or a person's.
const NO_VALUE = '_none';

/** The Pagefind filter of one facet value: "outlet.reuters", "speaker._none", "voice.analyst". */
export function facetKey(facet: Facet, id: string | null): string {
  return `${facet}.${id ?? NO_VALUE}`;
}

/** The filter every quote record has and no article page has. */
export const QUOTE_MARKER = 'type.quote';

/** The one value of every filter: the key says it all. */
export const FILTER_VALUE = 'yes';

/** Pagefind's filter object: every key must match; `not` inverts its contents. */
export type PagefindFilters = Record<string, string | Record<string, string>>;

/**
 * The Pagefind filters for a search: each chosen facet value (by its key) and the kind of
 * record. Articles only are "not a quote": a bundle of article pages has no quote marker,
 * so it loads nothing for this, and a quote bundle matches none of its records.
 */
export function toPagefindFilters(
  type: 'article' | 'quote' | null,
  facetKeys: readonly string[],
): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const key of facetKeys) filters[key] = FILTER_VALUE;
  if (type === 'quote') filters[QUOTE_MARKER] = FILTER_VALUE;
  if (type === 'article') filters['not'] = { [QUOTE_MARKER]: FILTER_VALUE };
  return filters;
}

/** The kinds of Pagefind bundle: article pages, and one record per quote. */
export type BundleKind = 'articles' | 'quotes';

/**
 * The most records in one bundle. Pagefind's search time grows with the square of the
 * matches in a bundle (for each matching page it scans every page of the matched words),
 * so a few bundles searched together are faster than one large one; but each bundle costs
 * one more index chunk (~20 KB for article pages) to fetch for every word searched. At
 * 10,000 synthetic articles, four article bundles keep a broad search near 30 ms and under
 * 150 KB. Quotes are short: few of them match a word, and their bundles can be larger.
 */
export const RECORDS_PER_BUNDLE: Readonly<Record<BundleKind, number>> = { articles: 2500, quotes: 12_000 };

/** The primary bundle's base path: its script, worker and WebAssembly search every bundle. */
export const PRIMARY_BUNDLE = '/pagefind/';

/** The search page reads the list of bundles from here. */
export const BUNDLE_LIST_URL = `${PRIMARY_BUNDLE}bundles.json`;

/** What `BUNDLE_LIST_URL` holds. */
export interface BundleList {
  /** Base paths, each ending in "/": the primary bundle first, then the ones merged into it. */
  bundles: string[];
}

/** A planned bundle: where it goes and the items (page paths or quotes) it indexes. */
export interface PlannedBundle<T> {
  kind: BundleKind;
  /** The bundle's base path on the site: `PRIMARY_BUNDLE` for the first, "/pagefind/quotes-2/". */
  path: string;
  items: T[];
}

/** Splits items into the fewest runs of at most `most`, as even as can be, in order. */
export function splitEvenly<T>(items: readonly T[], most: number): T[][] {
  if (items.length === 0) return [];
  const count = Math.ceil(items.length / most);
  return Array.from({ length: count }, (_, index) =>
    items.slice(Math.floor((index * items.length) / count), Math.floor(((index + 1) * items.length) / count)),
  );
}

/**
 * The bundles for a site: its article pages, then its quotes, each in runs of at most
 * `RECORDS_PER_BUNDLE`. The first bundle is the primary one, at /pagefind/.
 */
export function planBundles<A, Q>(
  articles: readonly A[],
  quotes: readonly Q[],
): [PlannedBundle<A>[], PlannedBundle<Q>[]] {
  let first = true;
  const plan = <T>(kind: BundleKind, items: readonly T[]): PlannedBundle<T>[] =>
    splitEvenly(items, RECORDS_PER_BUNDLE[kind]).map((run, index) => {
      const path = first ? PRIMARY_BUNDLE : `${PRIMARY_BUNDLE}${kind}-${index + 1}/`;
      first = false;
      return { kind, path, items: run };
    });
  return [plan('articles', articles), plan('quotes', quotes)];
}
