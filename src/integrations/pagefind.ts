/**
 * Builds the Pagefind index over the finished site, through Pagefind's Node API. Pagefind
 * reports problems as `{ errors }` instead of throwing: any error fails the build.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PublishedQuote } from '../lib/schema.ts';
import { toSearchRecord } from '../lib/search.ts';

/** Throws when a Pagefind step reported errors (its API returns them instead of throwing). */
export function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** Indexes every page marked `data-pagefind-body` and writes dist/pagefind/. */
export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        try {
          const created = await createIndex({ forceLanguage: 'en' });
          failOn('createIndex', created.errors);
          const index = created.index;
          if (!index) throw new Error('Pagefind createIndex returned no index');
          // Only article pages carry data-pagefind-body: reading the others (thousands of
          // comparison pages at scale) would cost time and find nothing.
          const added = await index.addDirectory({ path: outDir, glob: 'articles/**/*.html' });
          failOn('addDirectory', added.errors);
          if (added.page_count === 0)
            throw new Error('Pagefind indexed no pages: is data-pagefind-body on the article pages?');
          // One record per quote, from the published data: quotes have no page of their own.
          const quotes = JSON.parse(
            await readFile(path.join(outDir, 'data/quotes.json'), 'utf8'),
          ) as PublishedQuote[];
          for (const quote of quotes) {
            const record = await index.addCustomRecord(toSearchRecord(quote));
            failOn(`addCustomRecord (${quote.id})`, record.errors);
          }
          const pagefindDir = path.join(outDir, 'pagefind');
          const written = await index.writeFiles({ outputPath: pagefindDir });
          failOn('writeFiles', written.errors);
          // Our search page uses Pagefind's JS API only: drop its ready-made UIs (~430 KB).
          for (const name of await readdir(pagefindDir)) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\./.test(name))
              await rm(path.join(pagefindDir, name));
          }
          logger.info(
            `indexed ${added.page_count} pages and ${quotes.length} quotes in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
