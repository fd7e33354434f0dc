/**
 * Spreads the analysis of many sources over the machine's cores: worker threads analyse
 * disjoint sets of sources into the ingest cache, so the single ingest that follows (which
 * checks everything across sources and reports) finds every source already analysed.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileInput } from '../../src/lib/ingest/index.ts';

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
