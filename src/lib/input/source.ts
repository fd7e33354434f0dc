/**
 * Reading a source file: UTF-8 text in which each article is a teaser line followed by a
 * body line. Blank lines may separate articles. Nothing here interprets the text.
 */
import { InputError, type Problem } from '../problems.ts';
import { repairLine, type LineRepair } from './repair.ts';

/** A file's path (relative to the project root, with forward slashes) and its bytes. */
export interface FileInput {
  file: string;
  bytes: Uint8Array;
}

/** One article as it stands in a source file, before any analysis. */
export interface RawArticle {
  /** 1-based position of the article in its file. */
  position: number;
  teaserLine: number;
  teaser: string;
  bodyLine: number;
  body: string;
  /** Offsets in `body` where its paragraphs start, after the first (an imported article's). */
  paragraphStarts?: readonly number[];
}

export interface ParsedSource {
  file: string;
  articles: RawArticle[];
  /** Non-fatal observations, e.g. a byte-order mark that was removed. */
  warnings: Problem[];
}

const fatalDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8, failing with the line and byte column of the first invalid byte. */
export function decodeSource(file: string, bytes: Uint8Array): string {
  try {
    return fatalDecoder.decode(bytes);
  } catch {
    let lineStart = 0;
    let line = 1;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          fatalDecoder.decode(bytes.subarray(lineStart, index));
        } catch {
          const column = firstInvalidByte(bytes.subarray(lineStart, index)) + 1;
          throw new InputError([
            {
              file,
              line,
              message: `bytes that are not valid UTF-8 (first at byte ${column} of the line)`,
              hint: 'save the file as UTF-8 (e.g. `iconv -f windows-1252 -t utf-8`), then rebuild',
            },
          ]);
        }
        lineStart = index + 1;
        line++;
      }
    }
    throw new InputError([
      {
        file,
        line: null,
        message: 'the file is not valid UTF-8',
        hint: 'save the file as UTF-8, then rebuild',
      },
    ]);
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  // A decoder of its own: a streaming decoder keeps state, which must not leak into the
  // shared one that decodes the next file.
  const streaming = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (let end = 1; end <= bytes.length; end++) {
    try {
      streaming.decode(bytes.subarray(end - 1, end), { stream: true });
    } catch {
      return end - 1;
    }
  }
  return bytes.length;
}

/**
 * The largest source file taken: 10 MiB, about 10,000 articles. Larger files are refused
 * (split them): one file is analysed on one core, and a dump that large is more often a
 * mistake (a binary or an export with markup) than a file of excerpts.
 */
export const MAX_SOURCE_BYTES = 10 * 1024 * 1024;

/** The longest line taken: a news article's body is rarely a tenth of this. */
export const MAX_LINE_CHARACTERS = 200_000;

// Characters that change how the text around them reads without being seen: bidirectional
// embeddings, overrides and isolates, and zero-width spaces. Joiners (U+200C, U+200D) are
// left alone: scripts and emoji need them.
const INVISIBLE_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/gu;

// Control characters other than tab: never part of news text, and invalid in HTML. C1
// controls (U+0080–U+009F) are the trace of text decoded with the wrong encoding; those a
// repair explains, and the others but NUL, are repaired first (repair.ts).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

const codePoint = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Refuses what is not a text of lines at all: too large, UTF-16, NUL bytes, CR-only line ends, huge lines. */
function checkShape(file: string, bytes: Uint8Array): void {
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new InputError([
      {
        file,
        line: null,
        message: `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MiB, larger than the ${MAX_SOURCE_BYTES / 1024 / 1024} MiB a source may be`,
        hint: 'split it into several files of whole articles (each file is analysed on its own core, so this also builds faster)',
      },
    ]);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError([
      {
        file,
        line: 1,
        message: 'the file is saved as UTF-16, not UTF-8',
        hint: 'convert it (e.g. `iconv -f UTF-16 -t UTF-8 in.txt > out.txt`) or save it again as UTF-8',
      },
    ]);
  }
}

