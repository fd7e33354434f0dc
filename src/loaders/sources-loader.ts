/**
 * The articles of every source in content/sources: the ingest over content/, for the
 * pages of a build (`ingestArticles`) and, in `astro dev`, for the `articles` collection
 * (`sourcesLoader`), which re-runs it when a source, sidecar or registry changes, so added,
 * edited and removed sources show up without a restart.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ingest, type IngestResult } from '../lib/ingest/index.ts';
import { formatProblem, InputError } from '../lib/problems.ts';
import { CONTENT_DIR, readContentInputs } from './content-files.ts';
import { cachedIngestOptions } from './ingest-cache.ts';

/**
 * Runs the ingest over `root`'s content/, through the ingest cache (a build's input check
 * has just filled it). Bad input throws an error listing every problem at its file and line.
 */
export async function ingestArticles(root: string): Promise<IngestResult & { sources: number }> {
  const inputs = await readContentInputs(root);
  try {
    const result = await ingest(inputs, cachedIngestOptions(root));
    return { ...result, warnings: [...inputs.ignored, ...result.warnings], sources: inputs.sources.length };
  } catch (error) {
    if (error instanceof InputError) {
      throw new Error(`Invalid content:\n${error.problems.map(formatProblem).join('\n')}`, { cause: error });
    }
    throw error;
  }
}

async function loadArticles(context: LoaderContext): Promise<void> {
  const { store, logger } = context;
  const result = await ingestArticles(fileURLToPath(context.config.root));
  for (const warning of result.warnings) logger.warn(formatProblem(warning));
  store.clear();
  // Not through context.parseData: the ingest built every record with the collection's own
  // schema (articleSchema.parse), and checking it twice cost seconds per thousand articles.
  for (const article of result.articles) {
    store.set({ id: article.id, data: { ...article }, digest: context.generateDigest(article) });
  }
  const { sources } = result;
  logger.info(`${result.articles.length} articles from ${sources} source${sources === 1 ? '' : 's'}`);
}

/**
 * Whether this is a production build, whose pages read `ingestArticles` themselves: the
 * loader and the pages decide by this one test (Vitest and shells may set NODE_ENV; the
 * build script sets it to production).
 */
export function pagesReadTheIngest(): boolean {
  return process.env['NODE_ENV'] === 'production';
}

const watchedBy = new WeakSet<object>();

/**
 * The loader of the `articles` collection, the live view of content/sources for
 * `astro dev`. In a production build it stores nothing: the pages read `ingestArticles`
 * once instead (src/data/collections.ts; both decide by `pagesReadTheIngest`). The
 * content layer keeps three copies of what it stores
 * (its store, the source text of the data module it bundles, and that module's parsed
 * copy): at 10,000 articles, 1.2 GB.
 */
export function sourcesLoader(): Loader {
  return {
    name: 'sources-loader',
    async load(context) {
      const watcher = context.watcher;
      if (!watcher && pagesReadTheIngest()) {
        context.store.clear();
        return;
      }
      await loadArticles(context);
      if (!watcher) return;
      const contentDir = path.join(fileURLToPath(context.config.root), CONTENT_DIR);
      // load() runs again when the content config changes: listen once per watcher.
      if (watchedBy.has(watcher)) return;
      watchedBy.add(watcher);
      watcher.add(contentDir);
      const reload = async (changed: string) => {
        if (!path.resolve(changed).startsWith(contentDir)) return;
        try {
          await loadArticles(context);
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) {
        watcher.on(event, (changed: string) => void reload(changed));
      }
    },
  };
}
