/**
 * A worker of scripts/lib/parallel-ingest.ts: analyses some sources into the ingest cache.
 * Problems are not reported here: the main ingest that follows reports them all.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingest } from '../../src/lib/ingest/index.ts';
import { readContentInputs } from '../../src/loaders/content-files.ts';
import { cachedIngestOptions } from '../../src/loaders/ingest-cache.ts';

const { root, files } = workerData as { root: string; files: string[] };
const inputs = await readContentInputs(root);
const wanted = new Set(files);
try {
  await ingest(
    { ...inputs, sources: inputs.sources.filter((source) => wanted.has(source.file)) },
    {
      ...cachedIngestOptions(root),
      onProgress: ({ articles }) => parentPort?.postMessage({ articles }),
    },
  );
} catch {
  // Invalid input: nothing of it is cached, and the main ingest says what is wrong.
}
