/**
 * When each article was published, by outlet: the rows of /timeline/. Dates are days
 * (`YYYY-MM-DD`; no source gives a time), so "first" means "on the earliest day", and
 * outlets that published on the same day are first together. Articles without a date are
 * kept in a list of their own, never dropped.
 */
import type { Article } from '../schema/index.ts';
import { displayTitle, formatDate, outletLabel } from './format.ts';

/** One article on the timeline. */
export interface TimelineArticle {
  id: string;
  href: string;
  title: string;
  /** The outlet's display name, "Unattributed" for none. */
  outlet: string;
  /** `YYYY-MM-DD`, or null when no sidecar or page metadata gives it. */
  published: string | null;
}

/** One outlet's dated articles, earliest first, and the days they cover. */
export interface TimelineRow {
  /** The outlet's id; null for the unattributed articles. */
  id: string | null;
  name: string;
  articles: (TimelineArticle & { published: string })[];
  first: string;
  last: string;
  /** Calendar days from first to last, both counted: 1 when every article is of one day. */
  days: number;
}

/** The timeline of a set of articles. */
export interface Timeline {
  /** Outlets by their first day, then their last, then name; the unattributed articles last. */
  rows: TimelineRow[];
  /** The earliest and latest day of any article; null when no article has a date. */
  first: string | null;
  last: string | null;
  days: number | null;
  /** The outlets that published on the first day, in the order of `rows`. */
  firstOutlets: string[];
  /** Every dated article, earliest first; of one day, in the order of `rows`. */
  dated: TimelineRow['articles'];
  /** The articles with no known date, in the order given. */
  undated: TimelineArticle[];
}

const DAY_MS = 86_400_000;

function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

/** Calendar days from `first` to `last` (`YYYY-MM-DD`), both counted: 1 for the same day. */
export function countDays(first: string, last: string): number {
  return dayNumber(last) - dayNumber(first) + 1;
}

/** Every day from `first` to `last`, both included, as `YYYY-MM-DD`. */
export function listDays(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = dayNumber(first); day <= dayNumber(last); day += 1) {
    days.push(new Date(day * DAY_MS).toISOString().slice(0, 10));
  }
  return days;
}

// Plain code-unit order, not localeCompare: the build must not depend on the machine's locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Each outlet's dated articles with its first and last day, the overall span, and the undated articles. */
export function buildTimeline(articles: readonly Article[]): Timeline {
  const byOutlet = new Map<string | null, TimelineRow['articles']>();
  const names = new Map<string | null, string>();
  const undated: TimelineArticle[] = [];
  for (const article of articles) {
    const entry: TimelineArticle = {
      id: article.id,
      href: article.href,
      title: displayTitle(article),
      outlet: outletLabel(article),
      published: article.published,
    };
    if (entry.published === null) {
      undated.push(entry);
      continue;
    }
    const key = article.outlet?.id ?? null;
    names.set(key, entry.outlet);
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), { ...entry, published: entry.published }]);
  }
  const rows: TimelineRow[] = [...byOutlet].map(([id, dated]) => {
    // A stable sort: articles of one day keep the order given.
    const sorted = dated.toSorted((a, b) => compare(a.published, b.published));
    const first = sorted[0]!.published;
    const last = sorted.at(-1)!.published;
    return { id, name: names.get(id)!, articles: sorted, first, last, days: countDays(first, last) };
  });
  rows.sort(
    (a, b) =>
      Number(a.id === null) - Number(b.id === null) ||
      compare(a.first, b.first) ||
      compare(a.last, b.last) ||
      compare(a.name, b.name),
  );
  const dates = rows.flatMap((row) => [row.first, row.last]).sort(compare);
  const first = dates[0] ?? null;
  const last = dates.at(-1) ?? null;
  return {
    rows,
    first,
    last,
    days: first !== null && last !== null ? countDays(first, last) : null,
    firstOutlets: rows.filter((row) => row.first === first).map((row) => row.name),
    dated: rows.flatMap((row) => row.articles).toSorted((a, b) => compare(a.published, b.published)),
    undated,
  };
}

/** "22 March", "22 March 2023" with the year. */
function dayAndMonth(isoDate: string, withYear: boolean): string {
  const full = formatDate(isoDate)!;
  return withYear ? full : full.slice(0, full.lastIndexOf(' '));
}

/**
 * Two days as a range a reader says: "22 March 2023", "22–23 March 2023",
 * "31 March – 2 April 2023", "30 December 2022 – 2 January 2023".
 */
export function formatDayRange(first: string, last: string): string {
  if (first === last) return formatDate(first)!;
  const [firstYear, firstMonth] = first.split('-');
  const [lastYear, lastMonth] = last.split('-');
  if (firstYear !== lastYear) return `${formatDate(first)} – ${formatDate(last)}`;
  if (firstMonth !== lastMonth) return `${dayAndMonth(first, false)} – ${formatDate(last)}`;
  return `${Number(first.slice(8))}–${formatDate(last)}`;
}

/** "A, B and C": names joined for a sentence. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Who reported first and how long coverage ran, in a sentence: "CNN and NPR first, on
 * 22 March 2023; coverage ran 22–23 March 2023 (2 days)." Null when no article has a date.
 */
export function describeTimeline(
  timeline: Pick<Timeline, 'first' | 'last' | 'days' | 'firstOutlets'>,
): string | null {
  const { first, last, days, firstOutlets } = timeline;
  if (first === null || last === null || days === null) return null;
  const lead = `${joinNames(firstOutlets)} first, on ${formatDate(first)}`;
  if (days === 1) return `${lead}; every dated article is of that day.`;
  return `${lead}; coverage ran ${formatDayRange(first, last)} (${days} days).`;
}
