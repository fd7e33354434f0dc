/**
 * The Astro step of scripts/build.ts, in a process of its own (`node scripts/lib/astro-build.ts
 * OUT_DIR`): the pages and data files of content/ into OUT_DIR, without the search index,
 * which build.ts writes once this process has ended and its memory is free. Exits 1 when
 * Astro fails, with Astro's message.
 */
import { build } from 'astro';
import { INDEX_AFTER_ASTRO } from '../../src/integrations/pagefind.ts';

const outDir = process.argv[2];
if (outDir === undefined) throw new Error('usage: node scripts/lib/astro-build.ts OUT_DIR');
process.env[INDEX_AFTER_ASTRO] = '1';
try {
  await build({ root: process.cwd(), outDir, logLevel: process.env['CI'] ? 'warn' : 'info' });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
