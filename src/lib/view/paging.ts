/**
 * Long lists on numbered pages: the first page keeps the list's own address ("/quotes/"),
 * where links and bookmarks already point, and the next ones follow it ("/quotes/page/2/").
 * Values in, values out: site paths, which pages pass through url().
 */
import { formatCount } from './format.ts';

/**
 * Items on one page of a list: the 50. Quotes are the longest items (each shows its
 * whole sentence): the seed's 36 real ones make /quotes/ 19.5 KiB, 4.7 KiB gzipped, so a page
 * of 50 stays near 7 KiB gzipped, far under the 100 KiB a page may weigh; 50 article cards
 * are less (120 synthetic articles: /page/2/ is 3.0 KiB gzipped).
 */
export const PAGE_SIZE = 50;

/** One page of a list, with its place among the others. */
export interface ListPage<T> {
  /** 1 for the first page. */
  number: number;
  pageCount: number;
  items: T[];
  /** 1-based positions of the page's first and last item in the whole list. */
  from: number;
  to: number;
  total: number;
  /** The page's site path, and its neighbours' (null at either end). */
  path: string;
  prev: string | null;
  next: string | null;
  /** The list's first page, which later pages link back to. */
  base: string;
}

/** A numbered link of a page nav, or a gap where pages are left out. */
export type PageLink = { number: number; path: string; current: boolean } | { gap: true };

/** The site path of page `number` of the list at `base`: the base itself for page 1, else "<base>page/N/". */
export function pagePath(base: string, number: number): string {
  if (!base.endsWith('/')) throw new Error(`pagePath: "${base}" must end with "/"`);
  return number === 1 ? base : `${base}page/${number}/`;
}

/** The page (1-based) the item at 0-based `index` falls on. */
export function pageOfIndex(index: number, size = PAGE_SIZE): number {
  return Math.floor(index / size) + 1;
}

/** Splits a list into pages of `size` items; an empty list still has its first page. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`paginate: page size ${size} is not a count`);
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pageCount }, (_, index) => {
    const number = index + 1;
    const start = index * size;
    const pageItems = items.slice(start, start + size);
    return {
      number,
      pageCount,
      items: pageItems,
      from: pageItems.length === 0 ? 0 : start + 1,
      to: start + pageItems.length,
      total: items.length,
      path: pagePath(base, number),
      prev: number > 1 ? pagePath(base, number - 1) : null,
      next: number < pageCount ? pagePath(base, number + 1) : null,
      base,
    };
  });
}

/** The first page of a list at `base`: the one its own page shows. */
export function firstPage<T>(items: readonly T[], base: string, size = PAGE_SIZE): ListPage<T> {
  // paginate always returns at least the first page.
  return paginate(items, base, size)[0]!;
}

/**
 * The static paths of a list's later pages ("<base>page/N/", a route's `[n]`): page 2 on,
 * since the list's own page shows the first. Each path takes the list's own `params` and
 * `props`, with its `n` and its page.
 */
export function continuedPaths<P extends { number: number }, Params extends object, Props extends object>(
  pages: readonly P[],
  params: Params,
  props: Props,
): { params: Params & { n: string }; props: Props & { page: P } }[] {
  return pages.slice(1).map((page) => ({
    params: { ...params, n: String(page.number) },
    props: { ...props, page },
  }));
}

/** "articles 1–50 of 3,000": which items a page shows, with the plural noun given. */
export function describeRange(page: Pick<ListPage<unknown>, 'from' | 'to' | 'total'>, noun: string): string {
  return `${noun} ${formatCount(page.from)}–${formatCount(page.to)} of ${formatCount(page.total)}`;
}

/**
 * The numbered links of a page nav: the first and last page and `around` pages either side
 * of the current one, a gap for each run left out (a gap of one page shows the page instead,
 * as it takes no more room).
 */
export function pageLinks(
  page: Pick<ListPage<unknown>, 'number' | 'pageCount' | 'base'>,
  around = 2,
): PageLink[] {
  const shown = new Set([1, page.pageCount]);
  for (let number = page.number - around; number <= page.number + around; number++) {
    if (number >= 1 && number <= page.pageCount) shown.add(number);
  }
  // A gap that would hide a single page hides nothing worth the gap.
  for (const number of [...shown]) {
    if (shown.has(number + 2) && !shown.has(number + 1)) shown.add(number + 1);
  }
  const links: PageLink[] = [];
  let previous = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    if (number > previous + 1) links.push({ gap: true });
    links.push({ number, path: pagePath(page.base, number), current: number === page.number });
    previous = number;
  }
  return links;
}

