/**
 * Two framing profiles (framing-profiles.ts) set side by side: rows matched by key, split
 * into what both outlets have and what only one has.
 */
import type { CitedDomain, DescriptorScore, FactScore, FramingProfile, ThemeScore } from '../schema/index.ts';

/** One row of a side-by-side comparison: the value on each side (null when absent). */
export interface Sided<T> {
  key: string;
  left: T | null;
  right: T | null;
}

/** Rows of two lists matched by key, in the order keys first appear (left, then right). */
export function pair<T>(left: readonly T[], right: readonly T[], keyOf: (item: T) => string): Sided<T>[] {
  // The first item of each key on each side, as a search from the start finds it.
  const firstByKey = (items: readonly T[]) => {
    const byKey = new Map<string, T>();
    for (const item of items) {
      const key = keyOf(item);
      if (!byKey.has(key)) byKey.set(key, item);
    }
    return byKey;
  };
  const leftByKey = firstByKey(left);
  const rightByKey = firstByKey(right);
  const keys = [...new Set([...leftByKey.keys(), ...rightByKey.keys()])];
  return keys.map((key) => ({ key, left: leftByKey.get(key) ?? null, right: rightByKey.get(key) ?? null }));
}

/** Two profiles side by side: each list split into what both have and what only one has. */
export interface ProfileComparison {
  themes: Sided<ThemeScore>[];
  facts: {
    both: Sided<FactScore>[];
    onlyLeft: Sided<FactScore>[];
    onlyRight: Sided<FactScore>[];
    neither: Sided<FactScore>[];
  };
  descriptors: {
    both: Sided<DescriptorScore>[];
    onlyLeft: Sided<DescriptorScore>[];
    onlyRight: Sided<DescriptorScore>[];
  };
  citedDomains: {
    both: Sided<CitedDomain>[];
    onlyLeft: Sided<CitedDomain>[];
    onlyRight: Sided<CitedDomain>[];
  };
}

/** Splits paired rows into what both sides have, what only one has, and what neither has. */
export function split<T>(rows: Sided<T>[], present: (item: T) => boolean) {
  const has = (item: T | null) => item !== null && present(item);
  return {
    both: rows.filter((row) => has(row.left) && has(row.right)),
    onlyLeft: rows.filter((row) => has(row.left) && !has(row.right)),
    onlyRight: rows.filter((row) => !has(row.left) && has(row.right)),
    neither: rows.filter((row) => !has(row.left) && !has(row.right)),
  };
}

/** Sets two framing profiles side by side. */
export function compareProfiles(left: FramingProfile, right: FramingProfile): ProfileComparison {
  const facts = split(
    pair(left.facts, right.facts, (fact) => fact.fact),
    (fact) => fact.mentioned,
  );
  const descriptors = split(
    pair(left.descriptors, right.descriptors, (item) => `${item.subject}\u0000${item.key}`),
    () => true,
  );
  const citedDomains = split(
    pair(left.citedDomains, right.citedDomains, (item) => item.domain),
    () => true,
  );
  return {
    themes: pair(left.themes, right.themes, (theme) => theme.theme),
    facts,
    descriptors: { both: descriptors.both, onlyLeft: descriptors.onlyLeft, onlyRight: descriptors.onlyRight },
    citedDomains: {
      both: citedDomains.both,
      onlyLeft: citedDomains.onlyLeft,
      onlyRight: citedDomains.onlyRight,
    },
  };
}
