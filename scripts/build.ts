/**
 * `npm run build`: validates content/, builds the site into a temporary folder, indexes it
 * with Pagefind, and only then swaps it into dist/. A failed build leaves dist/ exactly as
 * it was. `SITE_URL` says where the site will live (README, Deploying); `--out DIR` builds
 * into another folder than dist/ (a sub-path build beside the root one, as the browser
 * suite does).
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteLocation } from '../src/lib/publish/site-url.ts';
import { runIngest } from './lib/report.ts';

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

// A bad SITE_URL is bad input: said before the slow steps, with how to fix it.
try {
  siteLocation(process.env['SITE_URL']);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  console.error(`Build stopped; ${shown} was not changed.`);
  process.exit(1);
}

const ingestStarted = performance.now();
// Only the verdict is kept: the pages read the records again from the ingest cache this
// fills (src/data/collections.ts), and holding this copy through the build would double
// the memory.
const inputsAreGood = (await runIngest(root, { verbose: false })) !== null;
const ingestSeconds = (performance.now() - ingestStarted) / 1000;
if (!inputsAreGood) {
  console.error(`Build stopped; ${shown} was not changed.`);
  process.exit(1);
}

// Astro is loaded only once the inputs are known to be good: bad input fails fast.
const { build } = await import('astro');
await mkdir(path.dirname(dist), { recursive: true });
const started = performance.now();
try {
  await build({ root, outDir: staging, logLevel: process.env['CI'] ? 'warn' : 'info' });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(error instanceof Error ? error.message : error);
  console.error(`Build failed; ${shown} was not changed.`);
  process.exit(1);
}

if (existsSync(dist)) await rename(dist, retired);
await rename(staging, dist);
await rm(retired, { recursive: true, force: true });
console.log(
  `✓ built ${shown} in ${((performance.now() - started) / 1000).toFixed(1)} s (after checking the inputs in ${ingestSeconds.toFixed(1)} s; peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB)`,
);
