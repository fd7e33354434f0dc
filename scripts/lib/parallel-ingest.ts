/**
 * Spreads the analysis over the machine's cores. Many sources: worker threads analyse
 * disjoint sets of sources into the ingest cache, so the single ingest that follows (which
 * checks everything across sources and reports) finds every source already analysed. A
 * source not analysed so (one large source, or the cache off): its articles are shared out
 * among worker threads by the ingest itself (`createArticlePool`).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type {
  ArticleBuilder,
  BuiltArticles,
  FileInput,
  SharedInput,
  SourcedArticle,
} from '../../src/lib/ingest/index.ts';

/** Below this much source text one thread is as fast as starting workers. */
const MIN_BYTES = 512 * 1024;

/** Analyses `sources` into the cache with up to one worker per core; a no-op for small inputs. */
export async function warmIngestCache(
  root: string,
  sources: readonly FileInput[],
  onProgress: (articles: number) => void = () => undefined,
  { minBytes = MIN_BYTES, maxThreads = availableParallelism() } = {},
): Promise<void> {
  const threads = Math.min(maxThreads, sources.length, 4);
  const bytes = sources.reduce((sum, source) => sum + source.bytes.length, 0);
  if (threads < 2 || bytes < minBytes || process.env['CACHE'] === 'off') return;
  // Largest sources first, each to the least loaded worker.
  const shares = Array.from({ length: threads }, () => ({ bytes: 0, files: [] as string[] }));
  for (const source of [...sources].sort((a, b) => b.bytes.length - a.bytes.length)) {
    const share = shares.reduce((least, next) => (next.bytes < least.bytes ? next : least));
    share.bytes += source.bytes.length;
    share.files.push(source.file);
  }
  const done = new Array<number>(threads).fill(0);
  await Promise.all(
    shares.map(
      (share, index) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), {
            workerData: { root, files: share.files },
          });
          worker.on('message', (message: { articles: number }) => {
            done[index] = message.articles;
            onProgress(done.reduce((sum, count) => sum + count, 0));
          });
          worker.on('error', reject);
          worker.on('exit', () => {
            resolve();
          });
        }),
    ),
  );
}

/** Worker threads that build the records of a source's articles, split by article. */
export interface ArticlePool {
  /** Builds the articles in chunks on the workers (started at the first call); records and warnings in order. */
  build: ArticleBuilder;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * Up to one worker per core (four at most, as above) for `ingest`'s `buildArticles`: a large
 * source is split into runs of articles, each worker takes the next run when it is done with
 * one, and the records come back in the source's order. Each worker reads the registries and
 * lexicons itself, from the same files, so it builds the same records the ingest would.
 */
export function createArticlePool(
  input: SharedInput,
  { maxThreads = availableParallelism() } = {},
): ArticlePool {
  const threads = Math.max(1, Math.min(maxThreads, 4));
  let workers: Worker[] | null = null;
  const start = () =>
    Array.from(
      { length: threads },
      () => new Worker(new URL('./article-worker.ts', import.meta.url), { workerData: { input } }),
    );
  return {
    async build(articles) {
      workers ??= start();
      // Several runs per worker, so that one that gets the longer articles does not hold the rest up.
      const size = Math.max(1, Math.ceil(articles.length / (threads * 8)));
      const runs: (readonly SourcedArticle[])[] = [];
      for (let from = 0; from < articles.length; from += size) runs.push(articles.slice(from, from + size));
      const built = new Array<BuiltArticles>(runs.length);
      let next = 0;
      await Promise.all(
        workers.map(async (worker) => {
          while (next < runs.length) {
            const index = next++;
            built[index] = await buildOn(worker, runs[index]!);
          }
        }),
      );
      return {
        articles: built.flatMap((run) => run.articles),
        warnings: built.flatMap((run) => run.warnings),
      };
    },
    async close() {
      await Promise.all((workers ?? []).map((worker) => worker.terminate()));
      workers = null;
    },
  };
}

/** One run of articles built on a worker. */
function buildOn(worker: Worker, articles: readonly SourcedArticle[]): Promise<BuiltArticles> {
  return new Promise((resolve, reject) => {
    const done = (message: { built: BuiltArticles } | { error: string }) => {
      worker.off('error', reject);
      if ('error' in message)
        reject(new Error(`building articles on a worker thread failed: ${message.error}`));
      else resolve(message.built);
    };
    worker.once('message', done);
    worker.once('error', reject);
    worker.postMessage({ articles });
  });
}
