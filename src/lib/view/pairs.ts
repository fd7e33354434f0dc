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

/** Every unordered pair of distinct ids once, the earlier item first, in the order of `items`. */
export function unorderedPairs<T extends { id: string }>(items: readonly T[]): [T, T][] {
  return items.flatMap((left, index) =>
    items
      .slice(index + 1)
      .filter((right) => right.id !== left.id)
      .map((right): [T, T] => [left, right]),
  );
}

/** The two sides of a pair page in order, each with the key of its value in a side-by-side row. */
export function sidesOf<T>(left: T, right: T): [{ key: 'left'; outlet: T }, { key: 'right'; outlet: T }] {
  return [
    { key: 'left', outlet: left },
    { key: 'right', outlet: right },
  ];
}
