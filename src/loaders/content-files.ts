/**
 * The file-system edge of the ingest: reads content/ into the plain values src/lib takes.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestInput } from '../lib/ingest/index.ts';
import type { Problem } from '../lib/problems.ts';

export const CONTENT_DIR = 'content';
export const SOURCES_DIR = `${CONTENT_DIR}/sources`;
export const REGISTRY_FILE = `${CONTENT_DIR}/outlets.yaml`;
export const PEOPLE_FILE = `${CONTENT_DIR}/people.yaml`;
export const STORY_FILE = `${CONTENT_DIR}/story.yaml`;
export const THEMES_FILE = `${CONTENT_DIR}/themes.yaml`;
export const VALENCE_FILE = `${CONTENT_DIR}/valence.yaml`;

export interface ContentInputs extends IngestInput {
  /** Files in content/sources that are neither sources nor sidecars. */
  ignored: Problem[];
}

/** Reads the registry, every `*.txt` source and every `*.meta.yaml` sidecar under `root`. */
export async function readContentInputs(root: string): Promise<ContentInputs> {
  const sourcesDir = path.join(root, SOURCES_DIR);
  const names = (await readdir(sourcesDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
  const sources = [];
  const sidecars = [];
  const ignored: Problem[] = [];
  for (const name of names) {
    const file = `${SOURCES_DIR}/${name}`;
    if (name.endsWith('.txt')) {
      sources.push({ file, bytes: new Uint8Array(await readFile(path.join(root, file))) });
    } else if (name.endsWith('.meta.yaml')) {
      sidecars.push({ file, bytes: new Uint8Array(await readFile(path.join(root, file))) });
    } else if (!name.startsWith('.')) {
      ignored.push({
        file,
        line: null,
        message: 'not a source (*.txt) or a sidecar (*.meta.yaml); it is ignored',
        hint: 'rename it to .txt if it is a source, or move it out of content/sources',
      });
    }
  }
  const read = async (file: string) => ({
    file,
    bytes: new Uint8Array(await readFile(path.join(root, file))),
  });
  return {
    registry: await read(REGISTRY_FILE),
    people: await read(PEOPLE_FILE),
    story: await read(STORY_FILE),
    themes: await read(THEMES_FILE),
    valence: await read(VALENCE_FILE),
    sources,
    sidecars,
    ignored,
  };
}
