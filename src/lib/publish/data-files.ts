/**
 * The published data files (dist/data/articles.json and .csv): a public contract,
 * documented in README. Field order is fixed so the output is byte-for-byte stable.
 */
import {
  publishedArticleSchema,
  publishedQuoteSchema,
  type Article,
  type PublishedArticle,
  type PublishedQuote,
} from '../schema/index.ts';
import { unitText } from '../view/evidence.ts';
import { jsonArrayPieces, mapLazily } from './pieces.ts';
import { withBase } from './site-url.ts';

/** An article as published: the record without rendered HTML, validated. */
export function toPublishedArticle(article: Article): PublishedArticle {
  const { teaserHtml: _teaserHtml, framing: _framing, sentences, ...rest } = article;
  return publishedArticleSchema.parse({
    ...rest,
    sentences: sentences.map(({ html: _html, ...sentence }) => sentence),
  });
}

/**
 * The JSON file in pieces: an array of published articles, two-space indented, final newline.
 * Each article's `href` is written under the site's `base` (site-url.ts); the hrefs of its
 * links stay as the source wrote them.
 */
export function* articlesJsonPieces(articles: readonly Article[], base = '/'): Generator<string> {
  yield* jsonArrayPieces(
    mapLazily(articles, (article) => {
      const published = toPublishedArticle(article);
      return { ...published, href: withBase(base, published.href) };
    }),
    2,
  );
  yield '\n';
}

/** The JSON file as one string. */
export function toArticlesJson(articles: readonly Article[], base = '/'): string {
  return [...articlesJsonPieces(articles, base)].join('');
}

/** Columns of articles.csv, in order. */
export const CSV_COLUMNS = [
  'id',
  'href',
  'outlet_id',
  'outlet_name',
  'attribution_method',
  'attribution_confidence',
  'attribution_evidence',
  'headline',
  'published',
  'byline',
  'section',
  'url',
  'source_file',
  'source_line',
  'teaser',
  'text',
  'markdown',
  'sentences',
  'fragments',
  'links',
  'link_domains',
  'also_in',
] as const;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A row of articles.csv. */
function articleCsvRow(article: Article, base: string): string {
  const domains = [...new Set(article.links.map((link) => link.domain).filter((domain) => domain !== null))];
  const row: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    id: article.id,
    href: withBase(base, article.href),
    outlet_id: article.outlet?.id ?? null,
    outlet_name: article.outlet?.name ?? null,
    attribution_method: article.attribution.method,
    attribution_confidence: article.attribution.confidence,
    attribution_evidence: article.attribution.evidence.join(' | '),
    headline: article.headline,
    published: article.published,
    byline: article.byline,
    section: article.section,
    url: article.url,
    source_file: article.source.file,
    source_line: article.source.line,
    teaser: article.teaser,
    text: article.text,
    markdown: article.markdown,
    sentences: article.sentences.length,
    fragments: article.sentences.filter((sentence) => sentence.fragment).length,
    links: article.links.length,
    link_domains: domains.join(' '),
    also_in: article.alsoIn.map((place) => `${place.file}:${place.line}`).join(' | '),
  };
  return CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
}

/** The CSV file in pieces (RFC 4180, CRLF line ends, header row): one row per article, hrefs under `base`. */
export function* articlesCsvPieces(articles: readonly Article[], base = '/'): Generator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for (const article of articles) yield `${articleCsvRow(article, base)}\r\n`;
}

/** The CSV file as one string. */
export function toArticlesCsv(articles: readonly Article[], base = '/'): string {
  return [...articlesCsvPieces(articles, base)].join('');
}

/** Every quote of the articles, in article order, with its outlet and the link to it. */
export function toPublishedQuotes(articles: readonly Article[]): PublishedQuote[] {
  return articles.flatMap((article) =>
    article.quotes.map((quote) =>
      publishedQuoteSchema.parse({
        ...quote,
        articleId: article.id,
        outlet: article.outlet,
        href: `${article.href}#${quote.id}`,
        sentence: unitText(article, quote.sentenceId),
      }),
    ),
  );
}

/** dist/data/quotes.json in pieces, each quote's `href` under the site's `base`. */
export function* quotesJsonPieces(quotes: readonly PublishedQuote[], base = '/'): Generator<string> {
  yield* jsonArrayPieces(
    mapLazily(quotes, (quote) => ({ ...quote, href: withBase(base, quote.href) })),
    2,
  );
  yield '\n';
}

/** dist/data/quotes.json as one string. */
export function toQuotesJson(articles: readonly Article[], base = '/'): string {
  return [...quotesJsonPieces(toPublishedQuotes(articles), base)].join('');
}

/** Columns of quotes.csv, in order. */
export const QUOTE_CSV_COLUMNS = [
  'id',
  'article_id',
  'href',
  'outlet_id',
  'outlet_name',
  'text',
  'kind',
  'cut',
  'speaker_id',
  'speaker_name',
  'speaker_category',
  'rule',
  'confidence',
  'evidence',
  'sentence',
] as const;

/** A row of quotes.csv. */
function quoteCsvRow(quote: PublishedQuote, base: string): string {
  const row: Record<(typeof QUOTE_CSV_COLUMNS)[number], string | number | null> = {
    id: quote.id,
    article_id: quote.articleId,
    href: withBase(base, quote.href),
    outlet_id: quote.outlet?.id ?? null,
    outlet_name: quote.outlet?.name ?? null,
    text: quote.text,
    kind: quote.kind,
    cut: quote.cut,
    speaker_id: quote.speaker?.id ?? null,
    speaker_name: quote.speaker?.name ?? null,
    speaker_category: quote.speaker?.category ?? null,
    rule: quote.rule,
    confidence: quote.confidence,
    evidence: quote.evidence,
    sentence: quote.sentence,
  };
  return QUOTE_CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
}

/** dist/data/quotes.csv in pieces (RFC 4180, CRLF): one row per quote, hrefs under `base`. */
export function* quotesCsvPieces(quotes: readonly PublishedQuote[], base = '/'): Generator<string> {
  yield `${QUOTE_CSV_COLUMNS.join(',')}\r\n`;
  for (const quote of quotes) yield `${quoteCsvRow(quote, base)}\r\n`;
}

/** dist/data/quotes.csv as one string. */
export function toQuotesCsv(articles: readonly Article[], base = '/'): string {
  return [...quotesCsvPieces(toPublishedQuotes(articles), base)].join('');
}
