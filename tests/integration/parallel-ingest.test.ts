/**
 * The parallel warm-up of the ingest cache: worker threads analyse disjoint sources, and
 * the ingest afterwards reads them all from the cache and gives the same records. And the
 * article pool: one source's articles built on worker threads, the same records again.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createArticlePool, warmIngestCache } from '../../scripts/lib/parallel-ingest.ts';
import { generateCorpus } from '../../scripts/lib/corpus.ts';
import { ingest } from '../../src/lib/ingest/index.ts';
import { parseOutletRegistry } from '../../src/lib/registry/outlets.ts';
import { parsePeopleRegistry } from '../../src/lib/registry/people.ts';
import { readContentInputs } from '../../src/loaders/content-files.ts';
import { CACHE_DIR, cachedIngestOptions } from '../../src/loaders/ingest-cache.ts';
import { inputWith, PEOPLE, projectRoot, readProjectFile, REGISTRY } from '../helpers.ts';

const site = mkdtempSync(path.join(tmpdir(), 'parallel-ingest-'));
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('warmIngestCache', () => {
  it('analyses every source in worker threads, and the ingest then reads them all from the cache', async () => {
    mkdirSync(path.join(site, 'content/sources'), { recursive: true });
    for (const name of readdirSync(path.join(projectRoot, 'content')).filter((file) =>
      /\.(yaml|json)$/.test(file),
    )) {
      cpSync(path.join(projectRoot, 'content', name), path.join(site, 'content', name));
    }
    cpSync(path.join(projectRoot, 'src/lib'), path.join(site, 'src/lib'), { recursive: true });
    const corpus = generateCorpus(
      { articles: 24, seed: 5, perFile: 6 },
      parseOutletRegistry(REGISTRY, readProjectFile(REGISTRY)),
      parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE)),
    );
    for (const file of corpus.files) writeFileSync(path.join(site, 'content/sources', file.name), file.text);
    const inputs = await readContentInputs(site);

    let reported = 0;
    await warmIngestCache(site, inputs.sources, (articles) => (reported = articles), {
      minBytes: 0,
      maxThreads: 2,
    });
    expect(readdirSync(path.join(site, CACHE_DIR))).toHaveLength(4);
    expect(reported).toBe(24);

    const options = cachedIngestOptions(site);
    const warm = await ingest(inputs, options);
    expect(options.cache).toMatchObject({ hits: 4, misses: 0 });
    const cold = await ingest(inputs);
    expect(warm.articles).toEqual(cold.articles);
  }, 120_000);
});

describe('createArticlePool', () => {
  it('builds one large source on worker threads, split by article, into the records and warnings of one thread', async () => {
    const corpus = generateCorpus(
      { articles: 240, seed: 7, perFile: 240 },
      parseOutletRegistry(REGISTRY, readProjectFile(REGISTRY)),
      parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE)),
    );
    const input = inputWith({ 'content/sources/one.txt': corpus.files[0]!.text });
    const { sources: _sources, sidecars: _sidecars, ...shared } = input;
    const pool = createArticlePool(shared, { maxThreads: 2 });
    try {
      const parallel = await ingest(input, { buildArticles: pool.build });
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(await ingest(input)));
    } finally {
      await pool.close();
    }
  }, 120_000);
});
