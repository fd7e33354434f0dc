import { describe, expect, it } from 'vitest';
import { orderedPairs, pairSlug, sidesOf, unorderedPairs } from '../../../src/lib/view/pairs.ts';

const OUTLETS = [{ id: 'cnn' }, { id: 'npr' }, { id: 'bbc' }];
const ids = (pairs: [{ id: string }, { id: string }][]) =>
  pairs.map(([left, right]) => `${left.id}+${right.id}`);

describe('pairSlug', () => {
  it('names the pair page with the sides in the order given', () => {
    expect(pairSlug('cnn', 'npr')).toBe('cnn-vs-npr');
    expect(pairSlug('npr', 'cnn')).toBe('npr-vs-cnn');
  });
});

describe('orderedPairs', () => {
  it('gives every pair of distinct items both ways round', () => {
    expect(ids(orderedPairs(OUTLETS))).toEqual([
      'cnn+npr',
      'cnn+bbc',
      'npr+cnn',
      'npr+bbc',
      'bbc+cnn',
      'bbc+npr',
    ]);
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
