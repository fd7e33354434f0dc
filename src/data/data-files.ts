/**
 * The published data files of a build and the parts each is written in (data-parts.ts):
 * planned once, read by the endpoints that write them and by the /data/ page that lists them.
 */
import { getArticles, getArticlesByOutlet, getQuotes, oncePerBuild } from './collections.ts';
import { getFraming } from './framing.ts';
import { BASE } from './site-url.ts';
import {
  corpusDataFiles,
  dataContentType,
  outletDataFiles,
  type DataFile,
  type DataSources,
} from '../lib/publish/data-catalogue.ts';
import { partPieces, planParts, type DataPart } from '../lib/publish/data-parts.ts';
import { piecesResponse } from '../lib/publish/pieces.ts';

/** A data file as published: its folder's site path, its name when whole, its records and its parts. */
export interface PublishedDataFile {
  /** "/data/" or "/data/outlets/<id>/". */
  folder: string;
  /** The outlet whose records it holds; null for the whole corpus. */
  outlet: string | null;
  file: DataFile;
  parts: DataPart[];
}

// Each record's size, by file name: an outlet's files hold the whole corpus's records,
// measured once (data-parts.ts `recordSizes`).
const sizeCaches = new Map<string, WeakMap<object, number>>();

function publish(folder: string, outlet: string | null, file: DataFile): PublishedDataFile {
  let cache = sizeCaches.get(file.file);
  if (cache === undefined) sizeCaches.set(file.file, (cache = new WeakMap()));
  const parts = planParts(file, undefined, cache);
  return { folder, outlet, file, parts };
}

/** Every data file of the build: the whole corpus's, then each outlet's with articles, in the order of their ids. */
export const getDataFiles = oncePerBuild(async (): Promise<PublishedDataFile[]> => {
  const sources: DataSources = {
    articles: await getArticles(),
    quotes: await getQuotes(),
    framing: (await getFraming()).framing,
    base: BASE,
  };
  const outlets = [...(await getArticlesByOutlet()).keys()].sort();
  return [
    ...corpusDataFiles(sources).map((file) => publish('/data/', null, file)),
    ...outlets.flatMap((outlet) =>
      outletDataFiles(outlet, sources).map((file) => publish(`/data/outlets/${outlet}/`, outlet, file)),
    ),
  ];
});

/**
 * The static paths of the data endpoints: of dist/data/ (`corpus`) or of every outlet's
 * folder (`outlets`), a path per part, with the file and part it writes.
 */
export async function dataPartPaths(folders: 'corpus' | 'outlets') {
  return (await getDataFiles())
    .filter((published) => (published.outlet === null) === (folders === 'corpus'))
    .flatMap((published) =>
      published.parts.map((part) => ({
        params:
          published.outlet === null ? { file: part.name } : { outlet: published.outlet, file: part.name },
        props: { published, part },
      })),
    );
}

/** The anchor of a data file's row on /data/: "articles-json", or "outlet-cnn" for an outlet's files. */
export function dataAnchor(file: string, outlet: string | null): string {
  return outlet === null ? file.replace('.', '-') : `outlet-${outlet}`;
}

/**
 * Where a page links to a data file: the file itself when it is whole, its row on /data/
 * (which lists its parts) when it is split.
 */
export async function dataFileHref(file: string, outlet: string | null = null): Promise<string> {
  const published = (await getDataFiles()).find((item) => item.outlet === outlet && item.file.file === file);
  if (published === undefined) throw new Error(`no data file ${file} for ${outlet ?? 'the whole corpus'}`);
  const [only, ...others] = published.parts;
  return others.length === 0 ? `${published.folder}${only!.name}` : `/data/#${dataAnchor(file, outlet)}`;
}

/** Where a page links to each data file of the whole corpus (null) or of an outlet (dataFileHref). */
export async function dataFileHrefs(outlet: string | null) {
  const [articlesJson, articlesCsv, quotesJson, quotesCsv, framingJson] = await Promise.all(
    ['articles.json', 'articles.csv', 'quotes.json', 'quotes.csv', 'framing.json'].map((file) =>
      dataFileHref(file, outlet),
    ),
  );
  return {
    articlesJson: articlesJson!,
    articlesCsv: articlesCsv!,
    quotesJson: quotesJson!,
    quotesCsv: quotesCsv!,
    framingJson: framingJson!,
  };
}

/** What a data endpoint answers for one path of `dataPartPaths`: the part's text, with its media type. */
export function dataPartResponse({
  published,
  part,
}: {
  published: PublishedDataFile;
  part: DataPart;
}): Response {
  return piecesResponse(partPieces(published.file, part), dataContentType(published.file.file));
}
