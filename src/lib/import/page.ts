/**
 * A saved or fetched news page as an imported article: Mozilla's Readability (the engine of
 * Firefox Reader View) finds the story in the page, linkedom stands in for the browser DOM,
 * and the page's own metadata (JSON-LD, OpenGraph, `<meta>`) gives headline, outlet, date and
 * byline, each with the tag it came from as evidence.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError, type Problem } from '../problems.ts';
import { articleFrontMatterSchema, isoDateSchema, type ImportedArticle } from '../schema/index.ts';
import { collapse, readPageMetadata, type Stated } from './metadata.ts';
import { removeFurniture, resolveHttpUrl, toParagraphs } from './paragraphs.ts';
import { detectWire } from './wire.ts';

export { decodePage } from './charset.ts';

// Below these a page is a section front, a gallery or an error page, not a story.
const MIN_PARAGRAPHS = 2;
const MIN_WORDS = 40;
// Below this a story is a teaser or a paywall stub: imported, with a warning.
const SHORT_WORDS = 150;
// Readability gives up under 500 characters by default; the word limits above decide instead.
const READABILITY_CHAR_THRESHOLD = 200;

const NOT_AN_ARTICLE_HINT =
  'save the page of the article itself (not a section front, search result or gallery), or paste its text into a Markdown article file by hand';

/** An imported page and what the importer noticed on the way. */
export interface ReadPage {
  article: ImportedArticle;
  warnings: Problem[];
}

type ReadabilityResult = ReturnType<Readability['parse']>;

/** Reads an article page (decoded HTML); `pageUrl` is where it was fetched, if known. */
export function readArticlePage(file: string, html: string, pageUrl: string | null): ReadPage {
  const warnings: Problem[] = [];
  const warn = (message: string, hint: string) => warnings.push({ file, line: null, message, hint });
  // Readability rewrites the document it reads, so the metadata comes from a parse of its own.
  const metadata = readPageMetadata(parseHTML(html).document);
  if (metadata.brokenJsonLd > 0) {
    warn('a JSON-LD block is not valid JSON and was ignored', 'nothing to do unless its metadata is missing');
  }
  const { document } = parseHTML(html);
  removeFurniture(document);
  const read = new Readability(document, { charThreshold: READABILITY_CHAR_THRESHOLD }).parse();
  const evidence: string[] = [];
  const take = chooser(evidence);
  const url = take(
    'url',
    [...metadata.url, ...(pageUrl ? [{ source: 'page address', value: pageUrl }] : [])],
    (value) => resolveHttpUrl(value, pageUrl),
  );
  const headline = take('headline', [...metadata.headline, ...fromReadability(read?.title)]);
  if (headline === null) {
    throw new InputError([
      {
        file,
        line: null,
        message: 'no headline: the page has no JSON-LD headline, og:title or <title>',
        hint: 'save the complete page (with its <head>), or write the article file by hand with a headline',
      },
    ]);
  }
  const paragraphs = readParagraphs(file, read, url ?? pageUrl, warn);
  const outlet =
    take('outlet', [...metadata.outlet, ...fromReadability(read?.siteName)]) ??
    take(
      'outlet',
      url ? [{ source: 'canonical host', value: new URL(url).hostname.replace(/^www\./, '') }] : [],
    );
  const published = take('published', metadata.published, toIsoDate);
  if (published === null && metadata.published.length > 0) {
    warn(
      `publication date not understood: ${JSON.stringify(metadata.published[0]!.value)}`,
      'add `published: YYYY-MM-DD` to the article file by hand',
    );
  }
  const byline = take('byline', [...metadata.byline, ...fromReadability(read?.byline)], (value) => {
    const name = value.replace(/^by\s+/i, '').trim();
    return name === '' ? null : name;
  });
  const section = take('section', metadata.section);
  const teaser = take('teaser', metadata.teaser);
  const wire = detectWire(byline, paragraphs[0] ?? null);
  if (wire) evidence.push(wire.evidence);
  // In the order of the front matter, whatever order the fields were decided in.
  evidence.sort((a, b) => fieldOrder(a) - fieldOrder(b));
  const frontMatter = {
    headline,
    outlet,
    url,
    published,
    byline,
    section,
    wire: wire?.wire ?? null,
    teaser,
    evidence,
  };
  return { article: { frontMatter, paragraphs }, warnings };
}

/**
 * Picks the first candidate a check accepts (the lists are in order of trust) and records
 * where it came from in `evidence`.
 */
function chooser(evidence: string[]) {
  return (
    field: string,
    candidates: Stated[],
    accept: (value: string) => string | null = (value) => value,
  ) => {
    for (const { source, value } of candidates) {
      const accepted = accept(value);
      if (accepted === null) continue;
      evidence.push(`${field}: ${source} = ${JSON.stringify(value)}`);
      return accepted;
    }
    return null;
  };
}

function fromReadability(value: string | null | undefined): Stated[] {
  return value ? [{ source: 'Readability', value: collapse(value) }] : [];
}

/** The story's paragraphs; too little text is not an article, a short one a warning. */
function readParagraphs(
  file: string,
  read: ReadabilityResult,
  base: string | null,
  warn: (message: string, hint: string) => void,
): string[] {
  const paragraphs = read?.content ? toParagraphs(contentRoot(read.content), base) : [];
  const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  if (paragraphs.length < MIN_PARAGRAPHS || words < MIN_WORDS) {
    const found = read === null ? 'no story text found' : `${paragraphs.length} paragraph(s), ${words} words`;
    throw new InputError([
      { file, line: null, message: `not an article: ${found}`, hint: NOT_AN_ARTICLE_HINT },
    ]);
  }
  if (words < SHORT_WORDS) {
    warn(
      `short text (${words} words): perhaps a paywall stub or a teaser`,
      'check the page shows the whole story (log in or use the print view), then import it again',
    );
  }
  return paragraphs;
}

const FIELDS = Object.keys(articleFrontMatterSchema.shape);

function fieldOrder(evidence: string): number {
  return FIELDS.indexOf(evidence.slice(0, evidence.indexOf(':')));
}

/** The date part of a date or ISO date-time, as written (no shift to another time zone). */
function toIsoDate(value: string): string | null {
  const date = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value.trim())?.[1];
  return date !== undefined && isoDateSchema.safeParse(date).success ? date : null;
}

/** Readability's content HTML parsed again, so it can be walked as elements. */
function contentRoot(content: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  return document.body;
}