function checkLines(file: string, lines: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  // Old Mac files end lines with CR alone: one line that holds them all. A stray CR inside
  // a line of a file with line feeds is only whitespace (see strayCarriageReturns).
  const oldMacLineEnds = lines.filter((content) => content.trim() !== '').length === 1;
  lines.forEach((content, index) => {
    const line = index + 1;
    const nul = content.indexOf('\0');
    if (nul !== -1) {
      problems.push({
        file,
        line,
        message: `a NUL character (U+0000) at column ${nul + 1}: the file holds binary data, or is UTF-16`,
        hint: 'save the file as UTF-8 text (from UTF-16: `iconv -f UTF-16 -t UTF-8`), or remove the binary data',
      });
    } else if (CONTROL.test(content)) {
      const found = CONTROL.exec(content)!;
      // Every other control character was repaired (repairLine): these are the C1 codes
      // that no wrong decoding explains.
      problems.push({
        file,
        line,
        message: `a control character (${codePoint(found[0])}) at column ${found.index + 1}: text decoded with the wrong encoding, and no repair explains this code`,
        hint: 'decode the original bytes with the encoding they were written in and save as UTF-8 (e.g. `iconv -f windows-1252 -t utf-8`), or remove the character',
      });
    } else if (oldMacLineEnds && content.includes('\r')) {
      problems.push({
        file,
        line,
        message: `carriage returns (CR) without line feeds at column ${content.indexOf('\r') + 1}: this line holds several lines`,
        hint: "the file has old Mac line ends; convert them (e.g. `tr '\\r' '\\n' < in.txt > out.txt`), then rebuild",
      });
    } else if (content.length > MAX_LINE_CHARACTERS) {
      problems.push({
        file,
        line,
        message: `this line is ${content.length.toLocaleString('en')} characters long; the longest a line may be is ${MAX_LINE_CHARACTERS.toLocaleString('en')}`,
        hint: 'check that the line ends were not lost, or split the article; each article is one teaser line and one body line',
      });
    }
  });
  return problems;
}

/** Shows control characters in a message as their code points: "FranÃ{U+0083}Â§ois". */
const visible = (text: string) =>
  // eslint-disable-next-line no-control-regex -- showing control characters is the point
  text.replace(/[\u0000-\u001F\u007F-\u009F]/gu, (character) => `{${codePoint(character)}}`);

/** The warnings for what repairLine changed in one line. */
function repairWarnings(file: string, line: number, repair: LineRepair): Problem[] {
  const warnings: Problem[] = [];
  if (repair.decoded > 0) {
    const example = repair.example
      ? ` (“${visible(repair.example.before)}” → “${repair.example.after}”)`
      : '';
    warnings.push({
      file,
      line,
      message: `text decoded with the wrong encoding: ${repair.decoded} word${repair.decoded === 1 ? '' : 's'} repaired${example}`,
      hint: 'it is read as it was written; to silence this warning, save the original as UTF-8 again (e.g. `iconv -f windows-1252 -t utf-8`)',
    });
  }
  if (repair.controls.length > 0) {
    const kinds = [...new Set(repair.controls.map((control) => codePoint(control.character)))].join(', ');
    const count = repair.controls.length;
    warnings.push({
      file,
      line,
      message: `${count} control character${count === 1 ? '' : 's'} (${kinds}) read as a space, the first at column ${repair.controls[0]!.column + 1}`,
      hint: 'remove it from the source to silence this warning (a line break copied from a word processor is U+000B)',
    });
  }
  return warnings;
}

/** Warns about carriage returns inside lines (of a file with line feeds): kept, read as spaces. */
function strayCarriageReturns(file: string, lines: readonly string[]): Problem[] {
  return lines.flatMap((content, index) =>
    content.includes('\r')
      ? [
          {
            file,
            line: index + 1,
            message: `a carriage return (CR) inside the line at column ${content.indexOf('\r') + 1}; it is kept and reads as a space`,
            hint: 'remove it from the source if it is scraping debris',
          },
        ]
      : [],
  );
}

/** Warns about invisible control characters, line by line; they are kept as written. */
function invisibleControls(file: string, lines: readonly string[]): Problem[] {
  const warnings: Problem[] = [];
  lines.forEach((content, index) => {
    const found = [...content.matchAll(INVISIBLE_CONTROLS)];
    if (found.length === 0) return;
    const kinds = [...new Set(found.map((match) => codePoint(match[0])))].join(', ');
    warnings.push({
      file,
      line: index + 1,
      message: `${found.length} invisible control character${found.length === 1 ? '' : 's'} (${kinds}), the first at column ${found[0]!.index + 1}; they can reorder or hide text`,
      hint: 'they are kept as written, and each sentence is shown in its own direction so they cannot spill over; remove them from the source if they are scraping debris',
    });
  });
  return warnings;
}

const TRUNCATED = /(\.\.\.|…)\s*$/;

