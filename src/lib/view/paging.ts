/**
 * Long lists on numbered pages: the first page keeps the list's own address ("/quotes/"),
 * the next ones follow it ("/quotes/page/2/"), so a page's address never changes while the
 * list grows at its end. Values in, values out: site paths, which pages pass through url().
 */
import { formatCount } from './social-card.ts';

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
