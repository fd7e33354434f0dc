/**
 * A saved or fetched news page as an imported article: Mozilla's Readability (the engine of
 * Firefox Reader View) finds the story in the page, linkedom stands in for the browser DOM,
 * and the page's own metadata (JSON-LD, OpenGraph, `<meta>`) gives headline, outlet, date and
 * byline, each with the tag it came from as evidence.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toPlainText } from '../input/markdown.ts';
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
  if (published === null) {
    warn(
      metadata.published.length > 0
        ? `publication date not understood: ${JSON.stringify(metadata.published[0]!.value)}`
        : 'no publication date: the page states none in its metadata',
      'add `published: YYYY-MM-DD` to the article file by hand',
    );
  }
  // Readability guesses a byline from the markup; it may be the author of a story listed
  // under this one (a real page gave a columnist from the "other columns" list), so its
  // guess counts only when it stands before the story's first words.
  const guessed = read?.byline && bylineBeforeStory(html, read.byline, paragraphs[0]!) ? read.byline : null;
  const byline = take('byline', [...metadata.byline, ...fromReadability(guessed)], (value) => {
    const name = value.replace(/^by[:\s]+/i, '').trim();
    return name === '' ? null : name;
  });
  const section = take('section', metadata.section);
  const teaser = take('teaser', metadata.teaser);
  // A standfirst the page prints above the story is its teaser, not its first paragraph.
  if (teaser !== null && paragraphs.length > MIN_PARAGRAPHS && toPlainText(paragraphs[0]!) === teaser) {
    paragraphs.shift();
  }
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
  const paragraphs = (read?.content ? toParagraphs(contentRoot(read.content), base) : []).filter(
    (paragraph) => !isPromo(paragraph),
  );
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date part of a date or ISO date-time, or of a date written with its month's name
 * ("Fri Mar 13 21:30:09 EST 2015", "21 March 2023"), as written: no shift to another time
 * zone.
 */
function toIsoDate(value: string): string | null {
  const trimmed = value.trim();
  let date = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(trimmed)?.[1];
  if (date === undefined) {
    const named =
      /\b([A-Z][a-z]{2,8})\.? (\d{1,2})(?:,? |\b.*?\b)(\d{4})\b/.exec(trimmed) ??
      /\b(\d{1,2}) ([A-Z][a-z]{2,8})\.?,? (\d{4})\b/.exec(trimmed);
    if (named) {
      const [monthName, day] = /^\d/.test(named[1]!) ? [named[2]!, named[1]!] : [named[1]!, named[2]!];
      const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
      if (month > 0) date = `${named[3]!}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    }
  }
  return date !== undefined && isoDateSchema.safeParse(date).success ? date : null;
}

// "Read more: …", "Lire aussi : …", "Revivez le direct …": links to other stories set in the
// text. A short paragraph that opens with such a label and is mostly a link is not the story.
const PROMO_LABEL =
  /^(?:read (?:more|also)|also read|related|see also|more on this|watch|listen|lire(?: aussi)?|à lire aussi|voir aussi|revivez|lesen sie auch|mehr zum thema|lea también|leer más|ver también|leia também|leggi anche)\b\s*[:：»>–—-]?/iu;

/** Whether a paragraph is a link to another story set in the text (PROMO_LABEL). */
function isPromo(paragraph: string): boolean {
  const text = toPlainText(paragraph);
  const linked = [...paragraph.matchAll(/\[((?:\\.|[^\]])*)\]\(/g)].reduce(
    (sum, match) => sum + match[1]!.length,
    0,
  );
  return PROMO_LABEL.test(text) && text.split(/\s+/).length <= 30 && linked >= text.length / 2;
}

/** Whether a byline's text stands in the page before the story's first words. */
function bylineBeforeStory(html: string, byline: string, firstParagraph: string): boolean {
  const plain = (text: string) => collapse(text.replace(/<[^>]*>/g, ' '));
  const page = plain(html);
  const name = collapse(byline).replace(/^by[:\s]+/i, '');
  // The first words of the story as they stand in the page (its Markdown links undone).
  const opening = toPlainText(firstParagraph).split(/\s+/).slice(0, 6).join(' ');
  const at = page.indexOf(name);
  const story = page.indexOf(opening);
  return at !== -1 && story !== -1 && at < story;
}

/** Readability's content HTML parsed again, so it can be walked as elements. */
function contentRoot(content: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  return document.body;
}
