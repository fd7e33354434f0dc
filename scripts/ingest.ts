/**
 * `npm run ingest`: checks every source and prints what the build would make of it:
 * articles, outlets with how each was decided, warnings. Exits 1 on invalid input.
 * `--quiet` prints only problems, warnings and the totals (the build's check).
 */
import { runIngest } from './lib/report.ts';

const verbose = !process.argv.includes('--quiet');
process.exitCode = (await runIngest(process.cwd(), { verbose })) ? 0 : 1;
