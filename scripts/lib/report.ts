/**
 * Shared by the ingest and build scripts: run the ingest on content/ and report it.
 */
import { readContentInputs } from '../../src/loaders/content-files.ts';
import { ingest, type IngestResult } from '../../src/lib/ingest/index.ts';
import { formatProblem, InputError } from '../../src/lib/problems.ts';
import { cachedIngestOptions } from '../../src/loaders/ingest-cache.ts';
import { createArticlePool, warmIngestCache } from './parallel-ingest.ts';
import { createProgress } from './progress.ts';

/** Runs the ingest; prints problems and a summary. Returns the result, or null on bad input. */
export async function runIngest(
  root: string,
  { verbose }: { verbose: boolean },
): Promise<IngestResult | null> {
  let result: IngestResult;
  try {
    const inputs = await readContentInputs(root);
    const options = cachedIngestOptions(root);
    const progress = createProgress('ingest');
    // Many sources: analyse them on every core first; the ingest below then reads the cache.
    if (options.cache) {
      await warmIngestCache(root, inputs.sources, (articles) => {
        progress.onProgress({ sources: 0, of: inputs.sources.length, articles });
      });
    }
    // A large source the cache does not hold: its articles are built on every core.
    const { sources: _sources, sidecars: _sidecars, ignored: _ignored, ...shared } = inputs;
    const pool = createArticlePool(shared);
    try {
      result = await ingest(inputs, {
        ...options,
        buildArticles: pool.build,
        onProgress: progress.onProgress,
      });
    } finally {
      await pool.close();
    }
    progress.done();
    options.cache?.prune();
    if (verbose && options.cache) {
      console.log(`cache: ${options.cache.hits} source(s) unchanged, ${options.cache.misses} analysed`);
    }
    result.warnings.unshift(...inputs.ignored);
  } catch (error) {
    if (error instanceof InputError) {
      console.error(
        `✗ ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in the inputs; nothing was built.\n`,
      );
      for (const problem of error.problems) console.error(`${formatProblem(problem)}\n`);
      return null;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      console.error(
        `✗ ${error.message}\n  → the site needs content/outlets.yaml and a content/sources/ folder`,
      );
      return null;
    }
    throw error;
  }
  for (const warning of result.warnings) console.warn(`warning: ${formatProblem(warning)}`);
  const candidates = new Map<string, number>();
  for (const quote of result.articles.flatMap((article) => article.quotes)) {
    if (quote.speaker && !quote.speaker.registered) {
      candidates.set(quote.speaker.name, (candidates.get(quote.speaker.name) ?? 0) + 1);
    }
  }
  if (candidates.size > 0) {
    console.log(
      `Speakers not in content/people.yaml (candidates to add): ${[...candidates]
        .map(([name, count]) => `${name} (${count})`)
        .join(', ')}`,
    );
  }
  const files = new Set(result.articles.map((article) => article.source.file));
  const quotes = result.articles.reduce((sum, article) => sum + article.quotes.length, 0);
  console.log(
    `✓ ${result.articles.length} articles from ${files.size} source${files.size === 1 ? '' : 's'}, ${quotes} quotes`,
  );
  if (verbose) {
    for (const article of result.articles) {
      const outlet = article.outlet?.name ?? 'unattributed';
      const { method, confidence, evidence } = article.attribution;
      console.log(`  ${article.id}  ${outlet}  [${method}${method === 'inferred' ? ` ${confidence}` : ''}]`);
      for (const item of evidence) console.log(`      · ${item}`);
    }
  }
  return result;
}
