/**
 * Writes dist/_headers for static hosts: the same CSP as the pages' <meta> elements (which
 * browsers read when the host sends no header), plus the headers a <meta> cannot carry.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toHeadersFile } from '../lib/security.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Collects every page's CSP and writes `_headers` next to them. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(outDir)) {
          const match = CSP_META.exec(await readFile(file, 'utf8'));
          if (!match?.[1]) throw new Error(`${path.relative(outDir, file)} has no CSP <meta> element`);
          policies.push(match[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
        }
        await writeFile(path.join(outDir, '_headers'), toHeadersFile(policies));
        logger.info(`_headers written from ${policies.length} pages`);
      },
    },
  };
}
