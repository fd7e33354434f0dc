/**
 * Where outlets differ most: the gap between two outlets' shares of a theme, and which
 * outlets lead on a theme or report a fact.
 */
import type { Fact, FramingProfile, ThemeScore } from '../schema/index.ts';

/** A theme's scores on the two sides of a comparison (null where a side has none). */
interface ThemePair {
  left: ThemeScore | null;
  right: ThemeScore | null;
}

/** The gap in percentage points between the left and the right side's narration share (left minus right). */
export function themeGapPoints(row: ThemePair): number {
  return Math.round(((row.left?.narration.share ?? 0) - (row.right?.narration.share ?? 0)) * 100);
}

/** Theme rows, widest gap (either way) first; rows of equal gap keep their order. */
export function sortByThemeGap<T extends ThemePair>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => Math.abs(themeGapPoints(b)) - Math.abs(themeGapPoints(a)));
}

/** The theme row with the widest gap, or undefined when the two sides agree on every theme. */
export function widestThemeGap<T extends ThemePair>(rows: readonly T[]): T | undefined {
  return sortByThemeGap(rows).find((row) => themeGapPoints(row) !== 0);
}

/** The outlet whose narration gives a theme the largest share, with its score; undefined when none touches it. */
export function leadingOutlet<O extends Pick<FramingProfile, 'themes'>>(
  outlets: readonly O[],
  themeId: string,
): { outlet: O; score: ThemeScore } | undefined {
  return outlets
    .flatMap((outlet) => {
      const score = outlet.themes.find((candidate) => candidate.theme === themeId);
      return score === undefined ? [] : [{ outlet, score }];
    })
    .filter((row) => row.score.narration.units > 0)
    .sort((a, b) => b.score.narration.share - a.score.narration.share)[0];
}

/** The outlets whose sentences mention a fact, in the order given. */
export function outletsReporting<O extends Pick<FramingProfile, 'facts'>>(
  outlets: readonly O[],
  factId: string,
): O[] {
  return outlets.filter((outlet) => outlet.facts.find((score) => score.fact === factId)?.mentioned);
}

/** The facts exactly one outlet reported, each with that outlet; none when there is only one outlet. */
export function factsOnlyOneReported<O extends Pick<FramingProfile, 'facts'>>(
  facts: readonly Fact[],
  outlets: readonly O[],
): { fact: Fact; outlet: O }[] {
  if (outlets.length < 2) return [];
  return facts.flatMap((fact) => {
    const reporters = outletsReporting(outlets, fact.id);
    return reporters.length === 1 ? [{ fact, outlet: reporters[0]! }] : [];
  });
}
