import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failOn, INDEX_AFTER_ASTRO, pagefind } from '../../../src/integrations/pagefind.ts';

describe('failOn', () => {
  it('turns the errors Pagefind returns into a thrown error naming the step', () => {
    expect(() => {
      failOn('addDirectory', ['no such directory']);
    }).toThrow(/Pagefind addDirectory failed:\nno such directory/);
  });

  it('lets a step without errors pass', () => {
    expect(() => {
      failOn('writeFiles', []);
    }).not.toThrow();
  });
});

describe('the pagefind integration', () => {
  const folders: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  const buildDone = (site: string) => {
    const hook = pagefind('/').hooks['astro:build:done'] as NonNullable<
      AstroIntegration['hooks']['astro:build:done']
    >;
    const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
    return hook({ dir: pathToFileURL(`${site}/`), logger } as Parameters<typeof hook>[0]);
  };

  const emptySite = () => {
    const site = mkdtempSync(path.join(tmpdir(), 'pagefind-hook-'));
    folders.push(site);
    return site;
  };

  it('indexes the site when Astro’s build is done, and fails a site without article pages', async () => {
    await expect(buildDone(emptySite())).rejects.toThrow(/articles/);
  });

  it('leaves the index to scripts/build.ts when told to, touching nothing, so that Astro’s memory is free first', async () => {
    vi.stubEnv(INDEX_AFTER_ASTRO, '1');
    const site = emptySite();
    await expect(buildDone(site)).resolves.toBeUndefined();
    expect(readdirSync(site)).toEqual([]);
  });
});
