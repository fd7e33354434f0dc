/**
 * The stored form of an imported article, `content/articles/<outlet-id>/<slug>.md`:
 *
 *     ---
 *     headline: Xi and Putin sign a joint statement
 *     outlet: DW
 *     url: https://www.dw.com/en/…
 *     published: 2023-03-21
 *     ---
 *
 *     First paragraph, inline Markdown with [links](https://…).
 *
 *     Second paragraph.
 *
 * Written by the importer (renderArticleFile) and read by the ingest (parseArticleFile);
 * a person may write one by hand. Every problem names the file and line.
 */
import { stringify } from 'yaml';
import { InputError, type Problem } from '../problems.ts';
import { articleFrontMatterSchema, type ArticleFrontMatter, type ImportedArticle } from '../schema/index.ts';
import { readTextLines } from './source.ts';
import { parseYaml } from './yaml.ts';

/** One paragraph of a stored article and the 1-based line it starts on. */
export interface StoredParagraph {
  line: number;
  markdown: string;
}

/** A stored article as the ingest reads it. */
export interface StoredArticle {
  file: string;
  frontMatter: ArticleFrontMatter;
  /** The line of `headline:` (the article's place in its file, for messages and links). */
  headlineLine: number;
  /** The line of `outlet:`, or of `headline:` when there is none. */
  outletLine: number;
  paragraphs: StoredParagraph[];
  warnings: Problem[];
}

const FENCE = /^---\s*$/;
const HINT =
  'an article file starts with a front matter block between two `---` lines (headline: …, outlet: …, url: …, published: YYYY-MM-DD), then its paragraphs separated by blank lines';

/** Whether a content file is an imported article in its stored form (`*.md`). */
export function isArticleFile(file: string): boolean {
  return file.endsWith('.md');
}

/** Reads a stored article: front matter validated, paragraphs with their lines. */
export function parseArticleFile(file: string, bytes: Uint8Array): StoredArticle {
  // The same checks and repairs as a source's lines: encoding, control characters, line ends.
  const { lines, warnings } = readTextLines(file, bytes);
  if (!FENCE.test(lines[0] ?? '')) {
    throw new InputError([
      { file, line: 1, message: 'no front matter: the first line is not `---`', hint: HINT },
    ]);
  }
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) {
    throw new InputError([
      { file, line: 1, message: 'the front matter is never closed by a second `---` line', hint: HINT },
    ]);
  }
  // Lines of the YAML keep their numbers: the block is parsed with blank lines above it.
  const yaml = ['', ...lines.slice(1, close)].join('\n');
  const parsed = parseYaml(file, yaml, articleFrontMatterSchema, HINT);
  const paragraphs: StoredParagraph[] = [];
  let current: StoredParagraph | null = null;
  lines.slice(close + 1).forEach((raw, offset) => {
    const line = close + 2 + offset;
    const text = raw.trim();
    if (text === '') {
      current = null;
      return;
    }
    if (current) current.markdown += ` ${text}`;
    else paragraphs.push((current = { line, markdown: text }));
  });
  if (paragraphs.length === 0) {
    throw new InputError([
      {
        file,
        line: close + 1,
        message: 'the article has no text after its front matter',
        hint: 'add the article’s paragraphs after the closing `---`, separated by blank lines',
      },
    ]);
  }
  return {
    file,
    frontMatter: parsed.data,
    headlineLine: parsed.lineAt(['headline']) ?? 2,
    outletLine: parsed.lineAt(['outlet']) ?? parsed.lineAt(['headline']) ?? 2,
    paragraphs,
    warnings,
  };
}

/** Writes an imported article in its stored form (parseArticleFile reads it back). */
export function renderArticleFile(article: ImportedArticle): string {
  // Fields without a value are left out; the order is the schema's.
  const frontMatter = Object.fromEntries(
    Object.keys(articleFrontMatterSchema.shape).flatMap((key) => {
      const value = article.frontMatter[key as keyof ArticleFrontMatter];
      return value === null || value === undefined || (Array.isArray(value) && value.length === 0)
        ? []
        : [[key, value]];
    }),
  );
  const yaml = stringify(frontMatter, { lineWidth: 0 });
  const paragraphs = article.paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim());
  return `---\n${yaml}---\n\n${paragraphs.filter(Boolean).join('\n\n')}\n`;
}
