import { describe, expect, it } from 'vitest';
import {
  factsOnlyOneReported,
  leadingOutlet,
  outletsReporting,
  sortByThemeGap,
  themeGapPoints,
  widestThemeGap,
} from '../../../src/lib/analysis/gaps.ts';
import type { Fact, FactScore, ThemeScore } from '../../../src/lib/schema/index.ts';

const share = (units: number, total: number) => ({ units, share: units / total, low: 0, high: 1 });

function theme(id: string, units: number, total = 10): ThemeScore {
  return {
    theme: id,
    narration: share(units, total),
    quote: share(0, total),
    confidence: null,
    learnedOnly: 0,
    evidence: [],
  };
}

function fact(id: string, mentioned: boolean): FactScore {
  return {
    fact: id,
    mentioned,
    units: mentioned ? 1 : 0,
    references: 0,
    learnedOnly: 0,
    bySpeaker: 0,
    inNarration: mentioned,
    confidence: null,
    evidence: [],
    absence: [],
  };
}

const row = (key: string, left: number | null, right: number | null) => ({
  key,
  left: left === null ? null : theme(key, left),
  right: right === null ? null : theme(key, right),
});

const FACTS: Fact[] = [
  {
    id: 'joint-statement',
    label: 'Joint statement',
    description: 'A joint statement.',
    match: ['joint statement'],
    exclude: [],
  },
  {
    id: 'icc-warrant',
    label: 'ICC warrant',
    description: 'The ICC warrant.',
    match: ['ICC warrant'],
    exclude: [],
  },
];

describe('themeGapPoints', () => {
  it('gives the left share minus the right share, in whole points', () => {
    expect(themeGapPoints(row('energy', 3, 1))).toBe(20);
    expect(themeGapPoints(row('energy', 1, 3))).toBe(-20);
    expect(themeGapPoints({ left: theme('peace', 1, 3), right: theme('peace', 0) })).toBe(33);
  });

  it('counts a missing side as no share at all', () => {
    expect(themeGapPoints(row('energy', 4, null))).toBe(40);
    expect(themeGapPoints(row('energy', null, null))).toBe(0);
  });
});

describe('sortByThemeGap', () => {
  it('puts the widest gap first, whichever side leads, and keeps the order of equal gaps', () => {
    const rows = [row('a', 1, 1), row('b', 1, 3), row('c', 5, 1), row('d', 3, 1)];
    expect(sortByThemeGap(rows).map((item) => item.key)).toEqual(['c', 'b', 'd', 'a']);
  });

  it('leaves its input as it was', () => {
    const rows = [row('a', 1, 1), row('b', 5, 1)];
    sortByThemeGap(rows);
    expect(rows.map((item) => item.key)).toEqual(['a', 'b']);
  });
});

describe('widestThemeGap', () => {
  it('picks the row with the widest gap', () => {
    expect(widestThemeGap([row('a', 1, 2), row('b', 0, 6), row('c', 4, 1)])?.key).toBe('b');
  });

  it('picks nothing when the sides agree on every theme', () => {
    expect(widestThemeGap([row('a', 2, 2), row('b', null, 0)])).toBeUndefined();
    expect(widestThemeGap<ReturnType<typeof row>>([])).toBeUndefined();
  });
});

describe('leadingOutlet', () => {
  it('finds the outlet whose narration gives the theme the largest share', () => {
    const outlets = [
      { id: 'cnn', themes: [theme('energy', 1, 10)] },
      { id: 'npr', themes: [theme('energy', 1, 4)] },
      { id: 'bbc', themes: [theme('energy', 2, 10)] },
    ];
    const top = leadingOutlet(outlets, 'energy');
    expect(top?.outlet.id).toBe('npr');
    expect(top?.score.narration.share).toBe(0.25);
  });

  it('finds none when no outlet’s narration touches the theme', () => {
    expect(leadingOutlet([{ id: 'cnn', themes: [theme('energy', 0)] }], 'energy')).toBeUndefined();
    expect(leadingOutlet([{ id: 'cnn', themes: [theme('energy', 3)] }], 'peace')).toBeUndefined();
  });
});

describe('outletsReporting', () => {
  it('lists the outlets that mention the fact, in the order given', () => {
    const outlets = [
      { id: 'cnn', facts: [fact('icc-warrant', true)] },
      { id: 'npr', facts: [fact('icc-warrant', false)] },
      { id: 'bbc', facts: [fact('icc-warrant', true)] },
    ];
    expect(outletsReporting(outlets, 'icc-warrant').map((outlet) => outlet.id)).toEqual(['cnn', 'bbc']);
    expect(outletsReporting(outlets, 'joint-statement')).toEqual([]);
  });
});

describe('factsOnlyOneReported', () => {
  it('gives each fact exactly one outlet mentioned, with that outlet', () => {
    const outlets = [
      { id: 'cnn', facts: [fact('joint-statement', true), fact('icc-warrant', true)] },
      { id: 'npr', facts: [fact('joint-statement', true), fact('icc-warrant', false)] },
    ];
    expect(factsOnlyOneReported(FACTS, outlets)).toEqual([{ fact: FACTS[1], outlet: outlets[0] }]);
  });

  it('says nothing of a single outlet, which is the only one to report everything', () => {
    expect(factsOnlyOneReported(FACTS, [{ id: 'cnn', facts: [fact('icc-warrant', true)] }])).toEqual([]);
  });
});
