/**
 * The URLs of the comparison pages: one for every ordered pair of outlets, so
 * /compare/cnn-vs-npr/ and /compare/npr-vs-cnn/ both exist (sides in the order asked).
 */

/** "cnn-vs-npr". */
export function pairSlug(left: string, right: string): string {
  return `${left}-vs-${right}`;
}

/** Every ordered pair of distinct ids, in the order of `ids`. */
export function orderedPairs<T extends { id: string }>(items: readonly T[]): [T, T][] {
  return items.flatMap((left) =>
    items.filter((right) => right.id !== left.id).map((right): [T, T] => [left, right]),
  );
}
