/**
 * Importing real articles for `npm run add-source`: a saved page, a URL, an article in
 * Markdown or a batch export become articles in their stored form under content/articles/.
 * The reading of each kind is in src/lib/import (pure); this module fetches, names the files
 * and finds duplicates.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { slugify } from '../../src/lib/ids.ts';
import { decodePage, parseBatch, readArticlePage } from '../../src/lib/import/index.ts';
import { parseArticleFile, renderArticleFile } from '../../src/lib/input/article-file.ts';
import { InputError, type Problem } from '../../src/lib/problems.ts';
import { findOutletByHost, findOutletByName } from '../../src/lib/registry/outlets.ts';
import type { Article, ImportedArticle, Outlet } from '../../src/lib/schema/index.ts';
import { ARTICLES_DIR } from '../../src/loaders/content-files.ts';

/** The kinds of file add-source takes, by extension. */
export const IMPORTED_EXTENSIONS = ['.html', '.htm', '.md', '.csv', '.jsonl'] as const;
const SOURCE_EXTENSION = '.txt';

/** One article to add, where it came from, and where it will be stored. */
export interface PlannedArticle {
  /** The file, URL or batch row it came from, for messages. */
  origin: string;
  article: ImportedArticle;
  /** Its stored form's path under the project (content/articles/<outlet-id>/<slug>.md). */
  target: string;
  text: string;
}

/** What one input gave: articles, and warnings (a short text, a repaired encoding). */
export interface ImportedInput {
  origin: string;
  articles: ImportedArticle[];
  warnings: Problem[];
}

/** Whether an argument is a web address to fetch. */
export const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

/** The files a folder argument stands for: the kinds add-source takes, in name order. */
export async function expandInput(input: string): Promise<string[]> {
  if (isUrl(input)) return [input];
  const info = await stat(input);
  if (!info.isDirectory()) return [input];
  const entries = await readdir(input, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => [SOURCE_EXTENSION, ...IMPORTED_EXTENSIONS].includes(extensionOf(file)))
    .sort();
}

/** A file's extension, lowercased: "Page.HTM" → ".htm". */
export const extensionOf = (file: string): string => path.extname(file).toLowerCase();

// Pages that take longer are not worth waiting for: the person can save the page instead.
const FETCH_TIMEOUT_MS = 20_000;
const USER_AGENT = 'summit-coverage-importer/0.1 (adds one article a person asked for; no crawling)';

/** Fetches a page (redirects followed, a timeout, a clear user agent) and reads it as a saved page. */
export async function fetchArticle(url: string, timeoutMs = FETCH_TIMEOUT_MS): Promise<ImportedInput> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { 'user-agent': USER_AGENT, accept: 'text/html,application/xhtml+xml' },
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason =
      error instanceof Error && error.name === 'TimeoutError'
        ? `no answer within ${timeoutMs / 1000} s`
        : error instanceof Error
          ? ((error.cause as Error | undefined)?.message ?? error.message)
          : String(error);
    throw new InputError([
      {
        file: url,
        line: null,
        message: `could not fetch the page: ${reason}`,
        hint: 'check the address and the connection, or save the page in a browser and add the saved .html file',
      },
    ]);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!response.ok) {
    throw new InputError([
      {
        file: url,
        line: null,
        message: `the server answered ${response.status} ${response.statusText}`.trim(),
        hint: 'check the address; for a page behind a login or a paywall, save it in a browser and add the saved .html file',
      },
    ]);
  }
  const type = response.headers.get('content-type');
  if (type !== null && !/html/i.test(type)) {
    throw new InputError([
      {
        file: url,
        line: null,
        message: `not a web page: the server sent ${type.split(';')[0]}`,
        hint: 'give the address of the article’s page',
      },
    ]);
  }
  const { article, warnings } = readArticlePage(url, decodePage(bytes, type, url), response.url || url);
  return { origin: url, articles: [article], warnings };
}

/** Reads one file of a kind add-source imports (not a .txt source). */
export async function importFile(file: string): Promise<ImportedInput> {
  const bytes = new Uint8Array(await readFile(file));
  switch (extensionOf(file)) {
    case '.html':
    case '.htm': {
      const { article, warnings } = readArticlePage(file, decodePage(bytes, null, file), null);
      return { origin: file, articles: [article], warnings };
    }
    case '.md': {
      const stored = parseArticleFile(file, bytes);
      return {
        origin: file,
        articles: [
          {
            frontMatter: stored.frontMatter,
            paragraphs: stored.paragraphs.map((paragraph) => paragraph.markdown),
          },
        ],
        warnings: stored.warnings,
      };
    }
    case '.csv':
    case '.jsonl':
      return { origin: file, articles: parseBatch(file, new TextDecoder().decode(bytes)), warnings: [] };
    default:
      throw new InputError([
        {
          file,
          line: null,
          message: `add-source does not take ${extensionOf(file) || 'files without an extension'}`,
          hint: `give a .txt source, a saved page (.html), an article in Markdown (.md), a batch (.csv, .jsonl) or a URL`,
        },
      ]);
  }
}

