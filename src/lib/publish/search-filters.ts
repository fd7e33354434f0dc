/**
 * How the search page's filters become Pagefind searches, and how the index is split into
 * bundles. No runtime imports: the search page's browser script uses this module too.
 *
 * Pagefind 1.6 makes two things cost more than they seem, and the design avoids both:
 * - Once a filter is loaded, every later search counts how many results each of its
 *   values has, by looking up each of the filter's pages in the result list: a search
 *   costs (pages in loaded filters × results). So each facet value is a filter of its own
 *   ("outlet.reuters"), which lists only its own pages; a filter per facet ("outlet") lists
 *   every record. At 10,000 articles an outlet filter cost 80–190 ms a search as "outlet"
 *   and costs a few ms as "outlet.<id>".
 * - For the same reason there is no filter for the kind of record (it would list every
 *   record of its kind): articles and quotes are in bundles of their own, and the search
 *   worker keeps one engine for each kind and one for both, and asks the one the search
 *   needs (`engineFor`).
 */
import type { VoiceGroup } from '../analysis/index.ts';

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

/** The one value of every filter: the key says it all. */
export const FILTER_VALUE = 'yes';

/**
 * The options of a filter on the search page: each name the address can carry, with the
 * Pagefind filters it stands for, space-separated (two outlets or two people may share a
 * name). In the order given.
 */
export function filterOptions(
  entries: readonly (readonly [name: string, key: string])[],
): [string, string][] {
  const byName = new Map<string, string[]>();
  for (const [name, key] of entries) {
    const keys = byName.get(name) ?? [];
    if (!keys.includes(key)) keys.push(key);
    byName.set(name, keys);
  }
  return [...byName].map(([name, keys]) => [name, keys.join(' ')]);
}

/** The search page's words for each filter, in its `<select>` of the filter's name: its label and the option that chooses nothing. */
export const FILTER_TEXT: Readonly<Record<SearchFilter, { label: string; any: string }>> = {
  type: { label: 'Show', any: 'Articles and quotes' },
  outlet: { label: 'Outlet', any: 'All outlets' },
  speaker: { label: 'Speaker', any: 'Anyone' },
  voice: { label: 'Voice', any: 'Any voice' },
};

/** One option of a filter's list: the value in the address, its text, and its Pagefind filters (`type` has none). */
export interface FilterOption {
  value: string;
  text: string;
  keys?: string;
}

/**
 * The option a value of the address chooses: the one whose value or text it is, or whose
 * Pagefind filters name it by id ("npr" for `outlet.npr`, "vladimir-putin"), in any letter
 * case: the other pages of the site link by id, readers type names.
 */
export function findFilterOption<T extends FilterOption>(
  options: readonly T[],
  value: string,
): T | undefined {
  const wanted = value.trim().toLowerCase();
  if (wanted === '') return undefined;
  const ids = (option: T) => (option.keys ?? '').split(' ').map((key) => key.slice(key.indexOf('.') + 1));
  return (
    options.find((option) => option.value.toLowerCase() === wanted || option.text.toLowerCase() === wanted) ??
    options.find((option) => ids(option).some((id) => id !== '' && id.toLowerCase() === wanted))
  );
}

/**
 * The options of every filter: the kinds of record, then the outlets in the order given,
 * the named speakers alphabetically, and the voices in the order of their groups.
 */
export function searchFilterOptions(
  outlets: readonly { id: string | null; name: string }[],
  voices: readonly VoiceGroup[],
): Record<SearchFilter, FilterOption[]> {
  const toOptions = (pairs: [string, string][]) =>
    pairs.map(([name, keys]) => ({ value: name, text: name, keys }));
  const speakers = filterOptions(
    voices.flatMap((group) =>
      group.speakers.map(
        ({ speaker }) =>
          [speaker?.name ?? SPEAKER_NOT_NAMED, facetKey('speaker', speaker?.id ?? null)] as const,
      ),
    ),
  ).sort(([a], [b]) => a.localeCompare(b, 'en'));
  return {
    type: [
      { value: 'quote', text: 'Quotes only' },
      { value: 'article', text: 'Articles only' },
    ],
    outlet: toOptions(filterOptions(outlets.map((outlet) => [outlet.name, facetKey('outlet', outlet.id)]))),
    speaker: toOptions(speakers),
    voice: toOptions(filterOptions(voices.map((group) => [group.label, facetKey('voice', group.key)]))),
  };
}

