import { getCollection } from 'astro:content';
import { compareArticles } from '../../lib/format.ts';
import { toArticlesCsv } from '../../lib/publish.ts';

/** dist/data/articles.csv: one row per article (see README, "Published data"). */
export async function GET() {
  const articles = (await getCollection('articles')).map((entry) => entry.data).sort(compareArticles);
  return new Response(toArticlesCsv(articles), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
