/**
 * The host recipes README gives (Deploying) are files of this repository: each builds with
 * the project's own build command, publishes dist/, and gives SITE_URL an address that
 * siteLocation accepts.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteLocation } from '../../src/lib/publish/site-url.ts';
import { readProjectFile } from '../helpers.ts';

const scripts = (JSON.parse(readProjectFile('package.json')) as { scripts: Record<string, string> }).scripts;

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { needs?: string; steps: Step[]; environment?: { name: string } }>;
}

describe('GitHub Pages (.github/workflows/deploy.yml)', () => {
  const workflow = parse(readProjectFile('.github/workflows/deploy.yml')) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const using = (action: string) => steps.find((step) => step.uses?.startsWith(`actions/${action}@`));

  it('uses the official Pages actions, with the permissions they need', () => {
    expect(using('configure-pages')?.id).toBe('pages');
    expect(using('upload-pages-artifact')?.with?.['path']).toBe('dist');
    expect(using('deploy-pages')).toBeDefined();
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.jobs['deploy']?.environment?.name).toBe('github-pages');
  });

  it('installs as README says and builds with the address configure-pages gives', () => {
    const runs = steps.flatMap((step) => (step.run === undefined ? [] : [step.run]));
    expect(runs).toEqual(['npm install', 'npm run build']);
    expect(scripts['build']).toBe('node scripts/build.ts');
    const build = steps.find((step) => step.run === 'npm run build')!;
    expect(build.env?.['SITE_URL']).toBe('${{ steps.pages.outputs.base_url }}/');
    // What base_url is for a project site and for a custom domain.
    expect(siteLocation('https://octocat.github.io/summit/').base).toBe('/summit/');
    expect(siteLocation('https://summit.example.org/').base).toBe('/');
  });
});

describe('Netlify (netlify.toml)', () => {
  const toml = readProjectFile('netlify.toml');

  it('builds with Netlify’s own address as SITE_URL and publishes dist/', () => {
    expect(toml).toMatch(/^\s*command\s*=\s*"SITE_URL=\$URL npm run build"\s*$/m);
    expect(toml).toMatch(/^\s*publish\s*=\s*"dist"\s*$/m);
    // $URL has no final slash: https://<name>.netlify.app
    expect(siteLocation('https://summit.netlify.app')).toEqual({
      site: 'https://summit.netlify.app/',
      base: '/',
    });
  });
});
