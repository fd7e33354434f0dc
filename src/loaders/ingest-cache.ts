/**
 * The ingest cache on disk: one JSON file per analysed source in .cache/ingest/ (ignored
 * by git), keyed by a hash of the source, its sidecar, the registries, the lexicons and the
 * analysis code, so an unchanged source is not analysed again and any change misses.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CachedSource, IngestCache, IngestOptions } from '../lib/ingest.ts';

export const CACHE_DIR = '.cache/ingest';

/**
 * A hash of the analysis code (src/lib), so editing it invalidates every entry; null when
 * the code cannot be found (then nothing is cached).
 */
function codeVersion(root: string): string | null {
  for (const dir of [path.join(root, 'src/lib'), fileURLToPath(new URL('../lib', import.meta.url))]) {
    try {
      const hash = createHash('sha256');
      for (const name of readdirSync(dir).sort()) {
        hash.update(name);
        hash.update(readFileSync(path.join(dir, name)));
      }
      return hash.digest('hex');
    } catch {
      // Not there (a bundled copy of this file): try the next place.
    }
  }
  return null;
}

export interface FileCache extends IngestCache {
  /** Deletes the entries this run did not use (sources removed or changed). */
  prune(): void;
  hits: number;
  misses: number;
}

/** A cache under `root`; `CACHE=off` in the environment turns it off. */
export function createFileCache(root: string): FileCache {
  const dir = path.join(root, CACHE_DIR);
  const used = new Set<string>();
  const file = (key: string) => path.join(dir, `${key}.json`);
  const cache: FileCache = {
    hits: 0,
    misses: 0,
    get(key) {
      used.add(key);
      try {
        const value = JSON.parse(readFileSync(file(key), 'utf8')) as CachedSource;
        cache.hits++;
        return value;
      } catch {
        cache.misses++;
        return undefined;
      }
    },
    set(key, value) {
      used.add(key);
      mkdirSync(dir, { recursive: true });
      const temporary = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(value));
      renameSync(temporary, file(key));
    },
    prune() {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) {
        if (!used.has(name.replace(/\.json$/, ''))) rmSync(path.join(dir, name), { force: true });
      }
    },
  };
  return cache;
}

/** Ingest options with the file cache, unless CACHE=off. */
export function cachedIngestOptions(root: string): IngestOptions & { cache?: FileCache } {
  const version = process.env['CACHE'] === 'off' ? null : codeVersion(root);
  return version === null ? {} : { cache: createFileCache(root), cacheVersion: version };
}
