/**
 * The ingest cache on disk survives src/lib in subfolders: its key covers every file of the
 * tree and the lockfile, so an unchanged tree hits and any change misses.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/index.ts';
import { cachedIngestOptions, codeVersion } from '../../src/loaders/ingest-cache.ts';
import { inputWith, projectRoot } from '../helpers.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'ingest-cache-'));
  cpSync(path.join(projectRoot, 'src/lib'), path.join(root, 'src/lib'), { recursive: true });
  cpSync(path.join(projectRoot, 'package-lock.json'), path.join(root, 'package-lock.json'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const SOURCE = 'Xi in Moscow\nMOSCOW (Reuters) - Xi Jinping met Vladimir Putin, “a new era”, Xi said.\n';
const input = () => inputWith({ 'content/sources/a.txt': SOURCE });

describe('codeVersion', () => {
  it('is the same for an unchanged tree', () => {
    const first = codeVersion(root);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(codeVersion(root)).toBe(first);
  });

  it('changes when a file in a subfolder of src/lib changes', () => {
    const before = codeVersion(root);
    mkdirSync(path.join(root, 'src/lib/analysis/deeper'), { recursive: true });
    writeFileSync(path.join(root, 'src/lib/analysis/deeper/rule.ts'), 'export const rule = 1;\n');
    const added = codeVersion(root);
    expect(added).not.toBe(before);
    appendFileSync(path.join(root, 'src/lib/analysis/deeper/rule.ts'), '// changed\n');
    expect(codeVersion(root)).not.toBe(added);
  });

  it('changes when the same bytes move to another file', () => {
    const before = codeVersion(root);
    mkdirSync(path.join(root, 'src/lib/a'), { recursive: true });
    writeFileSync(path.join(root, 'src/lib/a/x.ts'), 'x');
    const one = codeVersion(root);
    rmSync(path.join(root, 'src/lib/a/x.ts'));
    writeFileSync(path.join(root, 'src/lib/a/y.ts'), 'x');
    expect(codeVersion(root)).not.toBe(one);
    expect(one).not.toBe(before);
  });

  it('changes when package-lock.json changes (an upgrade can change the rendered HTML)', () => {
    const before = codeVersion(root);
    appendFileSync(path.join(root, 'package-lock.json'), '\n');
    expect(codeVersion(root)).not.toBe(before);
  });
});

describe('cachedIngestOptions', () => {
  it('hits the cache on an unchanged tree, and misses once a subfolder file changed', async () => {
    const cold = cachedIngestOptions(root);
    expect(cold.cache).toBeDefined();
    await ingest(input(), cold);
    expect(cold.cache).toMatchObject({ hits: 0, misses: 1 });

    const warm = cachedIngestOptions(root);
    await ingest(input(), warm);
    expect(warm.cache).toMatchObject({ hits: 1, misses: 0 });

    mkdirSync(path.join(root, 'src/lib/analysis'), { recursive: true });
    appendFileSync(path.join(root, 'src/lib/analysis/extra.ts'), 'export {};\n');
    const changed = cachedIngestOptions(root);
    await ingest(input(), changed);
    expect(changed.cache).toMatchObject({ hits: 0, misses: 1 });
  });
});
