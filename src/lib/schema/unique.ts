/**
 * The one uniqueness check of the contract: ids, domains, names and article numbers that
 * two entries of a list must not share, refused with one message naming both entries.
 */
import type { z } from 'astro/zod';

/** A value two entries of a list must not share. */
export type UniqueKey = string | number;

/** How `uniqueBy` names a duplicate and where its issue points. */
export interface Uniqueness {
  /** What the key is, as the message names it: "outlet id", "domain", "article". */
  what: string;
  /** What to do, in brackets at the end of the message: "ids must be unique". */
  rule: string;
  /**
   * Where the key lies inside an entry (the issue path after the entry's index): fixed, or
   * by the key's position when an entry has several. Without it, the entry itself.
   */
  path?: readonly PropertyKey[] | ((keyIndex: number) => readonly PropertyKey[]);
}

/**
 * A superRefine callback for a list, `z.array(item).superRefine(uniqueBy(key, uniqueness))`,
 * that refuses an entry sharing a key with an earlier one: `duplicate outlet id "cnn":
 * entries 3 and 7 (ids must be unique)`, entries counted from 1 as a person reads the file.
 * The issue points at the later entry's key, so the ingest reports the line of the entry
 * to fix, not the one that was there first. `key` gives one key, several (an outlet's
 * domains) or undefined (nothing to compare). An entry may repeat its own key: only
 * another entry clashes (content/people.yaml lists "The Kremlin" as its name and alias).
 */
export function uniqueBy<T>(
  key: (item: T) => UniqueKey | readonly (UniqueKey | undefined)[] | undefined,
  uniqueness: Uniqueness,
): (items: readonly T[], ctx: z.RefinementCtx) => void {
  const { what, rule, path = [] } = uniqueness;
  const pathOf = typeof path === 'function' ? path : () => path;
  return (items, ctx) => {
    const firstEntry = new Map<UniqueKey, number>();
    items.forEach((item, index) => {
      const found = key(item);
      const keys = typeof found === 'object' ? found : [found];
      keys.forEach((value, keyIndex) => {
        if (value === undefined) return;
        const first = firstEntry.get(value);
        if (first === undefined) firstEntry.set(value, index);
        else if (first !== index) {
          ctx.addIssue({
            code: 'custom',
            path: [index, ...pathOf(keyIndex)],
            message: `duplicate ${what} ${JSON.stringify(value)}: entries ${first + 1} and ${index + 1} (${rule})`,
          });
        }
      });
    });
  };
}
