/**
 * The URLs of the comparison pages: one page for every pair of outlets, its ids in
 * alphabetical order (/compare/cnn-vs-npr/). The other order (/compare/npr-vs-cnn/, which
 * earlier builds made a page of its own) answers with a pointer to it, so old links still
 * lead somewhere: at 69 outlets that halves 4,692 pages of comparison to 2,346.
 */

/** "cnn-vs-npr". */
export function pairSlug(left: string, right: string): string {
  return `${left}-vs-${right}`;
}

/** The canonical page of two outlets, in either order: "/compare/cnn-vs-npr/". */
export function pairPath(one: string, other: string): string {
  const [left, right] = one < other ? [one, other] : [other, one];
  return `/compare/${pairSlug(left, right)}/`;
}

/** Every pair of distinct outlets once, the one with the smaller id on the left: the pair pages. */
export function canonicalPairs<T extends { id: string }>(items: readonly T[]): [T, T][] {
  return unorderedPairs(items).map(([a, b]): [T, T] => (a.id < b.id ? [a, b] : [b, a]));
}

/** True for the site path of a pair in the other order ("/compare/npr-vs-cnn/"), which only points on. */
export function isReversedPairPath(sitePath: string): boolean {
  const match = /^\/compare\/([a-z0-9-]+?)-vs-([a-z0-9-]+)\/$/.exec(sitePath);
  return match !== null && match[1]! > match[2]!;
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
