/**
 * `npm run add-source -- <file|folder|URL>… [--outlet <name>] [--force]`: adds sources to
 * content/ after checking them together with everything already there. Nothing is written
 * when anything is wrong.
 *
 * - A `.txt` file of excerpts (on its own) is copied into content/sources/ with a sidecar
 *   for a person to confirm (the file's own `.meta.yaml` when it has one, else a skeleton
 *   with each article's inferred outlet and evidence).
 * - Saved pages (`.html`), URLs, articles in Markdown (`.md`) and batch exports (`.csv`,
 *   `.jsonl`) become articles in content/articles/<outlet-id>/<slug>.md, with the
 *   metadata of their page or row (scripts/lib/article-import.ts).
 *
 * Prints what the new files bring.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  expandInput,
  extensionOf,
  fetchArticle,
  findDuplicateTexts,
  findDuplicateUrls,
  importFile,
  isUrl,
  planArticles,
  withOutlet,
  type ImportedInput,
} from './lib/article-import.ts';
import {
  formatAdditionReport,
  reportAddition,
  sidecarSkeleton,
  sourceNameFor,
} from './lib/source-addition.ts';
import { ingest, sidecarPathFor, type IngestInput } from '../src/lib/ingest/index.ts';
import { decodeText } from '../src/lib/input/source.ts';
import { parseOutletRegistry } from '../src/lib/registry/outlets.ts';
import type { Outlet } from '../src/lib/schema/index.ts';
import { formatProblem, InputError, type Problem } from '../src/lib/problems.ts';
import { readContentInputs, SOURCES_DIR } from '../src/loaders/content-files.ts';
import { cachedIngestOptions } from '../src/loaders/ingest-cache.ts';

const USAGE = 'usage: npm run add-source -- <file|folder|URL>… [--outlet <name>] [--force]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { outlet: { type: 'string' }, force: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error(USAGE);
  process.exit(2);
}
const root = process.cwd();

/** Prints problems and stops: nothing has been written. */
function refuse(problems: readonly Problem[], what: string): never {
  console.error(`✗ ${problems.length} problem(s) in ${what}; nothing was added:\n`);
  for (const problem of problems) console.error(`${formatProblem(problem)}\n`);
  process.exit(1);
}

/** Runs the ingest; input problems stop the script with every problem printed. */
async function check(input: IngestInput, what: string) {
  try {
    return await ingest(input, cachedIngestOptions(root));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    refuse(error.problems, what);
  }
}

/** Writes a file beside its target, then renames it: a half-written file never exists. */
async function writeThroughRename(target: string, content: string | Uint8Array): Promise<void> {
  const full = path.join(root, target);
  await mkdir(path.dirname(full), { recursive: true });
  const temporary = `${full}.adding-${process.pid}`;
  await writeFile(temporary, content);
  await rename(temporary, full);
}

const missing = positionals.filter((input) => !isUrl(input) && !existsSync(input));
if (missing.length > 0) {
  console.error(missing.map((input) => `✗ ${input}: no such file or folder`).join('\n') + `\n  → ${USAGE}`);
  process.exit(1);
}
const inputs = (await Promise.all(positionals.map(expandInput))).flat();
const sources = inputs.filter((input) => !isUrl(input) && extensionOf(input) === '.txt');
if (sources.length > 0 && inputs.length > 1) {
  console.error(
    `✗ a .txt source of excerpts is added on its own (it gets a sidecar to confirm); got ${inputs.length} inputs\n  → ${USAGE}`,
  );
  process.exit(1);
}
if (inputs.length === 0) {
  console.error(`✗ no file add-source takes in ${positionals.join(', ')}\n  → ${USAGE}`);
  process.exit(1);
}
if (sources.length === 1) await addSource(sources[0]!);
else await importArticles(inputs);

