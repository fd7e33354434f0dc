/**
 * `npm run add-source` as a maintainer runs it: in a scratch copy of content/, the script
 * copies a valid file with its sidecar skeleton and reports, and writes nothing for a bad one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';

let site: string;
const script = path.join(projectRoot, 'scripts/add-source.ts');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: site, encoding: 'utf8', timeout: 120_000 });

beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'add-source-'));
  cpSync(path.join(projectRoot, 'content'), path.join(site, 'content'), { recursive: true });
});
afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

describe('npm run add-source', () => {
  it('copies the file and a sidecar skeleton into content/sources, and reports what it brings', () => {
    const file = path.join(site, 'Wire Copy.txt');
    writeFileSync(
      file,
      'Xi and Putin sign pact\nMOSCOW (Reuters) - Xi Jinping and Vladimir Putin signed a joint statement, “a new era”, Putin said.\n',
    );
    const result = run(file);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /added content\/sources\/wire-copy\.txt and content\/sources\/wire-copy\.meta\.yaml/,
    );
    expect(result.stdout).toMatch(/Reuters: 1 \(new to the site\)/);
    expect(result.stdout).toMatch(/Quotes: 1, 1 with a speaker/);
    expect(readFileSync(path.join(site, 'content/sources/wire-copy.txt'), 'utf8')).toBe(
      readFileSync(file, 'utf8'),
    );
    expect(readFileSync(path.join(site, 'content/sources/wire-copy.meta.yaml'), 'utf8')).toMatch(
      /# inferred: Reuters/,
    );
  });

  it('refuses to replace an existing source without --force', () => {
    const file = path.join(site, 'wire-copy.txt');
    writeFileSync(file, 'Another\nAnother body.\n');
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/already exists.*\n.*--force/);
  });

  it('writes nothing for a file with an error, naming its line', () => {
    const before = readdirSync(path.join(site, 'content/sources')).sort();
    const file = path.join(site, 'broken.txt');
    writeFileSync(file, 'A teaser\nA body.\nA teaser without a body\n');
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/sources\/broken\.txt:3: a teaser without a body/);
    expect(readdirSync(path.join(site, 'content/sources')).sort()).toEqual(before);
    expect(existsSync(path.join(site, 'content/sources/broken.meta.yaml'))).toBe(false);
  });
});
