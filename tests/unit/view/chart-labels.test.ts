import { describe, expect, it } from 'vitest';
import {
  estimateTextWidth,
  layoutMatrixLabels,
  widestLine,
  wrapLabel,
} from '../../../src/lib/view/chart-labels.ts';

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

describe('layoutMatrixLabels', () => {
  const metrics = { cellWidth: 58, fontSize: 13, lineHeight: 15 };
  const rows = ['The Guardian', 'CNN'];
  const facts = ['ICC arrest warrant for Putin', 'Taiwan', 'The “no limits” partnership of February 2022'];

  it('wraps every label whole', () => {
    const layout = layoutMatrixLabels(rows, facts, metrics);
    expect(layout.rowLines.map((lines) => lines.join(' '))).toEqual(rows);
    expect(layout.columnLines.map((lines) => lines.join(' '))).toEqual(facts);
    expect(layout.columnLines.map((lines) => lines.length)).toEqual([2, 1, 2]);
  });

  it('leaves the row labels their width, and no more', () => {
    const { labelWidth } = layoutMatrixLabels(rows, facts, metrics);
    expect(labelWidth).toBeGreaterThanOrEqual(estimateTextWidth('The Guardian', 13) + 8);
    expect(labelWidth).toBeLessThan(170);
  });

  it('is tall enough for the highest column label and wide enough for the last one at 45°', () => {
    const layout = layoutMatrixLabels(rows, facts, metrics);
    const last = layout.columnLines.at(-1)!;
    const run = widestLine(last, 13) * Math.SQRT1_2;
    expect(layout.width).toBeGreaterThanOrEqual(layout.columnX(facts.length - 1) + run);
    expect(layout.width).toBeGreaterThanOrEqual(layout.labelWidth + facts.length * metrics.cellWidth);
    const highest = Math.max(
      ...layout.columnLines.map((lines) => widestLine(lines, 13) + (lines.length - 1) * 15),
    );
    expect(layout.headerHeight).toBeGreaterThanOrEqual(8 + highest * Math.SQRT1_2 + 10);
  });

  it('grows with longer labels rather than cut them', () => {
    const short = layoutMatrixLabels(rows, ['Taiwan'], metrics);
    const long = layoutMatrixLabels(rows, ['Trade settled in yuan or national currencies'], metrics);
    expect(long.headerHeight).toBeGreaterThan(short.headerHeight);
    expect(long.width).toBeGreaterThan(short.width);
  });
});
