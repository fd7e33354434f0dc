/**
 * What each page's social card says: the image a link to the page shows where it is shared
 * (Open Graph, Twitter), rendered at build time when the site knows its address (SITE_URL).
 * A card is the page's title, a line of context and at most three key numbers, each a number
 * the page itself shows.
 *
 * Which pages have a card of their own: the home page, /compare/ (and without opinion), each
 * outlet, theme and fact page, the timeline, and the pairs of the 12 outlets with the most
 * sentences. A card costs ~65 ms to render (satori ~26 ms, resvg ~18 ms, PNG encoding
 * ~24 ms, on this 2-core machine), so one per article would add ~11 minutes to a build of
 * 10,000 articles: an article page shows its outlet's card, and the other pages the home's.
 * A pair page and its mirror (/compare/a-vs-b/ and /compare/b-vs-a/) share one card; a card
 * for every pair was O(outlets²): the synthetic 1,000 articles name 69 outlets, 2,346
 * pairs, and their 2,444 cards took its build with SITE_URL from 74 s to 268 s. Pairs of
 * the 12 outlets (66 cards, at any scale) keep the cost bounded (the same 1,000 articles:
 * 164 cards, 108 s → 126 s); the others show the /compare/ card, under their own title
 * and description.
 */
import {
  compareProfiles,
  leadingOutlet,
  outletsReporting,
  themeGapPoints,
  widestThemeGap,
} from '../analysis/index.ts';
import type { Fact, FramingProfile, Theme } from '../schema/index.ts';
import { formatShare } from './chart.ts';
import type { OutletSummary } from './outlet-summaries.ts';
import type { Timeline } from './timeline.ts';
import { formatDayRange, joinNames } from './timeline.ts';
import { pairPath } from './pairs.ts';
import { formatCount } from './format.ts';

/** The site's name, at the foot of every card and in every page's title. */
export const SITE_NAME = 'Summit coverage';

/** The size of every card: what Open Graph and Twitter's large summary card show uncropped. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** One key number of a card: "14" over "sentences". */
export interface CardFigure {
  value: string;
  label: string;
}

/** What one card shows. */
export interface SocialCard {
  /** The card's own site path: "/cards/compare/cnn-vs-npr.png". */
  path: string;
  /** The kind of page, above the title: "Two outlets compared". */
  kicker: string;
  title: string;
  /** At most three key numbers. */
  figures: CardFigure[];
  /** One line under the numbers, or null. */
  note: string | null;
}

/** An outlet's framing profile with its id and name, as framing.json publishes it. */
export type OutletProfile = FramingProfile & { id: string; name: string };

/** A figure whose label agrees with its number: "1 article", "3 articles". */
function figure(count: number, singular: string, plural = `${singular}s`): CardFigure {
  return { value: formatCount(count), label: count === 1 ? singular : plural };
}

/**
 * The site path of a page's card: "/" → "/cards/home.png", "/compare/" → "/cards/compare.png",
 * "/compare/cnn-vs-npr/" → "/cards/compare/cnn-vs-npr.png".
 */
export function cardPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `/cards/${trimmed === '' ? 'home' : trimmed}.png`;
}

/** How many outlets' pairs have a card of their own: the 12 with the most sentences, 66 pairs. */
export const PAIR_CARD_OUTLETS = 12;

/**
 * The outlets whose pairs have a card of their own, in the order given: the
 * PAIR_CARD_OUTLETS with the most sentences (then by id), the pairs most worth sharing.
 */
export function outletsWithPairCards(outlets: readonly OutletProfile[], limit = PAIR_CARD_OUTLETS): string[] {
  const top = new Set(
    [...outlets]
      .sort((a, b) => b.units - a.units || a.id.localeCompare(b.id, 'en'))
      .slice(0, limit)
      .map((outlet) => outlet.id),
  );
  return outlets.filter((outlet) => top.has(outlet.id)).map((outlet) => outlet.id);
}

/**
 * The card a pair page shows: its pair's, one for both orders, named and drawn as the pair's
 * page is (ids in alphabetical order, pairs.ts), or /compare/'s when the pair has none
 * (`carded`, from outletsWithPairCards).
 */
export function pairCardPath(leftId: string, rightId: string, carded: readonly string[]): string {
  if (!carded.includes(leftId) || !carded.includes(rightId)) return cardPath('/compare/');
  return cardPath(pairPath(leftId, rightId));
}

