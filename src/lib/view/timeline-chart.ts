/**
 * The geometry of the timeline chart (/timeline/), computed here so the component only
 * draws: a column per day from the earlier of the first article and the visit's start to
 * the later of the last article and the visit's end, a row per outlet as tall as its busiest
 * day needs, and a mark per article inside its day and row.
 */
import { widestLine, wrapLabel } from './chart-labels.ts';
import { listDays, type Timeline, type TimelineRow } from './timeline.ts';

/** The size of the chart's columns, marks and text, in px. */
export interface TimelineMetrics {
  dayWidth: number;
  fontSize: number;
  lineHeight: number;
  /** The room above the rows for the "Visit" label and the day and month. */
  headerHeight: number;
  radius: number;
  /** From one mark's centre to the next, across and down. */
  step: number;
  /** Marks of one outlet and day side by side before a new line starts. */
  perLine: number;
}

// Three marks 14 px apart fit a 48 px day with room to spare; the text matches .timeline-chart text.
export const TIMELINE_METRICS: TimelineMetrics = {
  dayWidth: 48,
  fontSize: 13,
  lineHeight: 15,
  headerHeight: 62,
  radius: 5.5,
  step: 14,
  perLine: 3,
};

/** A mark: an article at its centre. */
export interface TimelineMark {
  article: TimelineRow['articles'][number];
  cx: number;
  cy: number;
}

/** An outlet's row: its label as lines, where it sits, its span and its marks. */
export interface TimelineRowLayout {
  row: TimelineRow;
  lines: string[];
  top: number;
  height: number;
  middle: number;
  /** The line from the first day's centre to the last's; null for a single day. */
  span: { x1: number; x2: number } | null;
  marks: TimelineMark[];
}

/** The whole chart. */
export interface TimelineLayout {
  /** Each day with the left edge and the centre of its column. */
  days: { day: string; left: number; centre: number }[];
  labelWidth: number;
  width: number;
  height: number;
  visit: { left: number; width: number };
  rows: TimelineRowLayout[];
}

/** Where everything on the timeline chart goes, and the size of the chart. */
export function layoutTimeline(
  timeline: Pick<Timeline, 'rows' | 'first' | 'last'>,
  visit: { start: string; end: string },
  metrics: TimelineMetrics = TIMELINE_METRICS,
): TimelineLayout {
  const { dayWidth, fontSize, lineHeight, headerHeight, step, perLine } = metrics;
  const first = timeline.first !== null && timeline.first < visit.start ? timeline.first : visit.start;
  const last = timeline.last !== null && timeline.last > visit.end ? timeline.last : visit.end;
  const allLines = timeline.rows.map((row) => wrapLabel(row.name, { maxWidth: 150, maxLines: 2, fontSize }));
  const labelWidth = Math.ceil(Math.max(60, ...allLines.map((lines) => widestLine(lines, fontSize))) + 16);
  const days = listDays(first, last).map((day, index) => ({
    day,
    left: labelWidth + index * dayWidth,
    centre: labelWidth + index * dayWidth + dayWidth / 2,
  }));
  const centreOf = (day: string) => days.find((item) => item.day === day)!.centre;
  let top = headerHeight;
  const rows = timeline.rows.map((row, index) => {
    const lines = allLines[index]!;
    const byDay = Map.groupBy(row.articles, (article) => article.published);
    const markLines = Math.max(...[...byDay.values()].map((list) => Math.ceil(list.length / perLine)));
    const height = Math.max(markLines * step + 14, lines.length * lineHeight + 12, 30);
    const middle = top + height / 2;
    const marks = [...byDay].flatMap(([day, articles]) =>
      articles.map((article, at) => {
        // The n-th mark of a day: lines of perLine, each centred, the block centred on the row.
        const line = Math.floor(at / perLine);
        const inLine = Math.min(perLine, articles.length - line * perLine);
        const dayLines = Math.ceil(articles.length / perLine);
        return {
          article,
          cx: centreOf(day) + ((at % perLine) - (inLine - 1) / 2) * step,
          cy: middle + (line - (dayLines - 1) / 2) * step,
        };
      }),
    );
    const span = row.days > 1 ? { x1: centreOf(row.first), x2: centreOf(row.last) } : null;
    const layout = { row, lines, top, height, middle, span, marks };
    top += height;
    return layout;
  });
  const dayOf = (day: string) => days.find((item) => item.day === day)!;
  return {
    days,
    labelWidth,
    width: labelWidth + days.length * dayWidth + 8,
    height: top + 4,
    visit: {
      left: dayOf(visit.start).left,
      width: dayOf(visit.end).left + dayWidth - dayOf(visit.start).left,
    },
    rows,
  };
}
