/**
 * Writes dist/_headers for static hosts: the same CSP as the pages' <meta> elements (which
 * browsers read when the host sends no header), plus the headers a <meta> cannot carry.
 */
import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toHeadersFile } from '../lib/security.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

// The CSP <meta> is near the top of <head>: the first bytes of a page are enough, which
// spares reading thousands of whole pages (and holding them) at the end of a large build.
const HEAD_BYTES = 16 * 1024;

async function cspOf(file: string): Promise<string | undefined> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const match = CSP_META.exec(buffer.subarray(0, bytesRead).toString('utf8'));
    if (match?.[1] !== undefined || bytesRead < HEAD_BYTES) return match?.[1];
  } finally {
    await handle.close();
  }
  return CSP_META.exec(await readFile(file, 'utf8'))?.[1];
}

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
          const policy = await cspOf(file);
          if (!policy) throw new Error(`${path.relative(outDir, file)} has no CSP <meta> element`);
          policies.push(policy.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
        }
        await writeFile(path.join(outDir, '_headers'), toHeadersFile(policies));
        logger.info(`_headers written from ${policies.length} pages`);
      },
    },
  };
}
