/**
 * Labels of the SVG charts, wrapped at build time. SVG text does not wrap, and cutting a
 * label with "…" ("Multipolar order and anti…", "ICC arrest warrant for Pu…") hid what a
 * row or column was; so a label is broken between words into lines, and the chart is drawn
 * as large as its lines. Widths are estimated from glyph widths on the wide side (DejaVu
 * Sans, Chromium's system-ui on Debian, is among the widest system fonts), so the box holds
 * the label in any of them.
 */

/** A character's width in em, rounded up from DejaVu Sans. */
function charWidth(char: string): number {
  if (char === ' ') return 0.32;
  if (/[ijl.,:;'’!|]/.test(char)) return 0.32;
  if (/[frt()\-–“”"]/.test(char)) return 0.46;
  if (/[mwMW]/.test(char)) return 1;
  if (/[A-Z]/.test(char)) return 0.78;
  return 0.64;
}

/** The width of a line of text in px at `fontSize`, estimated on the wide side. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize;
}

/** How a label may be wrapped. */
export interface WrapOptions {
  /** The width a line should not pass, in px. */
  maxWidth: number;
  /** The most lines; when the words need more, the lines get wider instead. */
  maxLines: number;
  fontSize: number;
}

/** Lines broken between words, each at most `width` px wide unless one word is wider. */
function breakLines(words: readonly string[], width: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && estimateTextWidth(`${last} ${word}`, fontSize) <= width) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines;
}

/**
 * A label as lines for an SVG chart: broken between words, never cut, so the lines joined
 * with spaces are the label. As few lines as `maxWidth` allows, at most `maxLines`, of even
 * lengths.
 */
export function wrapLabel(label: string, { maxWidth, maxLines, fontSize }: WrapOptions): string[] {
  const words = label.split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return [''];
  let width = maxWidth;
  let lines = breakLines(words, width, fontSize);
  // Widen a step at a time until the words fit in maxLines (one line per word at worst).
  while (lines.length > Math.max(1, maxLines)) {
    width += fontSize;
    lines = breakLines(words, width, fontSize);
  }
  // Then as narrow as that many lines allow, so they are even ("Legitimacy and" / "war
  // crimes", not "Legitimacy and war" / "crimes").
  while (width > 1 && breakLines(words, width - 1, fontSize).length === lines.length) width -= 1;
  return breakLines(words, width, fontSize);
}

/** The widest of some lines, in px at `fontSize`. */
export function widestLine(lines: readonly string[], fontSize: number): number {
  return Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSize)));
}

/** Where a matrix's labels go, and the size of the chart that holds them. */
export interface MatrixLabelLayout {
  /** Each row's label as lines, drawn right-aligned left of the cells. */
  rowLines: string[][];
  /** Each column's label as lines, drawn at 45° above its column, the first lines above the last. */
  columnLines: string[][];
  /** The room left of the cells for the row labels. */
  labelWidth: number;
  /** The room above the cells for the column labels. */
  headerHeight: number;
  /** The chart's width, cells and labels. */
  width: number;
  /** Where a column's label starts, below its right half. */
  columnX: (index: number) => number;
}

/** The size of a matrix's cells and text, in px. */
export interface MatrixMetrics {
  cellWidth: number;
  fontSize: number;
  lineHeight: number;
}

/**
 * The labels of a matrix wrapped, and the room they take: at most two lines each (a third
 * would run into the next column's label at 45°), each line under 150 px where the words allow.
 */
export function layoutMatrixLabels(
  rows: readonly string[],
  columns: readonly string[],
  { cellWidth, fontSize, lineHeight }: MatrixMetrics,
): MatrixLabelLayout {
  const wrap = (label: string) => wrapLabel(label, { maxWidth: 150, maxLines: 2, fontSize });
  const rowLines = rows.map(wrap);
  const columnLines = columns.map(wrap);
  const labelWidth = Math.ceil(Math.max(60, ...rowLines.map((lines) => widestLine(lines, fontSize))) + 16);
  const slant = Math.SQRT1_2;
  const columnX = (index: number) => labelWidth + index * cellWidth + cellWidth / 2 + 4;
  // A line of w px at 45° rises w·√½; each line above the last sits lineHeight·√½ higher; the
  // 8 px under it and the 16 px over it leave room for the descenders and the ascenders.
  const rise = (lines: readonly string[]) =>
    8 + (widestLine(lines, fontSize) + (lines.length - 1) * lineHeight) * slant + 16;
  const reach = (lines: readonly string[], index: number) =>
    columnX(index) + widestLine(lines, fontSize) * slant + 8;
  return {
    rowLines,
    columnLines,
    labelWidth,
    headerHeight: Math.ceil(Math.max(40, ...columnLines.map(rise))),
    width: Math.ceil(Math.max(labelWidth + columns.length * cellWidth + 8, ...columnLines.map(reach))),
    columnX,
  };
}