/** An article with the outlet a person named (`--outlet`), which the evidence records. */
export function withOutlet(article: ImportedArticle, outlet: string): ImportedArticle {
  const evidence = (article.frontMatter.evidence ?? []).filter((line) => !line.startsWith('outlet:'));
  return {
    ...article,
    frontMatter: { ...article.frontMatter, outlet, evidence: [`outlet: --outlet "${outlet}"`, ...evidence] },
  };
}

/** The folder an article is stored in: its outlet's registry id, else its name as an id. */
function outletFolder(article: ImportedArticle, registry: readonly Outlet[]): string {
  const named = article.frontMatter.outlet;
  if (!named) return 'unattributed';
  return findOutletByName(registry, named)?.id ?? (slugify(named) || 'unattributed');
}

/**
 * An article whose page names its site in a way the registry does not know ("dw.com", a
 * site name in another language) but whose address is on a registered outlet's domain
 * takes that outlet's name, with the domain as evidence.
 */
export function recogniseOutlet(article: ImportedArticle, registry: readonly Outlet[]): ImportedArticle {
  const { outlet, url, evidence = [] } = article.frontMatter;
  if (!url || (outlet && findOutletByName(registry, outlet))) return article;
  const host = new URL(url).hostname.replace(/^www\./, '');
  const registered = findOutletByHost(registry, host)?.outlet;
  if (!registered) return article;
  return {
    ...article,
    frontMatter: {
      ...article.frontMatter,
      outlet: registered.name,
      evidence: [
        `outlet: the address is on ${host}, ${registered.name}'s domain in content/outlets.yaml${outlet ? ` (the page calls it "${outlet}")` : ''}`,
        ...evidence.filter((line) => !line.startsWith('outlet:')),
      ],
    },
  };
}

// Long headlines make long paths; 80 characters keep them readable and unique enough.
const MAX_SLUG = 80;

/**
 * Where each article is stored: content/articles/<outlet-id>/<slug of the headline>.md,
 * with -2, -3… when another article (new or already there) has that path.
 */
export function planArticles(
  imported: readonly { origin: string; article: ImportedArticle }[],
  registry: readonly Outlet[],
  taken: ReadonlySet<string>,
): PlannedArticle[] {
  const used = new Set(taken);
  return imported.map(({ origin, article: found }) => {
    const article = recogniseOutlet(found, registry);
    const slug = slugify(article.frontMatter.headline).slice(0, MAX_SLUG).replace(/-+$/, '') || 'article';
    const folder = `${ARTICLES_DIR}/${outletFolder(article, registry)}`;
    let target = `${folder}/${slug}.md`;
    for (let suffix = 2; used.has(target); suffix++) target = `${folder}/${slug}-${suffix}.md`;
    used.add(target);
    return { origin, article, target, text: renderArticleFile(article) };
  });
}

/** Normalised for comparing addresses: no fragment, no trailing slash, no "www.". */
function sameUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return `${parsed.host.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url;
  }
}

/**
 * The planned articles that are already on the site (the same canonical URL as an article
 * there, or as another planned one), as problems naming both.
 */
export function findDuplicateUrls(
  planned: readonly PlannedArticle[],
  existing: readonly Article[],
): Problem[] {
  const seen = new Map<string, string>();
  for (const article of existing) {
    if (article.url) seen.set(sameUrl(article.url), `${article.source.file}:${article.source.line}`);
  }
  const problems: Problem[] = [];
  for (const plan of planned) {
    const url = plan.article.frontMatter.url;
    if (!url) continue;
    const other = seen.get(sameUrl(url));
    if (other !== undefined) {
      problems.push({
        file: plan.origin,
        line: null,
        message: `already on the site: ${other} has the same address (${url})`,
        hint: 'nothing to do; to replace that article, remove its file first (or add --force)',
      });
    } else {
      seen.set(sameUrl(url), plan.target);
    }
  }
  return problems;
}

/**
 * The planned articles whose text is already on the site: the ingest merges copies into
 * one record, which then lists a new file and a file that was there before among its places.
 */
export function findDuplicateTexts(
  planned: readonly PlannedArticle[],
  articles: readonly Article[],
): Problem[] {
  const targets = new Set(planned.map((plan) => plan.target));
  return planned.flatMap((plan) => {
    const record = articles.find((article) =>
      [article.source, ...article.alsoIn].some((place) => place.file === plan.target),
    );
    const there = record && [record.source, ...record.alsoIn].find((place) => !targets.has(place.file));
    if (!there) return [];
    return [
      {
        file: plan.origin,
        line: null,
        message: `the same text is already on the site, in ${there.file}:${there.line}`,
        hint: 'nothing to do: the article is there; add --force to keep both copies (the site shows it once)',
      },
    ];
  });
}
