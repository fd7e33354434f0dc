/**
 * Relevance of the search: each search of tests/fixtures/search-relevance.yaml runs against
 * the built site's Pagefind index, through the ordering the search page uses
 * (src/client/search-service.ts `rankedSearch`, `takePage`), and its expected results must come first.
 * Pagefind's script runs in Node here, fetching the index from a local server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
import { searchRelevanceSchema } from '../../src/lib/schema/index.ts';
import { engineFor, type BundleList, type Engine } from '../../src/lib/publish/search-filters.ts';
import { bundlesOf, rankedSearch, takePage, type PagefindEngine } from '../../src/client/search-service.ts';
import { DIST } from './support/site.ts';

const fixture = searchRelevanceSchema.parse(
  parse(readFileSync(path.resolve(import.meta.dirname, '../fixtures/search-relevance.yaml'), 'utf8')),
);

let server: StaticServer;
const engines = new Map<Engine, PagefindEngine>();

interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindEngine & {
    mergeIndex(path: string): Promise<void>;
  };
}

beforeAll(async () => {
  server = await serveStatic(DIST);
  const list = JSON.parse(readFileSync(path.join(DIST, 'pagefind/bundles.json'), 'utf8')) as BundleList;
  for (const engine of ['all', 'articles', 'quotes'] as const) {
    // A module of its own for each engine, as in the search worker: Pagefind's WebAssembly
    // is global to its module.
    const script = `${pathToFileURL(path.join(DIST, 'pagefind/pagefind.js')).href}?engine=${engine}`;
    const module = (await import(/* @vite-ignore */ script)) as PagefindModule;
    const [first, ...others] = bundlesOf(list, engine).map((bundle) => `${server.url}${bundle}`);
    const pagefind = module.createInstance({ basePath: first! });
    for (const other of others) await pagefind.mergeIndex(other);
    engines.set(engine, pagefind);
  }
});

afterAll(async () => {
  await server.close();
});

/** The addresses of a search's results, in order, without the server's origin. */
async function search(query: string, type: 'article' | 'quote' | undefined): Promise<string[]> {
  const engine = engines.get(engineFor(type ?? null, false))!;
  const results = await rankedSearch(engine, query, {});
  const data = await takePage(results, query, 0, results.length);
  return data.map((item) => item.url.replace(server.url, ''));
}

describe('search relevance (tests/fixtures/search-relevance.yaml)', () => {
  it.each(fixture.searches.map((entry) => [`${entry.query}${entry.type ? ` (${entry.type}s)` : ''}`, entry]))(
    '%s: the expected results come first',
    async (_name, { query, type, top, only, why }) => {
      const found = await search(query, type);
      expect(new Set(found.slice(0, top.length)), why).toEqual(new Set(top));
      if (only) expect(found, `${why}: and nothing else`).toHaveLength(top.length);
    },
  );
});
