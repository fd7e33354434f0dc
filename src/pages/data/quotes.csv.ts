import { getCollection } from 'astro:content';
import { compareArticles } from '../../lib/format.ts';
import { toQuotesCsv } from '../../lib/publish.ts';

/** dist/data/quotes.csv: every quote with its outlet, speaker and link (see README, "Published data"). */
export async function GET() {
  const articles = (await getCollection('articles')).map((entry) => entry.data).sort(compareArticles);
  return new Response(toQuotesCsv(articles), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
