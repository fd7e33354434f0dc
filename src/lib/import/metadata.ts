/**
 * What a news page says about itself: JSON-LD, OpenGraph and plain `<meta>` tags, the
 * canonical link and the title. Each value is kept with the name of the tag it came from,
 * so the importer can pick the most trusted one and record why (the front matter's evidence).
 */

/** A value a page states, and where: `og:site_name`, `JSON-LD datePublished`, … */
export interface Stated {
  source: string;
  value: string;
}

/** Everything the page states about itself, each field in order of trust. */
export interface PageMetadata {
  headline: Stated[];
  outlet: Stated[];
  url: Stated[];
  published: Stated[];
  byline: Stated[];
  section: Stated[];
  teaser: Stated[];
  /** JSON-LD blocks that are not valid JSON (reported as warnings). */
  brokenJsonLd: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = Record<string, Json>;

// The schema.org types a news article is published as (NewsArticle, ReportageNewsArticle,
// AnalysisNewsArticle, BlogPosting, LiveBlogPosting, …).
const ARTICLE_TYPE = /(Article|BlogPosting)$/;

/** Reads a page's metadata from its (untouched) document. */
export function readPageMetadata(document: Document): PageMetadata {
  const { article, broken } = findJsonLdArticle(document);
  const meta = readMetaTags(document);
  const fromMeta = (...keys: string[]): Stated[] =>
    keys.flatMap((key) => {
      const value = meta.get(key);
      return value === undefined ? [] : [{ source: key, value }];
    });
  const fromJsonLd = (key: string, values: string[]): Stated[] =>
    values.map((value) => ({ source: `JSON-LD ${key}`, value }));
  const canonical = document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const title = document.querySelector('title')?.textContent;
  return {
    headline: [
      ...fromJsonLd('headline', article ? texts(article['headline'] ?? article['name']) : []),
      ...fromMeta('og:title', 'twitter:title'),
      ...(title ? [{ source: '<title>', value: title }] : []),
    ],
    outlet: [
      ...fromJsonLd('publisher.name', article ? names(article['publisher']) : []),
      ...fromMeta('og:site_name', 'application-name'),
    ],
    url: [
      ...fromJsonLd('url', article ? texts(article['url']) : []),
      ...fromJsonLd('mainEntityOfPage', article ? addresses(article['mainEntityOfPage']) : []),
      ...fromMeta('og:url'),
      ...(canonical ? [{ source: 'link rel=canonical', value: canonical }] : []),
    ],
    published: [
      ...fromJsonLd('datePublished', article ? texts(article['datePublished']) : []),
      ...fromMeta(
        'article:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'publish-date',
        'parsely-pub-date',
        'sailthru.date',
        'dc.date',
        'dc.date.issued',
        'dcterms.created',
        'article:publicationdate',
      ),
      // Microdata (`<time itemprop="datePublished" datetime>`, seen on Le Monde), then a
      // <time> an article element holds: less sure, it may date a related story.
      ...microdataDates(document),
    ],
    byline: [
      ...fromJsonLd('author', article ? joinNames(names(article['author'])) : []),
      // article:author is often the address of an author page, not a name.
      ...fromMeta('article:author', 'author', 'byl').filter(({ value }) => !/^(https?:)?\/\//i.test(value)),
    ],
    section: [
      ...fromJsonLd('articleSection', article ? texts(article['articleSection']).slice(0, 1) : []),
      ...fromMeta('article:section'),
    ],
    teaser: [
      ...fromJsonLd('description', article ? texts(article['description']) : []),
      ...fromMeta('og:description', 'description', 'twitter:description'),
    ],
    brokenJsonLd: broken,
  };
}

/** Dates a page states in its markup rather than its <meta> tags. */
function microdataDates(document: Document): Stated[] {
  const stated: Stated[] = [];
  for (const element of document.querySelectorAll('[itemprop~="datePublished"]')) {
    const value = collapse(element.getAttribute('content') ?? element.getAttribute('datetime') ?? '');
    if (value !== '') stated.push({ source: 'microdata datePublished', value });
  }
  const time = document.querySelector('article time[datetime]');
  const value = collapse(time?.getAttribute('datetime') ?? '');
  if (value !== '') stated.push({ source: 'the first <time> of the <article>', value });
  return stated;
}

/** `<meta property|name="key" content="…">`, keys lowercased, the first of each kept. */
function readMetaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? '').trim().toLowerCase();
    const value = collapse(element.getAttribute('content') ?? '');
    if (key !== '' && value !== '' && !tags.has(key)) tags.set(key, value);
  }
  return tags;
}

/** The first JSON-LD object typed as an article, looking inside arrays and `@graph`. */
function findJsonLdArticle(document: Document): { article: JsonObject | null; broken: number } {
  let broken = 0;
  const objects: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      collectObjects(JSON.parse(script.textContent) as Json, objects);
    } catch {
      broken++;
    }
  }
  const article = objects.find((object) => texts(object['@type']).some((type) => ARTICLE_TYPE.test(type)));
  return { article: article ?? null, broken };
}

function collectObjects(value: Json, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, into);
  } else if (isObject(value)) {
    into.push(value);
    const graph = value['@graph'];
    if (graph !== undefined) collectObjects(graph, into);
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The strings a JSON-LD value holds: a string, or the strings of an array. */
function texts(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) => (typeof item === 'string' && collapse(item) !== '' ? [collapse(item)] : []));
}

/** Names of people or organisations: strings or objects with a `name`. */
function names(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) => (isObject(item) ? texts(item['name']) : texts(item)));
}

/** An address given as a string or as an object with `@id` or `url`. */
function addresses(value: Json | undefined): string[] {
  if (isObject(value)) return [...texts(value['url']), ...texts(value['@id'])];
  return texts(value);
}

/** Several authors as one byline: "A", "A and B", "A, B and C". */
function joinNames(list: string[]): string[] {
  const unique = [...new Set(list)].filter((name) => !/^(https?:)?\/\//i.test(name));
  if (unique.length <= 1) return unique;
  return [`${unique.slice(0, -1).join(', ')} and ${unique.at(-1)!}`];
}

/** Whitespace collapsed to single spaces, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
