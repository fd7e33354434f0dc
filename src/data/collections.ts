/**
 * What the pages read, loaded one way: every article in source order, and every quote as
 * published. Pages format these; they do no analysis of their own.
 */
import { getCollection } from 'astro:content';
import { compareArticles } from '../lib/format.ts';
import { toPublishedQuotes } from '../lib/publish.ts';
import type { Article, PublishedQuote } from '../lib/schema.ts';

/** Every article, in the order of the sources (file, then position). */
export async function getArticles(): Promise<Article[]> {
  return (await getCollection('articles')).map((entry) => entry.data).sort(compareArticles);
}

/** Every quote of every article, with its outlet and link, in article order. */
export async function getQuotes(): Promise<PublishedQuote[]> {
  return toPublishedQuotes(await getArticles());
}
