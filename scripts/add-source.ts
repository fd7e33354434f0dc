/**
 * `npm run add-source -- <file> [--outlet <name>] [--force]`: checks a file of excerpts
 * together with everything already in content/, and only if all is valid copies it into
 * content/sources/ with a sidecar for a person to confirm (the file's own `.meta.yaml`
 * when it has one, else a skeleton with each article's inferred outlet and evidence).
 * Prints what the file brings. Nothing is written when anything is wrong.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  formatAdditionReport,
  reportAddition,
  sidecarSkeleton,
  sourceNameFor,
} from './lib/source-addition.ts';
import { ingest, sidecarPathFor, type IngestInput } from '../src/lib/ingest/index.ts';
import { formatProblem, InputError } from '../src/lib/problems.ts';
import { readContentInputs, SOURCES_DIR } from '../src/loaders/content-files.ts';
import { cachedIngestOptions } from '../src/loaders/ingest-cache.ts';

const USAGE = 'usage: npm run add-source -- <file> [--outlet <name>] [--force]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { outlet: { type: 'string' }, force: { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const original = positionals[0]!;
if (!existsSync(original)) {
  console.error(`✗ ${original}: no such file\n  → ${USAGE}`);
  process.exit(1);
}
const root = process.cwd();
const name = sourceNameFor(original);
const file = `${SOURCES_DIR}/${name}`;
const sidecarFile = sidecarPathFor(file);
if (existsSync(path.join(root, file)) && !values.force) {
  console.error(
    `✗ ${file} already exists\n  → rename your file, or add --force to replace it (and its sidecar)`,
  );
  process.exit(1);
}

const bytes = new Uint8Array(await readFile(original));
const ownSidecar = original.replace(/\.[^./\\]*$/, '') + '.meta.yaml';
const inputs = await readContentInputs(root);
const withSource = (sidecar: string | null): IngestInput => ({
  ...inputs,
  sources: [...inputs.sources.filter((source) => source.file !== file), { file, bytes }],
  sidecars: [
    ...inputs.sidecars.filter((entry) => entry.file !== sidecarFile),
    ...(sidecar === null ? [] : [{ file: sidecarFile, bytes: new TextEncoder().encode(sidecar) }]),
  ],
});

async function check(input: IngestInput) {
  try {
    return await ingest(input, cachedIngestOptions(root));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    console.error(
      `✗ ${error.problems.length} problem(s); nothing was added (${file} stands for ${original}):\n`,
    );
    for (const problem of error.problems) console.error(`${formatProblem(problem)}\n`);
    process.exit(1);
  }
}

// The file's own sidecar wins; otherwise infer first, then write a skeleton from that.
let sidecar: string;
if (existsSync(ownSidecar)) {
  sidecar = await readFile(ownSidecar, 'utf8');
} else {
  const inferred = await check(withSource(null));
  // An article already in another source keeps that record: the skeleton skips it.
  const own = inferred.articles.filter((article) => article.source.file === file);
  sidecar = sidecarSkeleton(name, own, values.outlet ?? null, inferred.registry);
}
const result = await check(withSource(sidecar));

// Write each file beside its target, then rename: a half-written source never exists.
for (const [target, content] of [
  [file, bytes],
  [sidecarFile, sidecar],
] as const) {
  const temporary = path.join(root, `${target}.adding-${process.pid}`);
  await writeFile(temporary, content);
  await rename(temporary, path.join(root, target));
}
console.log(
  `✓ added ${file} and ${sidecarFile}${existsSync(ownSidecar) ? ` (from ${ownSidecar})` : ' (a skeleton: confirm each outlet)'}`,
);
for (const warning of result.warnings.filter((item) => item.file === file || item.file === sidecarFile)) {
  console.warn(`warning: ${formatProblem(warning)}`);
}
for (const line of formatAdditionReport(reportAddition(file, result.articles, result.registry)))
  console.log(line);
console.log('Next: check the sidecar, then `npm run build` (or see it live with `npm run dev`).');
