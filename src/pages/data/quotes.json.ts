import { getArticles } from '../../data/collections.ts';
import { toQuotesJson } from '../../lib/publish.ts';

/** dist/data/quotes.json: every quote with its outlet, speaker and link (see README, "Published data"). */
export async function GET() {
  const articles = await getArticles();
  return new Response(toQuotesJson(articles), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
