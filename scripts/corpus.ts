/**
 * `npm run corpus -- --articles N --seed S [--out DIR]`: writes a deterministic synthetic
 * corpus (source files in the seed's format, many registry outlets) for tests and
 * benchmarks, by default into .corpus/<N>-<S>/ (not committed).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.ts';
import { parseOutletRegistry } from '../src/lib/registry/outlets.ts';
import { parsePeopleRegistry } from '../src/lib/registry/people.ts';
import { PEOPLE_FILE, REGISTRY_FILE } from '../src/loaders/content-files.ts';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    'per-file': { type: 'string', default: '500' },
    'quote-share': { type: 'string', default: '0.25' },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
const perFile = Number(values['per-file']);
const quoteShare = Number(values['quote-share']);
if (
  ![articles, seed, perFile].every((value) => Number.isInteger(value) && value >= 0) ||
  perFile === 0 ||
  !(quoteShare >= 0 && quoteShare <= 0.8)
) {
  console.error(
    'usage: npm run corpus -- --articles <count> --seed <integer> [--per-file <count>] [--quote-share <0–0.8>] [--out <dir>]',
  );
  process.exit(2);
}
const out = values.out ?? path.join('.corpus', `${articles}-${seed}`);
const registry = parseOutletRegistry(REGISTRY_FILE, await readFile(REGISTRY_FILE, 'utf8'));
const people = parsePeopleRegistry(PEOPLE_FILE, await readFile(PEOPLE_FILE, 'utf8'));
const corpus = generateCorpus({ articles, seed, perFile, quoteShare }, registry, people);
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
let bytes = 0;
for (const file of corpus.files) {
  await writeFile(path.join(out, file.name), file.text);
  bytes += Buffer.byteLength(file.text);
}
console.log(
  `${articles} articles from ${new Set(corpus.outlets).size} outlets in ${corpus.files.length} file(s), ${(bytes / 1e6).toFixed(2)} MB → ${out}`,
);
