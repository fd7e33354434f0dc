import { describe, expect, it } from 'vitest';
import {
  canonicalPairs,
  isReversedPairPath,
  pairPath,
  pairSlug,
  sidesOf,
  unorderedPairs,
} from '../../../src/lib/view/pairs.ts';

const OUTLETS = [{ id: 'cnn' }, { id: 'npr' }, { id: 'bbc' }];
const ids = (pairs: [{ id: string }, { id: string }][]) =>
  pairs.map(([left, right]) => `${left.id}+${right.id}`);

describe('pairSlug', () => {
  it('names the pair page with the sides in the order given', () => {
    expect(pairSlug('cnn', 'npr')).toBe('cnn-vs-npr');
    expect(pairSlug('npr', 'cnn')).toBe('npr-vs-cnn');
  });
});

describe('the pair pages', () => {
  it('exist once for every pair, the outlet whose id comes first in the alphabet on the left', () => {
    expect(ids(canonicalPairs(OUTLETS))).toEqual(['cnn+npr', 'bbc+cnn', 'bbc+npr']);
  });

  it('are reached from either order of the two outlets', () => {
    expect(pairPath('npr', 'cnn')).toBe('/compare/cnn-vs-npr/');
    expect(pairPath('cnn', 'npr')).toBe('/compare/cnn-vs-npr/');
    expect(pairPath('the-guardian', 'al-jazeera')).toBe('/compare/al-jazeera-vs-the-guardian/');
  });

  it('tell the other order, which only points on, by its address', () => {
    expect(isReversedPairPath('/compare/npr-vs-cnn/')).toBe(true);
    expect(isReversedPairPath('/compare/the-guardian-vs-al-jazeera/')).toBe(true);
    expect(isReversedPairPath('/compare/cnn-vs-npr/')).toBe(false);
    expect(isReversedPairPath('/compare/groups/country/')).toBe(false);
    expect(isReversedPairPath('/outlets/npr-vs-cnn/')).toBe(false);
  });
});

describe('unorderedPairs', () => {
  it('gives every pair of distinct items once, the earlier one first', () => {
    expect(ids(unorderedPairs(OUTLETS))).toEqual(['cnn+npr', 'cnn+bbc', 'npr+bbc']);
  });

  it('gives no pair for a single item', () => {
    expect(unorderedPairs([{ id: 'cnn' }])).toEqual([]);
  });
});

describe('sidesOf', () => {
  it('keys the left side "left" and the right side "right", in that order', () => {
    expect(sidesOf('cnn', 'npr')).toEqual([
      { key: 'left', outlet: 'cnn' },
      { key: 'right', outlet: 'npr' },
    ]);
  });
});
