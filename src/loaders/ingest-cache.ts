/**
 * The ingest cache on disk: one JSON file per analysed source in .cache/ingest/ (ignored
 * by git), keyed by a hash of the source, its sidecar, the registries, the lexicons and the
 * analysis code, so an unchanged source is not analysed again and any change misses.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CachedSource, IngestCache, IngestOptions } from '../lib/ingest/index.ts';

export const CACHE_DIR = '.cache/ingest';

/**
 * A hash of the analysis code (every file under src/lib, subfolders included) and of
 * package-lock.json, so editing the code or upgrading a dependency that shapes the records
 * (rehype-sanitize changes the rendered HTML) invalidates every entry; null when the code
 * cannot be found (then nothing is cached).
 */
export function codeVersion(root: string): string | null {
  for (const dir of [path.join(root, 'src/lib'), fileURLToPath(new URL('../lib', import.meta.url))]) {
    let files: string[];
    try {
      files = listFiles(dir);
    } catch {
      // Not there (a bundled copy of this file): try the next place.
      continue;
    }
    const hash = createHash('sha256');
    for (const name of files) {
      hash.update(`${name}\0`);
      hash.update(readFileSync(path.join(dir, name)));
    }
    const lockfile = path.join(root, 'package-lock.json');
    hash.update('package-lock.json\0');
    hash.update(existsSync(lockfile) ? readFileSync(lockfile) : 'absent');
    return hash.digest('hex');
  }
  return null;
}

/** Every file under `dir`, as '/'-separated relative paths in a fixed order. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
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
