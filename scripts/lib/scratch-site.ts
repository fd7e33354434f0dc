/**
 * A scratch copy of the project in a temporary folder, for the tests and the benchmark
 * that run the real build: the code and registries of this project, its packages linked,
 * and sources of the caller's choosing.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** This project: the folder above scripts/. */
const projectRoot = path.resolve(import.meta.dirname, '../..');

const CODE = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts'];
const REGISTRIES = [
  'content/outlets.yaml',
  'content/people.yaml',
  'content/story.yaml',
  'content/themes.yaml',
  'content/valence.yaml',
  'content/theme-model.json',
];

/**
 * Links each installed package into the site's own node_modules/, rather than linking the
 * folder itself: Astro keeps its content store in node_modules/.astro and Vite its
 * dependency cache in node_modules/.vite, and two sites building at once (test files run
 * in parallel) must not share them.
 */
function linkPackages(root: string): void {
  const modules = path.join(root, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue;
    symlinkSync(path.join(projectRoot, 'node_modules', name), path.join(modules, name));
  }
}

/**
 * This process's environment without what Vitest adds for its own tests: it copies
 * `import.meta.env` into process.env (PROD, DEV, SSR, MODE, BASE_URL), and Vite, in the
 * build a test runs, would take PROD='' and DEV='1' over the build's own.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  const { PROD: _prod, DEV: _dev, SSR: _ssr, MODE: _mode, BASE_URL: _base, ...rest } = process.env;
  return rest;
}

export interface ScratchSite {
  root: string;
  /** Runs `scripts/build.ts` (as `npm run build` does) with CI output. */
  build(env?: Record<string, string>): { status: number | null; output: string };
  /** SHA-256 of every file under a folder of the site (default dist/), by relative path. */
  snapshot(folder?: string): Map<string, string>;
  remove(): void;
}

/** A new scratch site with an empty content/sources/. */
export function createScratchSite(prefix = 'summit-site-'): ScratchSite {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const entry of CODE)
    cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  linkPackages(root);
  mkdirSync(path.join(root, 'content/sources'), { recursive: true });
  for (const file of REGISTRIES) cpSync(path.join(projectRoot, file), path.join(root, file));
  return {
    root,
    build(env = {}) {
      const run = spawnSync(process.execPath, ['scripts/build.ts'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...buildEnvironment(), CI: 'true', ...env },
        maxBuffer: 1 << 26,
      });
      return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
    },
    snapshot(folder = 'dist') {
      const hashes = new Map<string, string>();
      const base = path.join(root, folder);
      const walk = (dir: string) => {
        for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
          a.name < b.name ? -1 : 1,
        )) {
          const full = path.join(dir, entry.name);
          if (entry.isDirectory()) walk(full);
          else
            hashes.set(
              path.relative(base, full),
              createHash('sha256').update(readFileSync(full)).digest('hex'),
            );
        }
      };
      walk(base);
      return hashes;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
