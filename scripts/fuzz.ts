/**
 * `npm run fuzz [-- --sources 10000 --seed 1 --batch 50]`: ingests generated hostile
 * sources (tests/support/arbitraries.ts) with the real registries, in batches, and counts
 * crashes: anything thrown that is not an InputError. A crashing source is written to
 * .fuzz/ to reproduce it. Not part of `npm test`: it takes minutes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { readContentInputs } from '../src/loaders/content-files.ts';
import { ingest, type IngestInput } from '../src/lib/ingest/index.ts';
import { InputError } from '../src/lib/problems.ts';
import { parseSource } from '../src/lib/input/source.ts';
import { sourceBytes } from '../tests/support/arbitraries.ts';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '50' },
  },
});
const total = Number(values.sources);
const seed = Number(values.seed);
const batchSize = Number(values.batch);
const root = process.cwd();
const registries = await readContentInputs(root);
const started = performance.now();

let accepted = 0;
let refused = 0;
let articles = 0;
const crashes: { file: string; error: string }[] = [];

function inputOf(sources: { file: string; bytes: Uint8Array }[]): IngestInput {
  return { ...registries, sources, sidecars: [] };
}

/** Ingests one source alone: its outcome, or the crash. */
async function one(source: { file: string; bytes: Uint8Array }): Promise<void> {
  try {
    const result = await ingest(inputOf([source]));
    accepted++;
    articles += result.articles.length;
  } catch (error) {
    if (error instanceof InputError) {
      refused++;
      return;
    }
    const out = path.join(root, '.fuzz');
    mkdirSync(out, { recursive: true });
    const file = path.join(out, `crash-${seed}-${crashes.length + 1}.txt`);
    writeFileSync(file, source.bytes);
    crashes.push({ file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

const generated = fc.sample(sourceBytes, { numRuns: total, seed });
for (let start = 0; start < generated.length; start += batchSize) {
  // The source parser first, on its own (it is cheap): a source it refuses is counted here,
  // the others are ingested together.
  const sources: { file: string; bytes: Uint8Array }[] = [];
  generated.slice(start, start + batchSize).forEach((bytes, index) => {
    const file = `content/sources/fuzz-${start + index + 1}.txt`;
    try {
      parseSource(file, bytes);
      sources.push({ file, bytes });
    } catch (error) {
      if (error instanceof InputError) refused++;
      else sources.push({ file, bytes });
    }
  });
  try {
    const result = await ingest(inputOf(sources));
    accepted += sources.length;
    articles += result.articles.length;
  } catch (error) {
    // A refusal or a crash somewhere in the batch: each source again on its own, to count
    // refusals per source and to find the one that crashed.
    if (!(error instanceof InputError))
      console.error(`batch at ${start + 1}: ${String(error)}; retrying one by one`);
    for (const source of sources) await one(source);
  }
  if ((start / batchSize) % 20 === 0) {
    console.log(`${Math.min(start + batchSize, total)} / ${total} sources, ${crashes.length} crashes`);
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(
  `\n${total.toLocaleString('en')} generated sources (seed ${seed}) in ${seconds.toFixed(0)} s: ${accepted} accepted (${articles} articles), ${refused} refused with file and line, ${crashes.length} crash${crashes.length === 1 ? '' : 'es'}.`,
);
for (const crash of crashes) console.error(`\n${crash.file}\n${crash.error}`);
process.exit(crashes.length === 0 ? 0 : 1);