/** The outlet registry, which names the folders new articles go in; its problems stop the script. */
function readRegistry(content: IngestInput): Outlet[] {
  try {
    return parseOutletRegistry(
      content.registry.file,
      decodeText(content.registry.file, content.registry.bytes),
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    refuse(error.problems, content.registry.file);
  }
}

/** Imports pages, URLs, Markdown articles and batches into content/articles/. */
async function importArticles(list: readonly string[]): Promise<void> {
  const problems: Problem[] = [];
  const imported: ImportedInput[] = [];
  for (const input of list) {
    try {
      imported.push(isUrl(input) ? await fetchArticle(input) : await importFile(input));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) refuse(problems, list.length === 1 ? list[0]! : `${list.length} inputs`);
  const articles = imported.flatMap(({ origin, articles }) =>
    articles.map((article, index) => ({
      origin: articles.length > 1 ? `${origin} (article ${index + 1})` : origin,
      article: values.outlet === undefined ? article : withOutlet(article, values.outlet),
    })),
  );
  const content = await readContentInputs(root);
  const taken = new Set(content.sources.map((source) => source.file));
  const planned = planArticles(articles, readRegistry(content), taken);
  const encoder = new TextEncoder();
  const result = await check(
    {
      ...content,
      sources: [
        ...content.sources,
        ...planned.map((plan) => ({ file: plan.target, bytes: encoder.encode(plan.text) })),
      ],
    },
    'the new articles',
  );
  if (!values.force) {
    // One ingest of everything, new articles included, finds both kinds of duplicate.
    const targets = new Set(planned.map((plan) => plan.target));
    const existing = result.articles.filter((article) => !targets.has(article.source.file));
    const duplicates = [
      ...findDuplicateUrls(planned, existing),
      ...findDuplicateTexts(planned, result.articles),
    ];
    if (duplicates.length > 0) refuse(duplicates, 'the new articles');
  }
  for (const plan of planned) await writeThroughRename(plan.target, plan.text);
  console.log(`✓ added ${planned.length} article${planned.length === 1 ? '' : 's'}:`);
  for (const plan of planned) console.log(`  ${plan.target}  ← ${plan.origin}`);
  const targets = new Set(planned.map((plan) => plan.target));
  for (const warning of [
    ...imported.flatMap((input) => input.warnings),
    ...result.warnings.filter((item) => targets.has(item.file)),
  ]) {
    console.warn(`warning: ${formatProblem(warning)}`);
  }
  for (const line of formatAdditionReport(reportAddition([...targets], result.articles, result.registry)))
    console.log(line);
  console.log('Next: `npm run build` (or see them live with `npm run dev`).');
}

/** Adds a .txt source of excerpts with its sidecar (the file's own, or a skeleton to confirm). */
async function addSource(original: string): Promise<void> {
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

  // The file's own sidecar wins; otherwise infer first, then write a skeleton from that.
  let sidecar: string;
  if (existsSync(ownSidecar)) {
    sidecar = await readFile(ownSidecar, 'utf8');
  } else {
    const inferred = await check(withSource(null), `${file} (from ${original})`);
    // An article already in another source keeps that record: the skeleton skips it.
    const own = inferred.articles.filter((article) => article.source.file === file);
    sidecar = sidecarSkeleton(name, own, values.outlet ?? null, inferred.registry);
  }
  const result = await check(withSource(sidecar), `${file} (from ${original})`);

  await writeThroughRename(file, bytes);
  await writeThroughRename(sidecarFile, sidecar);
  console.log(
    `✓ added ${file} and ${sidecarFile}${existsSync(ownSidecar) ? ` (from ${ownSidecar})` : ' (a skeleton: confirm each outlet)'}`,
  );
  for (const warning of result.warnings.filter((item) => item.file === file || item.file === sidecarFile)) {
    console.warn(`warning: ${formatProblem(warning)}`);
  }
  for (const line of formatAdditionReport(reportAddition([file], result.articles, result.registry)))
    console.log(line);
  console.log('Next: check the sidecar, then `npm run build` (or see it live with `npm run dev`).');
}
