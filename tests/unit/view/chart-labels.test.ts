import { describe, expect, it } from 'vitest';
import { estimateTextWidth, widestLine, wrapLabel } from '../../../src/lib/view/chart-labels.ts';

const options = { maxWidth: 150, maxLines: 2, fontSize: 13 };

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Taiwan', options)).toEqual(['Taiwan']);
    expect(wrapLabel('Peace plan and mediation', { ...options, maxWidth: 200 })).toEqual([
      'Peace plan and mediation',
    ]);
  });

  it('wraps the labels the issue found cut, every word kept', () => {
    for (const label of [
      'Multipolar order and anti-Western alignment',
      'ICC arrest warrant for Putin',
      'Trade settled in yuan or national currencies',
      'The “no limits” partnership of February 2022',
    ]) {
      const lines = wrapLabel(label, options);
      expect(lines.length, label).toBe(2);
      expect(lines.join(' ')).toBe(label);
      expect(lines.join(' ')).not.toContain('…');
    }
  });

  it('makes the lines even rather than filling the first', () => {
    expect(wrapLabel('Legitimacy and war crimes', { ...options, maxWidth: 140 })).toEqual([
      'Legitimacy and',
      'war crimes',
    ]);
  });

  it('widens the lines rather than pass maxLines', () => {
    const label = 'A label far too long to fit in two lines of the width it was given at all';
    const lines = wrapLabel(label, options);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(label);
    expect(widestLine(lines, 13)).toBeGreaterThan(150);
  });

  it('never cuts a word wider than a line', () => {
    expect(wrapLabel('Internationalisation', { ...options, maxWidth: 40 })).toEqual(['Internationalisation']);
  });

  it('gives a blank label one empty line', () => {
    expect(wrapLabel('  ', options)).toEqual(['']);
  });
});

describe('estimateTextWidth', () => {
  it('grows with the text and the font size, wide letters more than narrow ones', () => {
    expect(estimateTextWidth('WWW', 13)).toBeGreaterThan(estimateTextWidth('iii', 13));
    expect(estimateTextWidth('Taiwan', 26)).toBe(2 * estimateTextWidth('Taiwan', 13));
    expect(estimateTextWidth('', 13)).toBe(0);
  });
});

describe('widestLine', () => {
  it('is the width of the widest line, 0 for none', () => {
    expect(widestLine(['Taiwan', 'Peace plan'], 13)).toBe(estimateTextWidth('Peace plan', 13));
    expect(widestLine([], 13)).toBe(0);
  });
});
