/**
 * Writes dist/_headers for static hosts: the same CSP as the pages' <meta> elements (which
 * browsers read when the host sends no header), plus the headers a <meta> cannot carry.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toHeadersFile } from '../lib/security.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

// The CSP <meta> is near the top of <head>: the first bytes of a page are enough, which
// spares reading thousands of whole pages (and holding them) at the end of a large build.
const HEAD_BYTES = 16 * 1024;

// Read synchronously, one page after another: nothing else runs in this hook, and at
// 10,000 articles (19,633 pages) it took 3.8 s awaiting each read and each folder's
// listing, 0.7 s so (the pages are still in the disk cache).
function cspOf(file: string, buffer: Buffer): string | undefined {
  const handle = openSync(file, 'r');
  let bytesRead: number;
  try {
    bytesRead = readSync(handle, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(handle);
  }
  const match = CSP_META.exec(buffer.subarray(0, bytesRead).toString('utf8'));
  if (match?.[1] !== undefined || bytesRead < buffer.length) return match?.[1];
  return CSP_META.exec(readFileSync(file, 'utf8'))?.[1];
}

/** The site's pages under `dir`, added to `files`. */
function collectHtmlFiles(dir: string, files: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) collectHtmlFiles(entryPath, files);
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(entryPath);
  }
  return files;
}

/** Collects every page's CSP and writes `_headers` next to them. */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Each distinct policy once: a policy is a slice of the page's head it was read from,
        // and keeping one for every page kept every head (19,633 pages: 400 MB at the end of
        // a build whose other steps peak at 1.9 GB). Pages share a handful of policies.
        const policies = new Set<string>();
        const buffer = Buffer.alloc(HEAD_BYTES);
        const files = collectHtmlFiles(outDir).sort();
        for (const file of files) {
          const policy = cspOf(file, buffer);
          if (!policy) throw new Error(`${path.relative(outDir, file)} has no CSP <meta> element`);
          policies.add(policy.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
        }
        await writeFile(path.join(outDir, '_headers'), toHeadersFile([...policies]));
        logger.info(`_headers written from ${files.length} pages`);
      },
    },
  };
}
