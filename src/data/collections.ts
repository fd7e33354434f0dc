/**
 * What the pages read, loaded one way: every article in source order, and every quote as
 * published. Pages format these; they do no analysis of their own. In a production build
 * every page sees the same content, so each is computed once; in dev they are fresh.
 */
import { getCollection } from 'astro:content';
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

/** Each outlet's quotes (by outlet id), so a page per outlet or pair does not scan them all. */
export const getQuotesByOutlet = oncePerBuild(async (): Promise<ReadonlyMap<string, PublishedQuote[]>> => {
  const byOutlet = new Map<string, PublishedQuote[]>();
  for (const quote of await getQuotes()) {
    if (quote.outlet === null) continue;
    const list = byOutlet.get(quote.outlet.id) ?? [];
    list.push(quote);
    byOutlet.set(quote.outlet.id, list);
  }
  return byOutlet;
});
