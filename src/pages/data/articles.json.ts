import { getCollection } from 'astro:content';
import { compareArticles } from '../../lib/format.ts';
import { toArticlesJson } from '../../lib/publish.ts';

/** dist/data/articles.json: every article record (see README, "Published data"). */
export async function GET() {
  const articles = (await getCollection('articles')).map((entry) => entry.data).sort(compareArticles);
  return new Response(toArticlesJson(articles), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
