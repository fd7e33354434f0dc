/**
 * Content-layer loader for the `articles` collection: runs the ingest over content/ and
 * stores one entry per article. In `astro dev` it re-runs when a source, sidecar or the
 * registry changes, so added, edited and removed sources show up without a restart.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ingest } from '../lib/ingest.ts';
import { formatProblem, InputError } from '../lib/problems.ts';
import { CONTENT_DIR, readContentInputs } from './content-files.ts';
import { cachedIngestOptions } from './ingest-cache.ts';

async function loadArticles(context: LoaderContext): Promise<void> {
  const { store, logger } = context;
  const root = fileURLToPath(context.config.root);
  const inputs = await readContentInputs(root);
  let result;
  try {
    result = await ingest(inputs, cachedIngestOptions(root));
  } catch (error) {
    if (error instanceof InputError) {
      throw new Error(`Invalid content:\n${error.problems.map(formatProblem).join('\n')}`, { cause: error });
    }
    throw error;
  }
  for (const warning of [...inputs.ignored, ...result.warnings]) logger.warn(formatProblem(warning));
  store.clear();
  // Not through context.parseData: the ingest built every record with the collection's own
  // schema (articleSchema.parse), and checking it twice cost seconds per thousand articles.
  for (const article of result.articles) {
    store.set({ id: article.id, data: { ...article }, digest: context.generateDigest(article) });
  }
  const sources = inputs.sources.length;
  logger.info(`${result.articles.length} articles from ${sources} source${sources === 1 ? '' : 's'}`);
}

const watchedBy = new WeakSet<object>();

/** The loader for every article of every source in content/sources. */
export function sourcesLoader(): Loader {
  return {
    name: 'sources-loader',
    async load(context) {
      await loadArticles(context);
      const contentDir = path.join(fileURLToPath(context.config.root), CONTENT_DIR);
      const watcher = context.watcher;
      // load() runs again when the content config changes: listen once per watcher.
      if (!watcher || watchedBy.has(watcher)) return;
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
