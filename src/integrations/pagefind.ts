/**
 * Builds the search index over the finished site, through Pagefind's Node API: the article
 * pages and one record per quote, in bundles of bounded size (src/lib/publish/search-filters.ts)
 * that the search page merges into one search. Pagefind reports problems as `{ errors }`
 * instead of throwing: any error fails the build.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PagefindIndex } from 'pagefind';
import type { PublishedArticle, PublishedQuote } from '../lib/schema/index.ts';
import { toSearchRecord } from '../lib/publish/search-records.ts';
import { partNamesIn } from '../lib/publish/data-parts.ts';
import { withBase, withoutBase } from '../lib/publish/site-url.ts';
import {
  BUNDLE_LIST,
  type BundleKind,
  PRIMARY_BUNDLE,
  planBundles,
  type BundleList,
  type PlannedBundle,
} from '../lib/publish/search-filters.ts';

/** Throws when a Pagefind step reported errors (its API returns them instead of throwing). */
export function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

// Never loaded: Pagefind's ready-made UIs (~430 KB a bundle; the search page uses its JS
// API), its worker (the search page runs Pagefind in a worker of its own) and the
// WebAssembly for pages in no known language (every record is English).
const UNUSED = /^(pagefind-(ui|component-ui|modular-ui|highlight)\.|pagefind-worker\.js$|wasm\.unknown\.)/;
// Pagefind's script: only the primary bundle's is loaded (by every engine of the search worker).
const SCRIPT = /^pagefind\.js$/;
// Its WebAssembly: loaded from each engine's first bundle, the first of each kind.
const WEBASSEMBLY = /^wasm\..*\.pagefind$/;

// Records sent to Pagefind before waiting for its answers: its service takes them in turn,
// and waiting for each answer before sending the next left it idle (20,000 quotes: 13.7 s →
// 6.8 s). They are sent in the order given, which is the order of the index (and of its bytes).
const IN_FLIGHT = 64;

async function addInOrder<T, R>(
  items: readonly T[],
  prepare: (item: T) => Promise<R>,
  add: (item: T, prepared: R) => Promise<{ errors: string[] }>,
  step: string,
): Promise<void> {
  for (let start = 0; start < items.length; start += IN_FLIGHT) {
    const batch = items.slice(start, start + IN_FLIGHT);
    // Prepared all at once (reading files finishes in any order), then sent in order.
    const prepared = await Promise.all(batch.map(prepare));
    const answers = await Promise.all(batch.map((item, index) => add(item, prepared[index]!)));
    for (const answer of answers) failOn(step, answer.errors);
  }
}

/**
 * The text of each sentence a quote stands in (a quote's record holds its sentence), from
 * the published articles. Only those are kept, and the articles are let go on return: at
 * 10,000 articles they are the largest data file.
 */
async function readQuoteSentences(
  outDir: string,
  quotes: readonly PublishedQuote[],
): Promise<Map<string, string>> {
  const wanted = new Set(quotes.flatMap((quote) => quote.parts.map((part) => part.sentenceId)));
  const sentences = new Map<string, string>();
  for await (const articles of readDataParts<PublishedArticle>(outDir, 'articles.json')) {
    for (const article of articles)
      for (const sentence of article.sentences)
        if (wanted.has(sentence.id)) sentences.set(sentence.id, sentence.text);
  }
  return sentences;
}

/**
 * The records of a whole-corpus JSON file of dist/data/, written whole or in numbered parts
 * (data-parts.ts), one part at a time: a part is let go before the next is read.
 */
async function* readDataParts<T>(outDir: string, file: string): AsyncGenerator<T[]> {
  const folder = path.join(outDir, 'data');
  const names = partNamesIn(await readdir(folder), file);
  if (names.length === 0) throw new Error(`the build wrote no dist/data/${file}`);
  for (const name of names) yield JSON.parse(await readFile(path.join(folder, name), 'utf8')) as T[];
}

type PagefindApi = typeof import('pagefind');

/**
 * Two Pagefind services, so that two bundles are indexed at once. Pagefind's Node API runs
 * one service per instance of its module and takes its messages in turn; a second instance,
 * imported under an address of its own, starts a second service. At 3,000 quote-dense
 * articles in one file the index took 7.8–8.0 s in one service and 6.1–7.1 s in two (this
 * 2-core machine; each bundle is still held alone in its service's memory).
 */
async function pagefindLanes(): Promise<PagefindApi[]> {
  const first = await import('pagefind');
  const second = (await import(
    /* @vite-ignore */ `${import.meta.resolve('pagefind')}?lane=2`
  )) as PagefindApi;
  return [first, second];
}

// What a record costs Pagefind, by kind, relative to a quote: an article page (its HTML
// parsed, ~8 KB) took 1.7–2.0 ms to add and write, a quote 0.4–0.5 ms (3,000 quote-dense
// articles in one file: 3,000 pages and 17,987 quotes).
const RECORD_COST: Readonly<Record<BundleKind, number>> = { articles: 4, quotes: 1 };

/**
 * Runs `jobs` on `lanes`, each lane taking the next job when it is free, the costliest jobs
 * first (so the lanes end close together). With one lane per kind, the quotes' lane ran 9.7 s
 * while the articles' ended at 6.1 s (3,000 quote-dense articles in one file); at 10,000
 * articles the articles' four bundles were the longer lane. After a job fails no lane starts
 * another; the first failure is thrown once every lane has stopped, so that no job is still
 * running when the caller closes the lanes.
 */