/**
 * Pairing is by position, so a missing line shifts every pair after it. These checks
 * catch the usual signs: a "body" that looks like a teaser.
 */
function checkPairing(
  file: string,
  teaser: { line: number; text: string },
  body: { line: number; text: string },
): Problem[] {
  const looksLikeTeaser = TRUNCATED.test(body.text);
  const shorter = body.text.trim().length < teaser.text.trim().length;
  if (!looksLikeTeaser && !shorter) return [];
  return [
    {
      file,
      line: body.line,
      message: looksLikeTeaser
        ? 'this body line ends with "...", like a teaser'
        : `this body line is shorter than its teaser on line ${teaser.line}`,
      hint: 'check that no teaser or body line is missing above it (lines pair up in order); separating articles with blank lines makes a missing line an error',
    },
  ];
}

/** Decodes a UTF-8 text file strictly (file and line on bad bytes), without a BOM. */
export function decodeText(file: string, bytes: Uint8Array): string {
  const text = decodeSource(file, bytes);
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/**
 * The lines of a text file of ours (a source, an imported article), checked and repaired:
 * too large, UTF-16, NUL bytes, unexplained control characters, CR-only line ends and
 * huge lines are refused; a byte-order mark, text decoded with the wrong encoding, other
 * control characters, invisible characters and stray CRs are kept or repaired with a warning.
 */
export function readTextLines(file: string, bytes: Uint8Array): { lines: string[]; warnings: Problem[] } {
  const warnings: Problem[] = [];
  checkShape(file, bytes);
  let text = decodeSource(file, bytes);
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    warnings.push({
      file,
      line: 1,
      message: 'a UTF-8 byte-order mark was ignored',
      hint: 'save the file as UTF-8 without BOM to silence this warning',
    });
  }
  // CR LF line ends, and CR CR LF from a file converted twice.
  const lines = text.split('\n').map((line) => line.replace(/\r+$/, ''));
  // NUL is the sign of a binary or UTF-16 file: those lines are refused below, unrepaired.
  lines.forEach((line, index) => {
    if (line.includes('\0')) return;
    const repair = repairLine(line);
    lines[index] = repair.text;
    warnings.push(...repairWarnings(file, index + 1, repair));
  });
  const shapeProblems = checkLines(file, lines);
  if (shapeProblems.length > 0) throw new InputError(shapeProblems);
  warnings.push(...invisibleControls(file, lines), ...strayCarriageReturns(file, lines));
  return { lines, warnings };
}

/**
 * Splits a source into raw articles. Non-blank lines pair up as teaser + body; a group of
 * lines between blank lines must hold whole pairs, so a missing body is caught where it is
 * missing instead of shifting every later article.
 */
export function parseSource(file: string, bytes: Uint8Array): ParsedSource {
  const { lines, warnings } = readTextLines(file, bytes);

  const groups: { line: number; text: string }[][] = [];
  let current: { line: number; text: string }[] = [];
  lines.forEach((content, index) => {
    if (content.trim() === '') {
      if (current.length > 0) groups.push(current);
      current = [];
    } else {
      current.push({ line: index + 1, text: content });
    }
  });
  if (current.length > 0) groups.push(current);

  if (groups.length === 0) {
    throw new InputError([
      {
        file,
        line: 1,
        message: 'the source is empty',
        hint: 'add articles as pairs of lines (a teaser line, then a body line), or delete the file',
      },
    ]);
  }

  const problems: Problem[] = [];
  const articles: RawArticle[] = [];
  for (const group of groups) {
    if (group.length % 2 === 1) {
      const last = group[group.length - 1]!;
      const first = group[0]!;
      const range = group.length === 1 ? `line ${first.line}` : `lines ${first.line}–${last.line}`;
      problems.push({
        file,
        line: last.line,
        message: `a teaser without a body line: ${range} hold${group.length === 1 ? 's' : ''} ${group.length} non-blank line${group.length === 1 ? '' : 's'}, but every article is two (teaser, then body)`,
        hint: 'add the missing body (or teaser) line, or remove the stray line; separate articles with blank lines to make such gaps easy to find',
      });
      continue;
    }
    for (let index = 0; index < group.length; index += 2) {
      const teaser = group[index]!;
      const body = group[index + 1]!;
      warnings.push(...checkPairing(file, teaser, body));
      articles.push({
        position: articles.length + 1,
        teaserLine: teaser.line,
        teaser: teaser.text,
        bodyLine: body.line,
        body: body.text,
      });
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return { file, articles, warnings };
}
