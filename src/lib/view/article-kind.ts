/**
 * What kind of piece an article is (news, opinion, analysis), from the section its page or
 * sidecar names. A comparison that mixes an opinion piece with news reads a columnist's view as
 * the outlet's coverage, so every card, table and pair page says which is which.
 */
import type { Article } from '../schema/index.ts';

export const articleKinds = ['news', 'opinion', 'analysis'] as const;

/** A kind of piece. */
export type ArticleKind = (typeof articleKinds)[number];

// Section names outlets give their opinion and analysis pieces (The Guardian "Comment is free",
// "Opinion", NYT "Op-Ed", wires "Column", "Analysis", "News analysis", "Explainer").
const OPINION =
  /\b(opinion|comment(ary|s)?|comment is free|op-?ed|editorials?|columns?|columnists?|views?|letters?)\b/iu;
const ANALYSIS = /\b(analysis|explainers?|fact ?check|in depth|the big picture)\b/iu;

/**
 * The kind of an article: opinion or analysis when its section says so; news otherwise,
 * including when no section is given (the collection's default, said on the methodology page).
 */
export function articleKind(article: Pick<Article, 'section'>): ArticleKind {
  const section = article.section ?? '';
  if (OPINION.test(section)) return 'opinion';
  if (ANALYSIS.test(section)) return 'analysis';
  return 'news';
}

/** "Opinion", for a label. */
export const ARTICLE_KIND_LABELS: Record<ArticleKind, string> = {
  news: 'News',
  opinion: 'Opinion',
  analysis: 'Analysis',
};

/** "1 opinion piece" / "2 analysis pieces" among an outlet's articles, for a note; empty for news only. */
export function describeKinds(articles: readonly Pick<Article, 'section'>[]): string {
  const counts = new Map<ArticleKind, number>();
  for (const article of articles) {
    const kind = articleKind(article);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return (['opinion', 'analysis'] as const)
    .filter((kind) => counts.has(kind))
    .map((kind) => `${counts.get(kind)} ${kind} ${counts.get(kind) === 1 ? 'piece' : 'pieces'}`)
    .join(' and ');
}
