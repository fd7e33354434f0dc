/**
 * A worker of scripts/lib/parallel-ingest.ts's article pool: builds the records of the runs
 * of articles it is sent, one run at a time, with registries and lexicons read from the
 * files the ingest read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import {
  buildArticles,
  readArticleContext,
  type SharedInput,
  type SourcedArticle,
} from '../../src/lib/ingest/index.ts';

const { input } = workerData as { input: SharedInput };
const context = await readArticleContext(input);
parentPort?.on('message', (message: { articles: SourcedArticle[] }) => {
  buildArticles(message.articles, context).then(
    (built) => parentPort?.postMessage({ built }),
    (error: unknown) =>
      parentPort?.postMessage({
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
