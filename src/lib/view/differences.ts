/**
 * The sharpest differences between outlets, for the home page: each a sentence with its
 * numbers, the base it rests on, and a link to the page that shows its sentences. Written by
 * rules from the published framing and quotes, never a claim the evidence pages cannot back:
 * every number here is one the linked page shows.
 */
import { countSpeakers, factsOnlyOneReported, speakerAnchor, themeGapPoints } from '../analysis/index.ts';
import type { Fact, PublishedFraming, PublishedQuote, Theme } from '../schema/index.ts';
import { shareWithBase, SMALL_BASE } from './chart.ts';
import { countOf } from './format.ts';
import { pairPath } from './pairs.ts';
import { quoteAnchorHref } from './quote-pages.ts';

type Outlet = PublishedFraming['outlets'][number];

/** One difference between outlets, as the home page states it. */
export interface Difference {
  /** The sentence, numbers and bases included. */
  text: string;
  /** The page (and anchor) whose sentences back it. */
  href: string;
  /** Set when it rests on fewer than SMALL_BASE sentences or words: "based on 6 sentences". */
  caveat: string | null;
}

const few = (counts: readonly number[], noun: string): string | null => {
  const smallest = Math.min(...counts);
  return smallest < SMALL_BASE ? `based on ${countOf(smallest, noun)}: too few to be sure` : null;
};

/**
 * The widest gap in a theme's share between two outlets, preferring outlets with at least
 * SMALL_BASE sentences (a gap between small bases may be one sentence).
 */
export function widestGap(outlets: readonly Outlet[], themes: readonly Theme[]): Difference | null {
  const solid = outlets.filter((outlet) => outlet.units >= SMALL_BASE);
  const pool = solid.length >= 2 ? solid : outlets;
  let best: { points: number; left: Outlet; right: Outlet; theme: string } | null = null;
  for (const left of pool) {
    for (const right of pool) {
      for (const score of left.themes) {
        const other = right.themes.find((candidate) => candidate.theme === score.theme) ?? null;
        const points = themeGapPoints({ left: score, right: other });
        if (points > (best?.points ?? 0)) best = { points, left, right, theme: score.theme };
      }
    }
  }
  if (best === null) return null;
  const { left, right, theme } = best;
  const label = themes.find((candidate) => candidate.id === theme)?.label ?? theme;
  const unitsOf = (outlet: Outlet) =>
    outlet.themes.find((score) => score.theme === theme)?.narration.units ?? 0;
  return {
    text: `“${label}” took ${shareWithBase(unitsOf(left), left.units)} of ${left.name}’s sentences and ${shareWithBase(unitsOf(right), right.units)} of ${right.name}’s, a gap of ${best.points} points.`,
    href: `${pairPath(left.id, right.id)}#themes`,
    caveat: few([left.units, right.units], 'sentence'),
  };
}

/** The fact only one outlet's collected text mentions, in the most sentences. */
export function onlyOneReported(outlets: readonly Outlet[], facts: readonly Fact[]): Difference | null {
  const unitsOf = (outlet: Outlet, fact: string) =>
    outlet.facts.find((score) => score.fact === fact)?.units ?? 0;
  const [top] = factsOnlyOneReported(facts, outlets).sort(
    (a, b) => unitsOf(b.outlet, b.fact.id) - unitsOf(a.outlet, a.fact.id),
  );
  if (top === undefined) return null;
  const units = unitsOf(top.outlet, top.fact.id);
  const others = outlets.length - 1;
  return {
    text: `Only ${top.outlet.name} mentions “${top.fact.label}” (${countOf(units, 'sentence')}); the collected text of the ${others === 1 ? 'other outlet' : `other ${others} outlets`} does not.`,
    href: `/facts/${top.fact.id}/`,
    caveat: few([top.outlet.units], 'sentence'),
  };
}

/**
 * Whom outlets quoted most: the most-quoted speaker of the outlet with the most quotes and of
 * the next outlet whose most-quoted speaker is someone else; the first alone when all agree.
 * Speakers quoted equally often are taken in name order, as countSpeakers orders them.
 */
