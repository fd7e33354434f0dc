/**
 * `npm run ingest`: checks every source and prints what the build would make of it:
 * articles, outlets with how each was decided, warnings. Exits 1 on invalid input.
 */
import { runIngest } from './lib/report.ts';

process.exitCode = (await runIngest(process.cwd(), { verbose: true })) ? 0 : 1;