export async function runOnLanes<L, J extends { cost: number }>(
  lanes: readonly L[],
  jobs: readonly J[],
  run: (lane: L, job: J) => Promise<void>,
): Promise<void> {
  const queue = [...jobs].sort((a, b) => b.cost - a.cost);
  let next = 0;
  let failed = false;
  const outcomes = await Promise.allSettled(
    lanes.map(async (lane) => {
      while (!failed && next < queue.length) {
        try {
          await run(lane, queue[next++]!);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }),
  );
  const failure = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failure !== undefined) throw failure.reason;
}

/** Set by scripts/build.ts for its Astro process: it indexes the site itself, after that process ends. */
export const INDEX_AFTER_ASTRO = 'SUMMIT_INDEX_AFTER_ASTRO';

/**
 * Indexes every article page and every quote of the site built in `outDir`, and writes
 * its pagefind/ under the site's `base` (SITE_URL). The index holds site paths
 * ("/articles/x/"): Pagefind adds the folder above its bundles' to each result's URL, which
 * is the base. The bundle list holds the bundles' whole paths, for the search worker to
 * fetch. Returns what it indexed, for the build's log.
 */
export async function writeSearchIndex(outDir: string, base: string): Promise<string> {
  const started = performance.now();
  const lanes = await pagefindLanes();
  try {
    // Article pages are the only ones with data-pagefind-body: reading the others
    // (thousands of comparison pages at scale) would cost time and find nothing.
    const pages = (await readdir(path.join(outDir, 'articles'), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/articles/${entry.name}/`)
      .sort();
    if (pages.length === 0) throw new Error('Pagefind found no article pages to index');
    // One record per quote, from the published data: quotes have no page of their own.
    const quotes: PublishedQuote[] = [];
    for await (const part of readDataParts<PublishedQuote>(outDir, 'quotes.json'))
      for (const quote of part) quotes.push(quote);
    const sentences = await readQuoteSentences(outDir, quotes);
    const sentenceText = (id: string) => sentences.get(id);
    const [articleBundles, quoteBundles] = planBundles(pages, quotes);

    const writeBundle = async (
      { createIndex }: PagefindApi,
      bundle: PlannedBundle<unknown>,
      fill: (index: PagefindIndex) => Promise<void>,
    ) => {
      const created = await createIndex({ forceLanguage: 'en' });
      failOn('createIndex', created.errors);
      const index = created.index;
      if (!index) throw new Error('Pagefind createIndex returned no index');
      await fill(index);
      const bundleDir = path.join(outDir, bundle.path);
      const written = await index.writeFiles({ outputPath: bundleDir });
      failOn('writeFiles', written.errors);
      // Free the service's copy before the next bundle: one bundle in memory at a time in each.
      await index.deleteIndex();
      const primary = bundle.path === PRIMARY_BUNDLE;
      for (const name of await readdir(bundleDir)) {
        const unused =
          UNUSED.test(name) || (!primary && SCRIPT.test(name)) || (!bundle.first && WEBASSEMBLY.test(name));
        if (unused) await rm(path.join(bundleDir, name));
      }
    };

    const fillArticles = (bundle: PlannedBundle<string>) => (index: PagefindIndex) =>
      addInOrder(
        bundle.items,
        (url) => readFile(path.join(outDir, url, 'index.html'), 'utf8'),
        (url, content) => index.addHTMLFile({ url, content }),
        'addHTMLFile',
      );
    const fillQuotes = (bundle: PlannedBundle<PublishedQuote>) => (index: PagefindIndex) =>
      addInOrder(
        bundle.items,
        (quote) =>
          Promise.resolve(toSearchRecord({ ...quote, href: withoutBase(base, quote.href) }, sentenceText)),
        (_quote, record) => index.addCustomRecord(record),
        'addCustomRecord',
      );
    const jobs = [
      ...articleBundles.map((bundle) => ({ bundle, fill: fillArticles(bundle) })),
      ...quoteBundles.map((bundle) => ({ bundle, fill: fillQuotes(bundle) })),
    ].map((job) => ({ ...job, cost: job.bundle.items.length * RECORD_COST[job.bundle.kind] }));
    await runOnLanes(lanes, jobs, (lane, { bundle, fill }) => writeBundle(lane, bundle, fill));
    const list: BundleList = {
      bundles: [...articleBundles, ...quoteBundles].map(({ kind, path }) => ({
        kind,
        path: withBase(base, path),
      })),
    };
    await writeFile(path.join(outDir, PRIMARY_BUNDLE, BUNDLE_LIST), `${JSON.stringify(list)}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return `indexed ${pages.length} pages and ${quotes.length} quotes in ${list.bundles.length} bundle${list.bundles.length === 1 ? '' : 's'} in ${seconds} s`;
  } finally {
    await Promise.all(lanes.map((lane) => lane.close()));
  }
}

/**
 * Builds the search index when Astro's build is done, unless scripts/build.ts will
 * (INDEX_AFTER_ASTRO): `astro build` alone still writes a searchable site.
 */
export function pagefind(base = '/'): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_ASTRO] === '1') return;
        logger.info(await writeSearchIndex(fileURLToPath(dir), base));
      },
    },
  };
}
