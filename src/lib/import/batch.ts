/**
 * A batch export (a `.csv` with a header row, or `.jsonl` with one JSON object a line, as
 * Media Cloud, GDELT or a spreadsheet give them) as imported articles. Every bad row is
 * reported with the line it starts on, and nothing is imported while any row is wrong, so a
 * fix-and-rerun never leaves half a batch behind.
 */
import { parse } from 'csv-parse/sync';
import { InputError, type Problem } from '../problems.ts';
import { isoDateSchema, type ArticleFrontMatter, type ImportedArticle } from '../schema/index.ts';

type Field = 'url' | 'headline' | 'text' | 'outlet' | 'published' | 'byline' | 'section';

// The names exports give each field, lowercased.
const ALIASES: Record<Field, readonly string[]> = {
  url: ['url', 'link'],
  headline: ['title', 'headline'],
  text: ['text', 'body', 'content'],
  outlet: ['outlet', 'media', 'media_name', 'source', 'site'],
  published: ['published', 'date', 'publish_date'],
  byline: ['byline', 'author'],
  section: ['section'],
};
const FIELDS = Object.keys(ALIASES) as Field[];
const COLUMNS_HINT = `name the columns (any case): ${FIELDS.map((field) => ALIASES[field].join('|')).join('; ')}`;

/** One record of the export: its line, and its values by the names the file uses. */
interface Row {
  line: number;
  values: Map<string, string>;
}

/** Reads a batch export (`.csv` or `.jsonl`, by the file's extension) as imported articles. */
export function parseBatch(file: string, text: string): ImportedArticle[] {
  const kind = /\.(csv|jsonl)$/i.exec(file)?.[1]?.toLowerCase();
  if (kind === undefined) {
    throw problem(
      file,
      null,
      'unknown kind of batch file',
      'name the export *.csv (with a header row) or *.jsonl',
    );
  }
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw problem(file, null, 'the batch file is empty', 'export the articles again');
  const rows = kind === 'csv' ? readCsvRows(file, body) : readJsonlRows(file, body);
  const problems: Problem[] = [];
  const articles = rows.flatMap((row) => {
    const result = toArticle(file, row);
    problems.push(...result.problems);
    return result.article ? [result.article] : [];
  });
  if (problems.length > 0) throw new InputError(problems);
  if (articles.length === 0)
    throw problem(file, null, 'the batch has no articles', 'export the articles again');
  return articles;
}

function problem(file: string, line: number | null, message: string, hint: string): InputError {
  return new InputError([{ file, line, message, hint }]);
}

/** CSV records with the line each starts on, also when a quoted field spans lines. */
function readCsvRows(file: string, body: string): Row[] {
  let records: { raw: string; record: string[] }[];
  try {
    // csv-parse's types do not model `raw: true`, which wraps each record as { raw, record }.
    records = parse(body, { raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as {
      raw: string;
      record: string[];
    }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw problem(
      file,
      line,
      `not valid CSV: ${(error as Error).message}`,
      'check the quotes: a field with commas, quotes or line breaks is wrapped in "…", and a quote inside it is written ""',
    );
  }
  // Each raw record holds the lines before it that were skipped, so counting line breaks
  // through the raw text gives the line a record starts on.
  let line = 1;
  const located = records.map(({ raw, record }) => {
    const start = line + /^\n*/.exec(raw)![0].length;
    line += raw.split('\n').length - 1;
    return { line: start, record };
  });
  const header = located[0];
  if (header === undefined) throw problem(file, null, 'the CSV has no header row', COLUMNS_HINT);
  const names = header.record.map((name) => name.trim().toLowerCase());
  if (!names.some((name) => ALIASES.text.includes(name))) {
    throw problem(
      file,
      header.line,
      'the CSV has no header row with a text column (text, body or content)',
      COLUMNS_HINT,
    );
  }
  // A spreadsheet often exports rows of empty cells below the data: they are not articles.
  const filled = located.slice(1).filter(({ record }) => record.some((value) => value.trim() !== ''));
  return filled.map(({ line: start, record }) => ({
    line: start,
    values: new Map(names.map((name, index) => [name, record[index] ?? ''])),
  }));
}

/** One JSON object a line; blank lines skipped. */
function readJsonlRows(file: string, body: string): Row[] {
  const rows: Row[] = [];
  const problems: Problem[] = [];
  body.split('\n').forEach((source, index) => {
    if (source.trim() === '') return;
    const line = index + 1;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      problems.push({
        file,
        line,
        message: `not valid JSON: ${(error as Error).message}`,
        hint: 'write one JSON object per line, e.g. {"title": "…", "text": "…", "url": "https://…"}',
      });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ file, line, message: 'the line is not a JSON object', hint: COLUMNS_HINT });
      return;
    }
    const values = new Map<string, string>();
    for (const [key, item] of Object.entries(value)) {
      // Numbers and booleans are written as text; nested values are not a field we read.
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
        values.set(key.trim().toLowerCase(), String(item));
      }
    }
    rows.push({ line, values });
  });
  if (problems.length > 0) throw new InputError(problems);
  return rows;
}

/** A row checked field by field: an article, or one problem per bad field. */
function toArticle(file: string, row: Row): { article: ImportedArticle | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const evidence: string[] = [];
  const report = (message: string, hint: string) => problems.push({ file, line: row.line, message, hint });
  const get = (field: Field): string | null => {
    for (const name of ALIASES[field]) {
      const value = row.values.get(name)?.trim();
      if (value) {
        if (field !== 'text') evidence.push(`${field}: batch column "${name}" = ${JSON.stringify(value)}`);
        return value;
      }
    }
    return null;
  };
  // Read in the order of the front matter, so the evidence is in that order too.
  const headline = get('headline');
  const outlet = get('outlet');
  const url = get('url');
  const publishedAs = get('published');
  const byline = get('byline');
  const section = get('section');
  const text = get('text');
  if (headline === null) report('the row has no title', 'fill in the title (or headline) column');
  const paragraphs = text === null ? [] : splitParagraphs(text);
  if (paragraphs.length === 0) report('the row has no text', 'fill in the text (or body, content) column');
  if (url !== null && !isHttpUrl(url)) {
    report(
      `url is not an http(s) address: ${JSON.stringify(url)}`,
      'write the full address, e.g. https://example.com/story',
    );
  }
  const published = publishedAs === null ? null : toIsoDate(publishedAs);
  if (publishedAs !== null && published === null) {
    report(
      `published is not a date: ${JSON.stringify(publishedAs)}`,
      'write the date as YYYY-MM-DD or an ISO date-time such as 2023-03-21T10:02:00Z',
    );
  }
  if (problems.length > 0 || headline === null) return { article: null, problems };
  const frontMatter: ArticleFrontMatter = { headline, outlet, url, published, byline, section, evidence };
  return { article: { frontMatter, paragraphs }, problems };
}

/** Paragraphs at blank lines, or at every line break when the text has no blank line. */
function splitParagraphs(text: string): string[] {
  const blocks = /\n[ \t]*\n/.test(text) ? text.split(/\n[ \t]*\n/) : text.split('\n');
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** YYYY-MM-DD, or the date part of an ISO date-time as written (no time-zone shift). */
function toIsoDate(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value,
  );
  return match && isoDateSchema.safeParse(match[1]).success ? match[1]! : null;
}