/**
 * Names for one line of at most `max` characters: "CNN, NPR and The Guardian" when they
 * fit, else as many as fit and the rest counted, "CNN, NPR and 3 more".
 */
export function listNames(names: readonly string[], max = 60): string {
  const all = joinNames(names);
  if (all.length <= max) return all;
  for (let shown = names.length - 1; shown > 0; shown--) {
    const line = `${names.slice(0, shown).join(', ')} and ${formatCount(names.length - shown)} more`;
    if (line.length <= max) return line;
  }
  return `${formatCount(names.length)} outlets`;
}

/** A card naming the story in its kicker, "Two outlets compared · <story>": a card is seen away from the site. */
export function inStory(card: SocialCard, story: { title: string }): SocialCard {
  return { ...card, kicker: `${card.kicker} · ${story.title}` };
}

/** The home page's card: the story and its days, its outlets, articles and quotes. */
export function homeCard(
  story: { title: string; start: string; end: string },
  outlets: readonly OutletSummary[],
  quotes: number,
): SocialCard {
  const named = outlets.filter((outlet) => outlet.id !== null);
  return {
    path: cardPath('/'),
    kicker: `One story, many outlets · ${formatDayRange(story.start, story.end)}`,
    title: story.title,
    figures: [
      figure(named.length, 'outlet'),
      figure(
        outlets.reduce((sum, outlet) => sum + outlet.articles, 0),
        'article',
      ),
      figure(quotes, 'quote'),
    ],
    note: named.length === 0 ? null : listNames(named.map((outlet) => outlet.name)),
  };
}

/** The card of /compare/ (or /compare/without-opinion/): the outlets, their articles and sentences. */
export function compareCard(outlets: readonly OutletProfile[], withoutOpinion: boolean): SocialCard {
  return {
    path: cardPath(withoutOpinion ? '/compare/without-opinion/' : '/compare/'),
    kicker: withoutOpinion ? 'Opinion left out' : 'The outlets compared',
    title: `How ${outlets.length === 1 ? 'one outlet' : `${formatCount(outlets.length)} outlets`} covered the story`,
    figures: [
      figure(outlets.length, 'outlet'),
      figure(
        outlets.reduce((sum, outlet) => sum + outlet.articles.length, 0),
        'article',
      ),
      figure(
        outlets.reduce((sum, outlet) => sum + outlet.units, 0),
        'sentence',
      ),
    ],
    note: outlets.length === 0 ? null : listNames(outlets.map((outlet) => outlet.name)),
  };
}

/** The theme two outlets' narration weighs most differently, with each side's share; null when they agree. */
export interface ThemeGap {
  label: string;
  /** Percentage points between the two shares, always ≥ 0. */
  points: number;
  left: string;
  right: string;
}

/** The widest theme gap between two outlets, as the pair page's first row shows it. */
export function pairThemeGap(
  left: OutletProfile,
  right: OutletProfile,
  themes: readonly Theme[],
): ThemeGap | null {
  const widest = widestThemeGap(compareProfiles(left, right).themes);
  if (widest === undefined) return null;
  const label = themes.find((theme) => theme.id === widest.key)?.label ?? widest.key;
  return {
    label,
    points: Math.abs(themeGapPoints(widest)),
    left: formatShare(widest.left?.narration.share ?? 0),
    right: formatShare(widest.right?.narration.share ?? 0),
  };
}

/** A pair page's card: the two outlets, their sentences and their widest theme gap. */
export function pairCard(
  left: OutletProfile,
  right: OutletProfile,
  themes: readonly Theme[],
  carded: readonly string[],
): SocialCard {
  const gap = pairThemeGap(left, right, themes);
  return {
    path: pairCardPath(left.id, right.id, carded),
    kicker: 'Two outlets compared',
    title: `${left.name} and ${right.name}`,
    figures: [
      figure(left.units, `sentence in ${left.name}`, `sentences in ${left.name}`),
      figure(right.units, `sentence in ${right.name}`, `sentences in ${right.name}`),
      ...(gap === null ? [] : [{ value: `${gap.points} points`, label: `gap on “${gap.label}”` }]),
    ],
    note:
      gap === null
        ? 'The two give every theme the same share of their sentences'
        : `“${gap.label}”: ${gap.left} of ${left.name}’s sentences, ${gap.right} of ${right.name}’s`,
  };
}