/** Pagefind's filter object: every key must hold; `any` holds when one of its objects does, `all` when each does. */
export interface PagefindFilters {
  [key: string]: string | PagefindFilters[];
}

/**
 * The Pagefind filters for the chosen facet values: every choice must hold, and a choice
 * with several keys (two outlets or two people of one name) holds for any of them.
 */
export function toPagefindFilters(choices: readonly (readonly string[])[]): PagefindFilters {
  const filters: PagefindFilters = {};
  const alternatives: PagefindFilters[] = [];
  for (const keys of choices) {
    if (keys.length === 1) filters[keys[0]!] = FILTER_VALUE;
    else if (keys.length > 1) alternatives.push({ any: keys.map((key) => ({ [key]: FILTER_VALUE })) });
  }
  if (alternatives.length > 0) filters['all'] = alternatives;
  return filters;
}

/** The kinds of Pagefind bundle: article pages, and one record per quote. */
export type BundleKind = 'articles' | 'quotes';

/** The search engines of the worker: over the article bundles, the quote bundles, or all. */
export type Engine = BundleKind | 'all';

/**
 * The engine a search needs: articles only, quotes only (a speaker or a voice is chosen,
 * which only quotes have), or both.
 */
export function engineFor(type: 'article' | 'quote' | null, quotesOnlyFacet: boolean): Engine {
  if (type === 'article') return 'articles';
  if (type === 'quote' || quotesOnlyFacet) return 'quotes';
  return 'all';
}

/**
 * The most records in one bundle. Pagefind's search time grows with the square of the
 * matches in a bundle (for each matching page it scans every page of the matched words),
 * so a few bundles searched together are faster than one large one; but each bundle costs
 * one more index chunk (~20 KB for article pages) to fetch for every word searched. At
 * 10,000 synthetic articles, four article bundles keep a broad search near 30 ms and under
 * 150 KB. Quotes are short: few of them match a word, and their bundles can be larger.
 */
export const RECORDS_PER_BUNDLE: Readonly<Record<BundleKind, number>> = { articles: 2500, quotes: 12_000 };

/** The folder of the primary bundle, under the site's base: it holds the Pagefind script every engine runs. */
export const PRIMARY_FOLDER = 'pagefind/';

/** The primary bundle's site path (site-url.ts: the base is added where it is written out). */
export const PRIMARY_BUNDLE = `/${PRIMARY_FOLDER}`;

/** The search page reads the list of bundles from this file of the primary bundle. */
export const BUNDLE_LIST = 'bundles.json';

/** What `BUNDLE_LIST` holds: every bundle, the articles' first (the primary one first of all). */
export interface BundleList {
  bundles: { kind: BundleKind; path: string }[];
}

/** A planned bundle: where it goes and the items (page paths or quotes) it indexes. */
export interface PlannedBundle<T> {
  kind: BundleKind;
  /** The bundle's base path on the site: `PRIMARY_BUNDLE` for the first, "/pagefind/quotes-2/". */
  path: string;
  /** The first bundle of its kind: an engine's first bundle, which carries Pagefind's WebAssembly. */
  first: boolean;
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
 * `RECORDS_PER_BUNDLE`. The first article bundle is the primary one, at /pagefind/; the
 * others are numbered within their kind ("/pagefind/articles-2/", "/pagefind/quotes-1/").
 */
export function planBundles<A, Q>(
  articles: readonly A[],
  quotes: readonly Q[],
): [PlannedBundle<A>[], PlannedBundle<Q>[]] {
  const plan = <T>(kind: BundleKind, items: readonly T[]): PlannedBundle<T>[] =>
    splitEvenly(items, RECORDS_PER_BUNDLE[kind]).map((run, index) => ({
      kind,
      path: kind === 'articles' && index === 0 ? PRIMARY_BUNDLE : `${PRIMARY_BUNDLE}${kind}-${index + 1}/`,
      first: index === 0,
      items: run,
    }));
  return [plan('articles', articles), plan('quotes', quotes)];
}
