import { getArticles } from '../../data/collections.ts';
import { toQuotesCsv } from '../../lib/publish.ts';

/** dist/data/quotes.csv: every quote with its outlet, speaker and link (see README, "Published data"). */
export async function GET() {
  const articles = await getArticles();
  return new Response(toQuotesCsv(articles), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
