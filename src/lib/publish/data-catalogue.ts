/**
 * Every published data file (README, "Published data"), as records that data-parts.ts can
 * split: the five whole-corpus files of dist/data/ and the five of each outlet under
 * dist/data/outlets/<id>/. The formats are those of data-files.ts; a file written whole is
 * byte-for-byte what it was before files could be split.
 */
import type { Article, PublishedFraming, PublishedQuote } from '../schema/index.ts';
import { articlesCsvPieces, articlesJsonPieces, quotesCsvPieces, quotesJsonPieces } from './data-files.ts';
import type { RecordFile } from './data-parts.ts';
import { jsonPieces } from './pieces.ts';
import { hrefsUnderBase } from './site-url.ts';

type OutletProfile = PublishedFraming['outlets'][number];
type ArticleProfile = PublishedFraming['articles'][number];

/** What the data files are made from: every article, every quote and the framing, for one base. */
export interface DataSources {
  articles: readonly Article[];
  quotes: readonly PublishedQuote[];
  framing: PublishedFraming;
  base: string;
}

/** A data file and its records (articles, quotes, or framing profiles). */
export type DataFile = RecordFile<object>;

/** framing.json and its compact pieces: one member per record, as the file was always written. */
function framingPieces(object: object, base: string): Iterable<string> {
  return (function* () {
    yield* jsonPieces(object, 0, 2, hrefsUnderBase(base));
    yield '\n';
  })();
}

/** The four files of articles and quotes, for all of them or one outlet's. */
function recordFiles(
  articles: readonly Article[],
  quotes: readonly PublishedQuote[],
  base: string,
): [RecordFile<Article>, RecordFile<Article>, RecordFile<PublishedQuote>, RecordFile<PublishedQuote>] {
  return [
    { file: 'articles.json', records: articles, pieces: (records) => articlesJsonPieces(records, base) },
    { file: 'articles.csv', records: articles, pieces: (records) => articlesCsvPieces(records, base) },
    { file: 'quotes.json', records: quotes, pieces: (records) => quotesJsonPieces(records, base) },
    { file: 'quotes.csv', records: quotes, pieces: (records) => quotesCsvPieces(records, base) },
  ];
}

/**
 * dist/data/: articles and quotes (JSON and CSV), and framing.json, whose records are the
 * outlet profiles, then the article profiles. A later part of framing.json holds only its
 * runs of `outlets` and `articles`; the story, themes, facts and method are in the first.
 */
export function corpusDataFiles({ articles, quotes, framing, base }: DataSources): DataFile[] {
  const outletProfiles = new Set<object>(framing.outlets);
  const framingFile: RecordFile<OutletProfile | ArticleProfile> = {
    file: 'framing.json',
    records: [...framing.outlets, ...framing.articles],
    pieces: (records, first) => {
      const outlets = records.filter((record) => outletProfiles.has(record)) as OutletProfile[];
      const profiles = records.filter((record) => !outletProfiles.has(record)) as ArticleProfile[];
      const lists = { outlets, articles: profiles };
      return framingPieces(first ? { ...framing, ...lists } : lists, base);
    },
  };
  return [...recordFiles(articles, quotes, base), framingFile];
}

/**
 * dist/data/outlets/<id>/: the outlet's records of the four files of articles and quotes,
 * and its framing.json: the story, themes, facts and method, its own profile as `outlet`,
 * and its articles' profiles (the records, split as the whole file's are).
 */
export function outletDataFiles(
  outlet: string,
  { articles, quotes, framing, base }: DataSources,
): DataFile[] {
  const { outlets, articles: profiles, ...rest } = framing;
  const profile = outlets.find((item) => item.id === outlet);
  if (profile === undefined) throw new Error(`no framing profile for the outlet ${outlet}`);
  const own = <T extends { outlet: { id: string } | null }>(items: readonly T[]) =>
    items.filter((item) => item.outlet?.id === outlet);
  const framingFile: RecordFile<ArticleProfile> = {
    file: 'framing.json',
    records: own(profiles),
    pieces: (records, first) =>
      framingPieces(first ? { ...rest, outlet: profile, articles: records } : { articles: records }, base),
  };
  return [...recordFiles(own(articles), own(quotes), base), framingFile];
}

/** The media type a data file is served with, from its name. */
export function dataContentType(file: string): string {
  return file.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
}
