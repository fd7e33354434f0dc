import { getCollection } from 'astro:content';
import { compareArticles } from '../../lib/format.ts';
import { toQuotesJson } from '../../lib/publish.ts';

/** dist/data/quotes.json: every quote with its outlet, speaker and link (see README, "Published data"). */
export async function GET() {
  const articles = (await getCollection('articles')).map((entry) => entry.data).sort(compareArticles);
  return new Response(toQuotesJson(articles), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
