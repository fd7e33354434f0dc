/**
 * What the pages read, loaded one way: every article in source order, and every quote as
 * published. Pages format these; they do no analysis of their own. In a production build
 * every page sees the same content, so each is computed once; in dev they are fresh.
 */
import { getCollection } from 'astro:content';
import { countSpeakers, statementsBySpeaker } from '../lib/analysis/index.ts';
import { byInputOrder } from '../lib/view/format.ts';
import { toPublishedQuotes } from '../lib/publish/data-files.ts';
import type { Article, PublishedQuote } from '../lib/schema/index.ts';
import { ingestArticles, pagesReadTheIngest } from '../loaders/sources-loader.ts';

/** Computes once per production build; every time otherwise (in dev, content changes live). */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (!pagesReadTheIngest()) return load();
    cached ??= load();
    return cached;
  };
}

/**
 * Every article, in the order of the sources (file, then position). A build reads the
 * ingest once (from the cache its input check filled); `astro dev` reads the `articles`
 * collection, which follows content/ live.
 */
export const getArticles = oncePerBuild(async (): Promise<Article[]> => {
  const articles = pagesReadTheIngest()
    ? (await ingestArticles(import.meta.env.PROJECT_ROOT)).articles
    : (await getCollection('articles')).map((entry) => entry.data);
  return articles.sort(byInputOrder);
});

/** Every quote of every article, with its outlet and link, in article order. */
export const getQuotes = oncePerBuild(async (): Promise<PublishedQuote[]> =>
  toPublishedQuotes(await getArticles()),
);

/** Items by their outlet's id, in their order; unattributed items are left out. */
function byOutlet<T extends { outlet: { id: string } | null }>(
  items: readonly T[],
): ReadonlyMap<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items) {
    if (item.outlet === null) continue;
    const list = grouped.get(item.outlet.id) ?? [];
    list.push(item);
    grouped.set(item.outlet.id, list);
  }
  return grouped;
}

/** Each outlet's quotes (by outlet id), so a page per outlet or pair does not scan them all. */
export const getQuotesByOutlet = oncePerBuild(async () => byOutlet(await getQuotes()));

/**
 * Each outlet's named speakers (by outlet id), most quoted first: a pair page shows both
 * outlets', and at 69 outlets each outlet's quotes were counted again on 68 of 2,346 pages.
 */
export const getSpeakerCountsByOutlet = oncePerBuild(
  async () =>
    new Map([...(await getQuotesByOutlet())].map(([outlet, quotes]) => [outlet, countSpeakers(quotes)])),
);

/** Each outlet's articles (by outlet id), in source order, for the files and pages of one outlet. */
export const getArticlesByOutlet = oncePerBuild(async () => byOutlet(await getArticles()));

/**
 * Each named speaker's quotes and statements (statementsBySpeaker): grouped once per build for
 * a speaker's first page and its later pages; grouping them on each cost 3.5 s of CPU at
 * 10,000 articles.
 */
export const getStatementsBySpeaker = oncePerBuild(async () => statementsBySpeaker(await getQuotes()));
