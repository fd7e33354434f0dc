import { getArticles } from '../../data/collections.ts';
import { toArticlesJson } from '../../lib/publish.ts';

/** dist/data/articles.json: every article record (see README, "Published data"). */
export async function GET() {
  const articles = await getArticles();
  return new Response(toArticlesJson(articles), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