export function quotedMost(outlets: readonly Outlet[], quotes: readonly PublishedQuote[]): Difference | null {
  const tops = outlets
    .map((outlet) => {
      const own = quotes.filter((quote) => quote.outlet?.id === outlet.id);
      return { outlet, own, total: own.length, top: countSpeakers(own)[0] };
    })
    .filter((row) => row.top !== undefined && row.top.count >= 2)
    .sort((a, b) => b.total - a.total);
  const [a] = tops;
  if (a === undefined) return null;
  // The contrast is the finding: the next outlet whose most-quoted speaker is someone else.
  const b = tops.find((row) => row.top!.speaker.id !== a.top!.speaker.id);
  const clause = (row: typeof a) =>
    `${row.outlet.name} quoted ${row.top!.speaker.name} most (${row.top!.count} of its ${row.total} quotes)`;
  const contrast = b !== undefined;
  return {
    text: contrast ? `${clause(a)}; ${clause(b)}.` : `${clause(a)}.`,
    // The speaker's quotes may start on a later page of the outlet's quotes.
    href: quoteAnchorHref(a.own, `/quotes/${a.outlet.id}/`, speakerAnchor(a.top!.speaker)),
    caveat: few(contrast ? [a.total, b.total] : [a.total], 'quote'),
  };
}

/** The outlet whose own narration used evaluative words most often, per 1,000 words. */
export function mostEvaluative(outlets: readonly Outlet[]): Difference | null {
  const rate = (outlet: Outlet) => outlet.valence.positivePerThousand + outlet.valence.negativePerThousand;
  const words = (outlet: Outlet) => outlet.valence.positive + outlet.valence.negative;
  const [top, next] = outlets.filter((outlet) => words(outlet) > 0).sort((a, b) => rate(b) - rate(a));
  if (top === undefined) return null;
  const rounded = (value: number) => Math.round(value * 10) / 10;
  return {
    text: `${top.name}’s own narration used evaluative words most often: ${rounded(rate(top))} per 1,000 words (${words(top)} in ${top.valence.narrationWords})${next === undefined ? '' : `, against ${rounded(rate(next))} for ${next.name}`}.`,
    href: `/outlets/${top.id}/#valence`,
    caveat: few([words(top)], 'evaluative word'),
  };
}

/** The home page's differences, sharpest kinds first; those the data cannot give are left out. */
export function sharpestDifferences(
  framing: Pick<PublishedFraming, 'outlets'>,
  themes: readonly Theme[],
  facts: readonly Fact[],
  quotes: readonly PublishedQuote[],
): Difference[] {
  if (framing.outlets.length < 2) return [];
  return [
    widestGap(framing.outlets, themes),
    onlyOneReported(framing.outlets, facts),
    quotedMost(framing.outlets, quotes),
    mostEvaluative(framing.outlets),
  ].filter((difference) => difference !== null);
}

/** Each outlet's most emphasised theme, with its share and base: the home page's strip. */
export function leadingThemes(
  outlets: readonly Outlet[],
  themes: readonly Theme[],
  // Where an outlet's sentences on a theme are: its page's anchor, or the page it starts on once paged.
  themeHref: (themeId: string, outletId: string) => string = (themeId, outletId) =>
    `/themes/${themeId}/#outlet-${outletId}`,
): { outlet: Outlet; theme: Theme | null; share: string; href: string; small: boolean }[] {
  return outlets.map((outlet) => {
    const [score] = [...outlet.themes]
      .filter((candidate) => candidate.narration.units > 0)
      .sort((a, b) => b.narration.units - a.narration.units);
    const theme = themes.find((candidate) => candidate.id === score?.theme) ?? null;
    return {
      outlet,
      theme,
      share: shareWithBase(score?.narration.units ?? 0, outlet.units),
      href: theme === null ? `/outlets/${outlet.id}/#framing` : themeHref(theme.id, outlet.id),
      small: outlet.units < SMALL_BASE,
    };
  });
}
