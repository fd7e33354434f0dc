/**
 * The data of one outlet (dist/data/outlets/<id>/…): its articles, quotes and framing, the
 * same records as the whole-corpus files, for a reader who wants one outlet without
 * downloading every one (at 10,000 articles articles.json alone is over 100 MB).
 */
import { getArticlesByOutlet, getQuotesByOutlet } from './collections.ts';
import { getFraming } from './framing.ts';
import type { Article, PublishedFraming, PublishedQuote } from '../lib/schema/index.ts';

/** One path per outlet with articles, for the endpoints of dist/data/outlets/<id>/. */
export async function outletDataPaths(): Promise<{ params: { outlet: string } }[]> {
  return [...(await getArticlesByOutlet()).keys()].map((outlet) => ({ params: { outlet } }));
}

/** The articles of one outlet, in source order. */
export async function outletArticles(outlet: string): Promise<Article[]> {
  return (await getArticlesByOutlet()).get(outlet) ?? [];
}

/** The quotes of one outlet, in article order. */
export async function outletQuotes(outlet: string): Promise<PublishedQuote[]> {
  return (await getQuotesByOutlet()).get(outlet) ?? [];
}

/** framing.json for one outlet: the story, themes and facts, its own profile and its articles' profiles. */
export async function outletFraming(
  outlet: string,
): Promise<Omit<PublishedFraming, 'outlets'> & { outlet: PublishedFraming['outlets'][number] }> {
  const { framing } = await getFraming();
  const { outlets, articles, ...rest } = framing;
  const profile = outlets.find((item) => item.id === outlet);
  if (profile === undefined) throw new Error(`no framing profile for the outlet ${outlet}`);
  return { ...rest, outlet: profile, articles: articles.filter((article) => article.outlet?.id === outlet) };
}
