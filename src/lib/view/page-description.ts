/**
 * Each page's description: the one line a search result or a shared link shows under the
 * title (`<meta name="description">`, og:description). Plain text of at most 160
 * characters, said from the page's own data: what the page shows, with its key numbers.
 */
import { clipText, countOf, formatDate } from './format.ts';
import type { OutletSummary } from './outlet-summaries.ts';
import { listNames, type FactReach, type ThemeGap, type ThemeReach } from './social-card.ts';
import { formatDayRange } from './timeline.ts';

/** The longest description search engines and link previews show whole. */
export const DESCRIPTION_MAX = 160;

/** `text` of at most `max` characters: whole, or cut at a word boundary with "…". */
export function clipDescription(text: string, max = DESCRIPTION_MAX): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), max);
}

/** The story as the descriptions name it. */
export interface StoryLine {
  title: string;
  start: string;
  end: string;
}

/** "How 5 outlets covered Xi Jinping's state visit to Moscow (20–22 March 2023): …". */
export function describeHome(story: StoryLine, outlets: readonly OutletSummary[]): string {
  const named = outlets.filter((outlet) => outlet.id !== null);
  const articles = outlets.reduce((sum, outlet) => sum + outlet.articles, 0);
  return clipDescription(
    `How ${countOf(named.length, 'outlet')} covered ${story.title} (${formatDayRange(story.start, story.end)}): ` +
      `${countOf(articles, 'article')} compared sentence by sentence, and what differs between them.`,
  );
}

/** /compare/ and /compare/without-opinion/: how many outlets, articles and sentences, and what is set side by side. */
export function describeCompare(
  outlets: readonly { name: string; articles: readonly string[]; units: number }[],
  withoutOpinion: boolean,
): string {
  const articles = outlets.reduce((sum, outlet) => sum + outlet.articles.length, 0);
  const sentences = outlets.reduce((sum, outlet) => sum + outlet.units, 0);
  return clipDescription(
    `${listNames(outlets.map((outlet) => outlet.name))} side by side` +
      `${withoutOpinion ? ', opinion pieces left out' : ''}: ` +
      `${countOf(articles, 'article')}, ${countOf(sentences, 'sentence')}; their themes, facts, voices, words and sources.`,
  );
}

/** A pair page: how the two differ most, then what else it sets side by side. */
export function describePair(left: string, right: string, gap: ThemeGap | null): string {
  const widest =
    gap === null
      ? 'they give every theme the same share of their sentences'
      : `“${gap.label}” took ${gap.left} of ${left}’s sentences and ${gap.right} of ${right}’s`;
  return clipDescription(`How ${left} and ${right} differ: ${widest}; facts, voices, words and sources too.`);
}

/** An outlet page: its articles, sentences and quotes, and the theme it emphasised most. */
export function describeOutlet(
  outlet: Pick<OutletSummary, 'name' | 'articles' | 'sentences'>,
  quotes: number,
  leadingTheme: string | null,
  story: Pick<StoryLine, 'title'>,
): string {
  const lead = leadingTheme === null ? '' : `; its most emphasised theme: “${leadingTheme}”`;
  return clipDescription(
    `How ${outlet.name} covered ${story.title}: ${countOf(outlet.articles, 'article')}, ` +
      `${countOf(outlet.sentences, 'sentence')}, ${countOf(quotes, 'quote')}${lead}.`,
  );
}

/** A theme page: how many sentences and outlets touch it, and who gives it most. */
export function describeTheme(label: string, reach: ThemeReach): string {
  const most =
    reach.leading === null ? '' : `; most in ${reach.leading.name} (${reach.leading.share} of its sentences)`;
  return clipDescription(
    `Sentences touching “${label}”, by outlet: ${reach.sentences} in the own words of ` +
      `${reach.outlets} of ${countOf(reach.of, 'outlet')}${most}.`,
  );
}

/** A fact page: which outlets reported it, and in how many sentences. */
export function describeFact(label: string, reach: FactReach): string {
  const who =
    reach.reporting.length === 0
      ? `none of ${countOf(reach.of, 'outlet')} reported it`
      : `reported by ${reach.reporting.length} of ${countOf(reach.of, 'outlet')} (${listNames(reach.reporting)}) in ${countOf(reach.sentences, 'sentence')}`;
  return clipDescription(`Which outlets mentioned “${label}”: ${who}.`);
}

/** The timeline: who reported first and how long coverage ran (describeTimeline's sentence). */
export function describeTimelinePage(summary: string | null): string {
  return clipDescription(`When each outlet published: ${summary ?? 'no article has a known date.'}`);
}

/** An article page: its outlet, date and length, then its teaser. */
export function describeArticle(
  outlet: string,
  published: string | null,
  sentences: number,
  teaser: string,
): string {
  const date = published === null ? '' : `, ${formatDate(published)}`;
  return clipDescription(`${outlet}${date}, ${countOf(sentences, 'sentence')}: ${teaser}`);
}
