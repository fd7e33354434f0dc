import { describe, expect, it } from 'vitest';
import { outletsInCharts, PRESENCE_STEPS, presenceOf } from '../../../src/lib/view/chart.ts';
import type { FactScore } from '../../../src/lib/schema/index.ts';

const evidence = {
  sentenceId: 'a-s1',
  href: '/articles/a/#a-s1',
  words: ['Taiwan'],
  in: 'narration' as const,
};
const score = (fields: Partial<FactScore>): FactScore => ({
  fact: 'taiwan',
  mentioned: false,
  units: 0,
  references: 0,
  learnedOnly: 0,
  bySpeaker: 0,
  inNarration: false,
  confidence: null,
  evidence: [],
  absence: [],
  ...fields,
});

describe('presenceOf: how an outlet reported a fact', () => {
  it('tells its own words from a quotation', () => {
    expect(presenceOf(score({ mentioned: true, units: 1, inNarration: true, evidence: [evidence] }))).toBe(
      'narration',
    );
    expect(presenceOf(score({ mentioned: true, units: 1, evidence: [{ ...evidence, in: 'quote' }] }))).toBe(
      'quote',
    );
  });

  it('shows a fact an outlet only says was left out apart from one it never names', () => {
    expect(presenceOf(score({ absence: [evidence] }))).toBe('absent');
    expect(presenceOf(score({}))).toBe('none');
    // A report wins over a sentence about its absence.
    expect(presenceOf(score({ mentioned: true, units: 1, inNarration: true, absence: [evidence] }))).toBe(
      'narration',
    );
  });

  it('gives every presence its own symbol', () => {
    const symbols = Object.values(PRESENCE_STEPS).map((step) => step.symbol);
    expect(new Set(symbols).size).toBe(symbols.length);
  });
});

describe('outletsInCharts', () => {
  it('draws the first outlets (most articles first) and leaves the rest to their own pages', () => {
    const outlets = Array.from({ length: 25 }, (_, index) => `outlet-${index}`);
    const { shown, rest } = outletsInCharts(outlets);
    expect(shown).toEqual(outlets.slice(0, 20));
    expect(rest).toEqual(outlets.slice(20));
    expect(outletsInCharts(['cnn', 'npr'])).toEqual({ shown: ['cnn', 'npr'], rest: [] });
  });
});
