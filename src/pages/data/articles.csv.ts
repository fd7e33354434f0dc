import { getArticles } from '../../data/collections.ts';
import { toArticlesCsv } from '../../lib/publish.ts';

/** dist/data/articles.csv: one row per article (see README, "Published data"). */
export async function GET() {
  const articles = await getArticles();
  return new Response(toArticlesCsv(articles), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