/**
 * Where each anchor of a paged list lands: for every key an item carries (a group's anchor),
 * the path of the page with the first such item. Links into the list go through this, so
 * "#speaker-x" leads to the page the speaker's quotes start on.
 */
export function anchorPages<T>(
  items: readonly T[],
  base: string,
  anchorsOf: (item: T) => readonly string[],
  size = PAGE_SIZE,
): Map<string, string> {
  const pages = new Map<string, string>();
  items.forEach((item, index) => {
    for (const anchor of anchorsOf(item)) {
      if (!pages.has(anchor)) pages.set(anchor, pagePath(base, pageOfIndex(index, size)));
    }
  });
  return pages;
}

/** The site path of an anchor in a paged list: "/quotes/page/2/#speaker-x", or on the first page when unknown. */
export function anchorHref(pages: ReadonlyMap<string, string>, base: string, anchor: string): string {
  return `${pages.get(anchor) ?? base}#${anchor}`;
}

/** A group's part of one page of a grouped list; `continued` when the group began on an earlier page. */
export interface PagedGroup<G, T> {
  group: G;
  items: T[];
  continued: boolean;
}

/** One page of a grouped list: its items, and the same items in their groups. */
export type GroupPage<G, T> = ListPage<T> & { groups: PagedGroup<G, T>[] };

interface GroupEntry<G, T> {
  group: G;
  item: T;
  first: boolean;
  /** Groups without items just before this one, shown on its page. */
  before: G[];
}

/** The items of groups in order, each with its group; groups without items ride with the next item. */
function groupEntries<G, T>(
  groups: readonly G[],
  itemsOf: (group: G) => readonly T[],
): { entries: GroupEntry<G, T>[]; trailing: G[] } {
  const entries: GroupEntry<G, T>[] = [];
  let empty: G[] = [];
  for (const group of groups) {
    const items = itemsOf(group);
    if (items.length === 0) empty.push(group);
    items.forEach((item, index) => {
      entries.push({ group, item, first: index === 0, before: index === 0 ? empty : [] });
      if (index === 0) empty = [];
    });
  }
  return { entries, trailing: empty };
}

/** The groups of a run of entries, in order, with the empty groups among them. */
function regroupEntries<G, T>(run: readonly GroupEntry<G, T>[], trailing: readonly G[]): PagedGroup<G, T>[] {
  const groups: PagedGroup<G, T>[] = [];
  for (const entry of run) {
    for (const group of entry.before) groups.push({ group, items: [], continued: false });
    if (groups.at(-1)?.group !== entry.group)
      groups.push({ group: entry.group, items: [], continued: !entry.first });
    groups.at(-1)!.items.push(entry.item);
  }
  for (const group of trailing) groups.push({ group, items: [], continued: false });
  return groups;
}

/**
 * A grouped list on pages of `size` items: a group split by a page break is shown on both
 * pages, marked continued on the second; a group without items (an outlet with no sentence
 * to show) stays where it stands in the order, on the page of the item after it.
 */
export function paginateGroups<G, T>(
  groups: readonly G[],
  itemsOf: (group: G) => readonly T[],
  base: string,
  size = PAGE_SIZE,
): GroupPage<G, T>[] {
  const { entries, trailing } = groupEntries(groups, itemsOf);
  const pages = paginate(entries, base, size);
  return pages.map((page) => ({
    ...page,
    items: page.items.map((entry) => entry.item),
    groups: regroupEntries(page.items, page.number === page.pageCount ? trailing : []),
  }));
}

/** Where each group's anchor lands in a grouped list: the page its first item (or, empty, its place) is on. */
export function groupAnchorPages<G>(
  groups: readonly G[],
  itemsOf: (group: G) => readonly unknown[],
  anchorOf: (group: G) => string,
  base: string,
  size = PAGE_SIZE,
): Map<string, string> {
  const { entries, trailing } = groupEntries(groups, itemsOf);
  const pages = anchorPages(
    entries,
    base,
    (entry) => (entry.first ? [...entry.before, entry.group] : []).map(anchorOf),
    size,
  );
  const last = pagePath(base, Math.max(1, Math.ceil(entries.length / size)));
  for (const group of trailing) pages.set(anchorOf(group), last);
  return pages;
}
