/**
 * What a sentence count on a page counts, defined once. Every page that says "13 sentences"
 * (article cards, the article page, the outlet lists, the framing profile, the compare, pair,
 * theme and fact pages, the methodology) gets its number here.
 *
 * An article's sentences are its headline (when one is known and is not also its teaser), its
 * teaser and each sentence of its body: the text units the framing analysis reads
 * (`article.framing.units`). The headline and teaser are counted because they are text the
 * outlet published, it is shown on the card and the article page, themes and facts are found in
 * it (evidence links to `#<article id>-teaser`), and every share on the site ("5 of 26
 * sentences") is out of these units: a count without it (the seed's CNN article: 12 body
 * sentences, 13 units before headlines were read, 14 now) would not be the base of the shares
 * beside it. A teaser counts as one, even when it holds two sentences.
 */
import type { Article, FramingProfile } from '../schema/index.ts';

/** Something whose sentences are counted: an article, or a framing profile of articles (an outlet's). */
export type Counted = Pick<Article, 'framing'> | Pick<FramingProfile, 'units'>;

/** Whether an article's headline is one of the units counted (a known headline, not also its teaser). */
export function countsHeadline(article: Pick<Article, 'framing' | 'sentences'>): boolean {
  return article.framing.units > article.sentences.length + 1;
}

/** The sentences of articles or profiles, headlines and teasers included: the count every page shows. */
export function countSentences(counted: readonly Counted[]): number {
  return counted.reduce((sum, item) => sum + ('framing' in item ? item.framing.units : item.units), 0);
}
