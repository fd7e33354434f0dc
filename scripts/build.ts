/**
 * `npm run build`: validates content/, builds the site into a temporary folder, indexes it
 * with Pagefind, and only then swaps it into dist/. A failed build leaves dist/ exactly as
 * it was. `SITE_URL` says where the site will live (README, Deploying); `--out DIR` builds
 * into another folder than dist/ (a sub-path build beside the root one, as the browser
 * suite does).
 *
 * The input check and Astro's build each run in a process of their own, and the search
 * index is written here after both have ended: each step's memory is given back before the
 * next starts, so the build's peak is its largest step's, not their sum. In one process, at
 * 10,000 articles, Astro's heap (1.8 GiB resident, what the ingest had left included) was
 * still held while Pagefind's indexer ran beside it (up to 350 MiB): 2,309 MiB in all.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { siteLocation } from '../src/lib/publish/site-url.ts';

// No network here or on most CI machines: do not try to send Astro's telemetry.
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// The site is always built for production, whatever the shell says (Vitest runs the builds
// of its tests with NODE_ENV=test): Vite's import.meta.env.PROD follows it, and so do the
// pages' way of reading the articles and the content loader (src/loaders/sources-loader.ts).
process.env['NODE_ENV'] = 'production';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const root = process.cwd();
const dist = path.resolve(root, values.out ?? 'dist');
const shown = `${path.relative(root, dist)}/`;
// Beside the output folder, so that the last step is a rename on one disk.
const staging = path.join(path.dirname(dist), `.dist-staging-${process.pid}`);
const retired = path.join(path.dirname(dist), `.dist-retired-${process.pid}`);

/** Runs a script of this folder in a Node process of its own, its output shown as it comes; true when it succeeded. */
function runStep(script: string, args: string[]): boolean {
  const file = fileURLToPath(new URL(script, import.meta.url));
  // Node's own options carry over (--cpu-prof profiles every step), but not a debugger's
  // port, which only one process can take.
  const options = process.execArgv.filter((option) => !option.startsWith('--inspect'));
  const run = spawnSync(process.execPath, [...options, file, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (run.error) console.error(run.error.message);
  return run.status === 0;
}

const failed = async (what: string): Promise<never> => {
  await rm(staging, { recursive: true, force: true });
  console.error(`${what}; ${shown} was not changed.`);
  process.exit(1);
};

// A bad SITE_URL is bad input: said before the slow steps, with how to fix it.
let base: string;
try {
  base = siteLocation(process.env['SITE_URL']).base;
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  await failed('Build stopped');
}

const ingestStarted = performance.now();
// Only the verdict is kept: the pages read the records again from the ingest cache this fills
// (src/data/collections.ts). Astro is started only once the inputs are known to be good: bad
// input fails fast.
const inputsAreGood = runStep('./ingest.ts', ['--quiet']);
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
if (!inputsAreGood) await failed('Build stopped');

await mkdir(path.dirname(dist), { recursive: true });
const started = performance.now();
if (!runStep('./lib/astro-build.ts', [staging])) await failed('Build failed');
try {
  // Loaded only now: this process stays small while the others run.
  const { writeSearchIndex } = await import('../src/integrations/pagefind.ts');
  console.log(`[pagefind] ${await writeSearchIndex(staging, base!)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await failed('Build failed');
}

if (existsSync(dist)) await rename(dist, retired);
await rename(staging, dist);
await rm(retired, { recursive: true, force: true });
console.log(
  `✓ built ${shown} in ${((performance.now() - started) / 1000).toFixed(1)} s (after checking the inputs in ${ingestSeconds.toFixed(1)} s)`,
);
