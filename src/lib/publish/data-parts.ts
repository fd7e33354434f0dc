/**
 * Data files in numbered parts. At 10,000 articles the whole-corpus files reach 116 MB
 * (framing.json) and 88 MB (articles.json): common static hosts refuse a file over 25 MiB
 * (Cloudflare Pages does), and a reader's browser or spreadsheet chokes long before. A file
 * whose records come to more than `MOST_BYTES_A_PART` is written as `<name>-1.<ext>`,
 * `<name>-2.<ext>`, …, each a whole file of the same format holding a run of the records in
 * order; a file that fits keeps its single name, as the seed's do.
 */

/**
 * The most bytes of records in one part: the limit for a file a page links to
 * (10 MiB), less 64 KiB for what a part adds around its records (a CSV header, the members
 * of framing.json that are not lists) and for the few bytes a record's measured size can
 * fall short of its place in a longer list.
 */
export const MOST_BYTES_A_PART = 10 * 2 ** 20 - 64 * 2 ** 10;

/** A run of records, `start` to `end` (exclusive), written as one part. */
export interface PartRange {
  start: number;
  end: number;
}

/**
 * Splits records of these sizes into the fewest runs, in order, none over `most` bytes
 * unless a record alone is (it then fills a run by itself). The first run also holds
 * `opening` bytes (what only a first part writes). No records make one empty run: the file
 * still exists, with no records.
 */
export function splitBySize(sizes: readonly number[], most = MOST_BYTES_A_PART, opening = 0): PartRange[] {
  const runs: PartRange[] = [];
  let start = 0;
  let bytes = opening;
  for (const [index, size] of sizes.entries()) {
    if (index > start && bytes + size > most) {
      runs.push({ start, end: index });
      start = index;
      bytes = 0;
    }
    bytes += size;
  }
  runs.push({ start, end: sizes.length });
  return runs;
}

/** A part's file name: the file's own name when it is whole, `articles-2.json` when split. */
export function partFileName(file: string, index: number, count: number): string {
  if (count === 1) return file;
  const dot = file.lastIndexOf('.');
  return `${file.slice(0, dot)}-${index + 1}${file.slice(dot)}`;
}

/** The UTF-8 size of text given in pieces. */
export function byteLength(pieces: Iterable<string>): number {
  let bytes = 0;
  for (const piece of pieces) bytes += Buffer.byteLength(piece, 'utf8');
  return bytes;
}

/**
 * A data file made of records: what its text is for any run of them. `pieces(records,
 * first)` writes a whole file of those records; `first` is whether it is the file's first
 * part (framing.json writes its members that are not lists in the first part only).
 */
export interface RecordFile<T> {
  /** The file's name when whole, e.g. "articles.json". */
  file: string;
  records: readonly T[];
  pieces(records: readonly T[], first: boolean): Iterable<string>;
}

/**
 * Each record's size in the file: the file with that record alone, less the file with none,
 * so that what surrounds the records (a header, an array's brackets) is not counted in.
 * Sizes are kept per record object and file kind (`cache`): an outlet's files hold the same
 * records as the whole corpus's, and are measured once.
 */
export function recordSizes<T extends object>(file: RecordFile<T>, cache?: WeakMap<T, number>): number[] {
  const empty = byteLength(file.pieces([], false));
  return file.records.map((record) => {
    const known = cache?.get(record);
    if (known !== undefined) return known;
    const size = byteLength(file.pieces([record], false)) - empty;
    cache?.set(record, size);
    return size;
  });
}

/** One part of a data file: its name, the run of records it holds, and its size. */
export interface DataPart extends PartRange {
  name: string;
  /** Its size in bytes, from its records' measured sizes: within a few bytes a record of the file's. */
  bytes: number;
}

/** The parts a file is written in: one, under its own name, unless its records come to more than `most`. */
export function planParts<T extends object>(
  file: RecordFile<T>,
  most = MOST_BYTES_A_PART,
  cache?: WeakMap<T, number>,
): DataPart[] {
  const around = byteLength(file.pieces([], false));
  const opening = byteLength(file.pieces([], true)) - around;
  const sizes = recordSizes(file, cache);
  const runs = splitBySize(sizes, most, opening);
  return runs.map((run, index) => ({
    ...run,
    name: partFileName(file.file, index, runs.length),
    bytes:
      around +
      (index === 0 ? opening : 0) +
      sizes.slice(run.start, run.end).reduce((sum, size) => sum + size, 0),
  }));
}

/** The text of one part of a file. */
export function partPieces<T>(file: RecordFile<T>, part: PartRange): Iterable<string> {
  return file.pieces(file.records.slice(part.start, part.end), part.start === 0);
}

/**
 * The files a data file was written as, among the names of its folder, in order: its own
 * name when whole, else its numbered parts by number. None when neither is there.
 */
export function partNamesIn(names: readonly string[], file: string): string[] {
  if (names.includes(file)) return [file];
  const dot = file.lastIndexOf('.');
  const [stem, extension] = [file.slice(0, dot), file.slice(dot)];
  return names
    .filter((name) => name.startsWith(`${stem}-`) && name.endsWith(extension))
    .map((name) => ({ name, number: name.slice(stem.length + 1, name.length - extension.length) }))
    .filter((part) => /^[1-9]\d*$/.test(part.number))
    .map((part) => ({ name: part.name, number: Number(part.number) }))
    .sort((a, b) => a.number - b.number)
    .map((part) => part.name);
}
