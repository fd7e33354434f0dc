/**
 * The per-source cache of the ingest: what it keeps for a source between runs, the store it
 * is kept in (src/loaders/ingest-cache.ts), and the key: a hash of everything a source's
 * records depend on, so a changed input or analysis code is never served from the cache.
 */
import { createHash } from 'node:crypto';
import type { FileInput } from '../input/source.ts';
import type { Problem } from '../problems.ts';
import type { Article } from '../schema/index.ts';

/** What the ingest keeps per source between runs (see src/loaders/ingest-cache.ts). */
export interface CachedSource {
  articles: Article[];
  warnings: Problem[];
}

/** A store for analysed sources, keyed by a hash of everything their records depend on. */
export interface IngestCache {
  get(key: string): CachedSource | undefined;
  set(key: string, value: CachedSource): void;
}

function hashOf(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? `s${part.length}:${part}` : `b${part.length}:`);
    if (typeof part !== 'string') hash.update(part);
  }
  return hash.digest('hex');
}

/** The part of every source's key that all sources share: the code version and the registry and lexicon files. */
export function hashSharedInputs(cacheVersion: string, files: readonly FileInput[]): string {
  return hashOf([cacheVersion, ...files.map((file) => file.bytes)]);
}

/** The cache key of one source and its sidecar. */
export function keySource(shared: string, source: FileInput, sidecar: FileInput | undefined): string {
  return hashOf([shared, source.file, source.bytes, sidecar?.bytes ?? 'no sidecar']);
}