/** An outlet page's card: its articles, sentences and quotes. */
export function outletCard(
  outlet: Pick<OutletSummary, 'name' | 'articles' | 'sentences'> & { id: string },
  quotes: number,
  leadingTheme: string | null,
): SocialCard {
  return {
    path: cardPath(`/outlets/${outlet.id}/`),
    kicker: 'One outlet',
    title: outlet.name,
    figures: [
      figure(outlet.articles, 'article'),
      figure(outlet.sentences, 'sentence'),
      figure(quotes, 'quote'),
    ],
    note: leadingTheme === null ? null : `Its most emphasised theme: “${leadingTheme}”`,
  };
}

/** How far a theme reaches in the outlets' own words: sentences, outlets, and who gives it most. */
export interface ThemeReach {
  sentences: number;
  outlets: number;
  of: number;
  /** The outlet whose narration gives it the largest share, with that share ("36%"); null when none touches it. */
  leading: { name: string; share: string } | null;
}

/** The reach of a theme over the outlets' narration (the theme page's groups and the matrix's row). */
export function themeReach(themeId: string, outlets: readonly OutletProfile[]): ThemeReach {
  const units = (outlet: OutletProfile) =>
    outlet.themes.find((score) => score.theme === themeId)?.narration.units ?? 0;
  const leading = leadingOutlet(outlets, themeId);
  return {
    sentences: outlets.reduce((sum, outlet) => sum + units(outlet), 0),
    outlets: outlets.filter((outlet) => units(outlet) > 0).length,
    of: outlets.length,
    leading:
      leading === undefined
        ? null
        : { name: leading.outlet.name, share: formatShare(leading.score.narration.share) },
  };
}

/** A theme page's card: the outlets and sentences that touch it, and who gives it most. */
export function themeCard(theme: Pick<Theme, 'id' | 'label'>, outlets: readonly OutletProfile[]): SocialCard {
  const reach = themeReach(theme.id, outlets);
  return {
    path: cardPath(`/themes/${theme.id}/`),
    kicker: 'Theme',
    title: theme.label,
    figures: [
      figure(reach.sentences, 'sentence in the outlets’ own words', 'sentences in the outlets’ own words'),
      { value: `${formatCount(reach.outlets)} of ${formatCount(reach.of)}`, label: 'outlets touch it' },
    ],
    note:
      reach.leading === null
        ? 'No outlet’s own words touch it'
        : `Most in ${reach.leading.name}: ${reach.leading.share} of its sentences`,
  };
}

/** Which outlets reported a fact, and in how many sentences. */
export interface FactReach {
  /** The names of the outlets that reported it, in the order given. */
  reporting: string[];
  of: number;
  sentences: number;
}

/** The reach of a key fact over the outlets (the fact page's groups and the matrix's row). */
export function factReach(factId: string, outlets: readonly OutletProfile[]): FactReach {
  const reporting = outletsReporting(outlets, factId);
  return {
    reporting: reporting.map((outlet) => outlet.name),
    of: outlets.length,
    sentences: reporting.reduce(
      (sum, outlet) => sum + (outlet.facts.find((score) => score.fact === factId)?.units ?? 0),
      0,
    ),
  };
}

/** A fact page's card: how many outlets reported it, in how many sentences, and which. */
export function factCard(fact: Pick<Fact, 'id' | 'label'>, outlets: readonly OutletProfile[]): SocialCard {
  const reach = factReach(fact.id, outlets);
  return {
    path: cardPath(`/facts/${fact.id}/`),
    kicker: 'Key fact',
    title: fact.label,
    figures: [
      {
        value: `${formatCount(reach.reporting.length)} of ${formatCount(reach.of)}`,
        label: 'outlets reported it',
      },
      figure(reach.sentences, 'sentence'),
    ],
    note:
      reach.reporting.length === 0 ? 'No outlet reported it' : `Reported by ${listNames(reach.reporting)}`,
  };
}

/** The timeline's card: the days coverage ran, the dated articles, and who reported first. */
export function timelineCard(timeline: Timeline): SocialCard {
  const dated = timeline.dated.length;
  return {
    path: cardPath('/timeline/'),
    kicker: 'Timeline',
    title: 'When each outlet reported',
    figures: [
      ...(timeline.days === null ? [] : [figure(timeline.days, 'day')]),
      figure(dated, 'dated article'),
      figure(timeline.undated.length, 'without a date', 'without a date'),
    ],
    note:
      timeline.first === null || timeline.last === null
        ? 'No article has a known date'
        : `${listNames(timeline.firstOutlets)} first; ${formatDayRange(timeline.first, timeline.last)}`,
  };
}
