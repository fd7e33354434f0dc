/**
 * A content-layer loader for one YAML file of content/, parsed by a function of src/lib
 * (so a mistake is reported with its file and line), reloaded in `astro dev` when it changes.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { decodeText } from '../lib/input/source.ts';
import { formatProblem, InputError } from '../lib/problems.ts';

/** Entries to store: each with its id and data. */
export type ParseEntries = (file: string, text: string) => { id: string; data: Record<string, unknown> }[];

async function loadFile(context: LoaderContext, file: string, parse: ParseEntries): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const bytes = new Uint8Array(await readFile(path.join(root, file)));
  let entries;
  try {
    entries = parse(file, decodeText(file, bytes));
  } catch (error) {
    if (error instanceof InputError) {
      throw new Error(`Invalid content:\n${error.problems.map(formatProblem).join('\n')}`, { cause: error });
    }
    throw error;
  }
  context.store.clear();
  for (const entry of entries) {
    const data = await context.parseData({ id: entry.id, data: entry.data });
    context.store.set({ id: entry.id, data, digest: context.generateDigest(data) });
  }
}

/** Loads `file` (relative to the project root) into a collection with `parse`. */
export function yamlLoader(name: string, file: string, parse: ParseEntries): Loader {
  return {
    name,
    async load(context) {
      await loadFile(context, file, parse);
      const absolute = path.join(fileURLToPath(context.config.root), file);
      context.watcher?.add(absolute);
      context.watcher?.on('change', (changed: string) => {
        if (path.resolve(changed) !== absolute) return;
        loadFile(context, file, parse).catch((error: unknown) => {
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      });
    },
  };
}
