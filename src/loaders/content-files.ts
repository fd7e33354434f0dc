/**
 * The file-system edge of the ingest: reads content/ into the plain values src/lib takes.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IngestInput } from '../lib/ingest/index.ts';
import type { Problem } from '../lib/problems.ts';

export const CONTENT_DIR = 'content';
export const SOURCES_DIR = `${CONTENT_DIR}/sources`;
/** Imported articles, one Markdown file each: `content/articles/<outlet-id>/<slug>.md`. */
export const ARTICLES_DIR = `${CONTENT_DIR}/articles`;
export const REGISTRY_FILE = `${CONTENT_DIR}/outlets.yaml`;
export const PEOPLE_FILE = `${CONTENT_DIR}/people.yaml`;
export const STORY_FILE = `${CONTENT_DIR}/story.yaml`;
export const THEMES_FILE = `${CONTENT_DIR}/themes.yaml`;
export const VALENCE_FILE = `${CONTENT_DIR}/valence.yaml`;
/** The learned theme decisions (scripts/train-themes.ts), and the labelled sentences they are learned from. */
export const THEME_MODEL_FILE = `${CONTENT_DIR}/theme-model.json`;
export const TRAINING_DIR = `${CONTENT_DIR}/training`;
/** Labelled sets that train the fact models only (README → Evaluation: why not the theme model). */
export const FACT_TRAINING_DIR = `${TRAINING_DIR}/facts`;

export interface ContentInputs extends IngestInput {
  /** Files in content/sources that are neither sources nor sidecars. */
  ignored: Problem[];
}

/** Every file under a folder of `root`, as project paths in sorted order; none when it does not exist. */
async function listFiles(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true, recursive: true }).catch(
    (error: unknown) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * Reads the registry, every `*.txt` source and `*.meta.yaml` sidecar under `root`, and
 * every imported article (each `*.md` file under content/articles).
 */
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
  // Imported articles are sources of one article each (src/lib/input/article-file.ts).
  for (const file of await listFiles(root, ARTICLES_DIR)) {
    if (file.endsWith('.md')) {
      sources.push({ file, bytes: new Uint8Array(await readFile(path.join(root, file))) });
    } else if (!path.basename(file).startsWith('.')) {
      ignored.push({
        file,
        line: null,
        message: 'not an imported article (*.md); it is ignored',
        hint: 'add articles with `npm run add-source -- <page.html|URL|article.md|batch.csv>`, or move the file out of content/articles',
      });
    }
  }
  const exists = (file: string) =>
    access(path.join(root, file)).then(
      () => true,
      () => false,
    );
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
    ...((await exists(THEME_MODEL_FILE)) && { themeModel: await read(THEME_MODEL_FILE) }),
    sources,
    sidecars,
    ignored,
  };
}
