import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/index.ts';
import type { Article } from '../../../src/lib/schema/index.ts';
import { buildTimeline } from '../../../src/lib/view/timeline.ts';
import { layoutTimeline, TIMELINE_METRICS } from '../../../src/lib/view/timeline-chart.ts';
import { seedInput } from '../../helpers.ts';

let seed: Article[];
beforeAll(async () => {
  seed = (await ingest(seedInput({ withSidecar: true }))).articles;
});

const visit = { start: '2023-03-20', end: '2023-03-22' };
const { dayWidth, radius } = TIMELINE_METRICS;

describe('layoutTimeline', () => {
  it('runs the seed’s axis over the visit and the day after it (20–23 March), the visit’s three days shaded', () => {
    const layout = layoutTimeline(buildTimeline(seed), visit);
    expect(layout.days.map((item) => item.day)).toEqual([
      '2023-03-20',
      '2023-03-21',
      '2023-03-22',
      '2023-03-23',
    ]);
    expect(layout.visit).toEqual({ left: layout.labelWidth, width: 3 * dayWidth });
    expect(layout.width).toBe(layout.labelWidth + 4 * dayWidth + 8);
  });

  it('widens the axis to articles before the visit', () => {
    const early = buildTimeline([{ ...seed[0]!, published: '2023-03-17' }]);
    expect(layoutTimeline(early, visit).days.map((item) => item.day)).toEqual([
      '2023-03-17',
      '2023-03-18',
      '2023-03-19',
      '2023-03-20',
      '2023-03-21',
      '2023-03-22',
    ]);
  });

  it('draws the visit alone when no article has a date', () => {
    const layout = layoutTimeline(
      buildTimeline(seed.map((article) => ({ ...article, published: null }))),
      visit,
    );
    expect(layout.days).toHaveLength(3);
    expect(layout.rows).toEqual([]);
  });

  it('puts every mark inside its day’s column and its outlet’s row, a span only where coverage ran over days', () => {
    const layout = layoutTimeline(buildTimeline(seed), visit);
    expect(layout.rows.flatMap((row) => row.marks)).toHaveLength(6);
    for (const row of layout.rows) {
      for (const mark of row.marks) {
        const column = layout.days.find((item) => item.day === mark.article.published)!;
        expect(mark.cx - radius).toBeGreaterThanOrEqual(column.left);
        expect(mark.cx + radius).toBeLessThanOrEqual(column.left + dayWidth);
        expect(mark.cy - radius).toBeGreaterThanOrEqual(row.top);
        expect(mark.cy + radius).toBeLessThanOrEqual(row.top + row.height);
      }
    }
    expect(layout.rows.filter((row) => row.span !== null).map((row) => row.row.name)).toEqual([
      'The Guardian',
    ]);
  });

  it('keeps 7 articles of one outlet and day apart, on 3 lines in their column, the row grown to hold them', () => {
    const seven = buildTimeline(Array.from({ length: 7 }, () => ({ ...seed[0]!, published: '2023-03-21' })));
    const [row] = layoutTimeline(seven, visit).rows;
    const places = row!.marks.map((mark) => `${mark.cx},${mark.cy}`);
    expect(new Set(places).size).toBe(7);
    expect(new Set(row!.marks.map((mark) => mark.cy)).size).toBe(3);
    for (const mark of row!.marks) {
      expect(mark.cy - radius).toBeGreaterThanOrEqual(row!.top);
      expect(mark.cy + radius).toBeLessThanOrEqual(row!.top + row!.height);
    }
  });

  it('stacks the rows without overlap inside the chart, each label whole', () => {
    const layout = layoutTimeline(buildTimeline(seed), visit);
    layout.rows.forEach((row, index) => {
      expect(row.top).toBe(
        index === 0
          ? TIMELINE_METRICS.headerHeight
          : layout.rows[index - 1]!.top + layout.rows[index - 1]!.height,
      );
      expect(row.lines.join(' ')).toBe(row.row.name);
    });
    const last = layout.rows.at(-1)!;
    expect(layout.height).toBeGreaterThanOrEqual(last.top + last.height);
  });
});
