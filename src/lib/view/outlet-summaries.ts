/**
 * Summaries the pages show, computed from article records.
 */
import type { Article } from '../schema/index.ts';
import { countSentences } from './sentence-count.ts';

export interface OutletSummary {
  /** null for the articles no outlet could be given. */
  id: string | null;
  name: string;
  registered: boolean;
  articles: number;
  /** Sentences of those articles, teasers included (countSentences). */
  sentences: number;
}

/** Outlets with their article and sentence counts, most articles first, then by name; unattributed last. */
export function summariseOutlets(articles: readonly Article[]): OutletSummary[] {
  const byId = new Map<string | null, OutletSummary>();
  for (const article of articles) {
    const key = article.outlet?.id ?? null;
    const summary = byId.get(key) ?? {
      id: key,
      name: article.outlet?.name ?? 'Unattributed',
      registered: article.outlet?.registered ?? false,
      articles: 0,
      sentences: 0,
    };
    summary.articles++;
    summary.sentences += countSentences([article]);
    byId.set(key, summary);
  }
  return [...byId.values()].sort((a, b) => {
    if ((a.id === null) !== (b.id === null)) return a.id === null ? 1 : -1;
    return b.articles - a.articles || a.name.localeCompare(b.name, 'en');
  });
}
