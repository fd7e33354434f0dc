/**
 * Reading a source file: UTF-8 text in which each article is a teaser line followed by a
 * body line. Blank lines may separate articles. Nothing here interprets the text.
 */
import { InputError, type Problem } from './problems.ts';

/** One article as it stands in a source file, before any analysis. */
export interface RawArticle {
  /** 1-based position of the article in its file. */
  position: number;
  teaserLine: number;
  teaser: string;
  bodyLine: number;
  body: string;
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
 * Splits a source into raw articles. Non-blank lines pair up as teaser + body; a group of
 * lines between blank lines must hold whole pairs, so a missing body is caught where it is
 * missing instead of shifting every later article.
 */
export function parseSource(file: string, bytes: Uint8Array): ParsedSource {
  const warnings: Problem[] = [];
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
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));

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
