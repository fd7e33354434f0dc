/**
 * `npm run add-source` importing real articles, as a maintainer runs it: a saved page, a
 * URL (served by a local server), an article in Markdown and a batch export each go in
 * with one command and land in content/articles/ with their metadata; every case of the
 * catalogue of bad imports (tests/fixtures/bad-imports/) is refused with its message and
 * nothing written.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/lib/input/article-file.ts';
import { projectRoot } from '../helpers.ts';

const script = path.join(projectRoot, 'scripts/add-source.ts');
const pages = path.join(projectRoot, 'tests/fixtures/import');
const catalogue = path.join(projectRoot, 'tests/fixtures/bad-imports');

let server: Server;
let base: string;

/** Serves the fixture pages under /pages/, redirects /redirect/<name> there, 404 otherwise. */
function serve(): Promise<string> {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const name = path.basename(url.pathname);
    if (url.pathname.startsWith('/redirect/')) {
      response.writeHead(301, { location: `/pages/${name}` }).end();
    } else if (url.pathname.startsWith('/pages/') && existsSync(path.join(pages, name))) {
      response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(readFileSync(path.join(pages, name)));
    } else if (url.pathname === '/logo.png') {
      response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }),
  );
}

/** A scratch copy of content/ to add to. */
function scratchSite(): string {
  const site = mkdtempSync(path.join(tmpdir(), 'import-'));
  cpSync(path.join(projectRoot, 'content'), path.join(site, 'content'), { recursive: true });
  return site;
}

/** Runs add-source in a site; asynchronous, so the test's own server can answer. */
function run(
  site: string,
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: site });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => {
      resolve({ status, stdout, stderr });
    });
  });
}

/** Every file under content/, with its bytes, to show that nothing was written. */
function snapshot(site: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(site, 'content'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(site, file), readFileSync(file, 'latin1'));
  }
  return files;
}

/** The articles add-source wrote, read back in their stored form. */
function imported(site: string) {
  const dir = path.join(site, 'content/articles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      return parseArticleFile(file, readFileSync(path.join(site, file)));
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

beforeAll(async () => {
  base = await serve();
});
afterAll(() => {
  server.close();
});

describe('npm run add-source with real articles', () => {
  const sites: string[] = [];
  const site = () => {
    const created = scratchSite();
    sites.push(created);
    return created;
  };
  afterAll(() => {
    for (const created of sites) rmSync(created, { recursive: true, force: true });
  });

  it('imports a saved page: metadata from the page, the text whole, the furniture gone', async () => {
    const root = site();
    const result = await run(root, path.join(pages, 'wire-story.html'));
    expect(result.status, result.stderr).toBe(0);
    const [article] = imported(root);
    expect(article?.file).toMatch(/^content\/articles\/the-northern-ledger\/[a-z0-9-]+\.md$/);
    expect(article?.frontMatter).toMatchObject({
      outlet: 'The Northern Ledger',
      url: 'https://www.northernledger.example/world/2023/03/21/valdoria-treaty-vote',
      published: '2023-03-21',
      wire: 'Reuters',
    });
    expect(article?.frontMatter.headline).toMatch(/Valdorian parliament/);
    expect(article?.frontMatter.evidence?.some((line) => line.startsWith('outlet:'))).toBe(true);
    const text = article!.paragraphs.map((paragraph) => paragraph.markdown).join('\n');
    expect(text).not.toMatch(/cookie|newsletter|subscribe|share on/i);
    expect(result.stdout).toMatch(/added 1 article/);
    expect(result.stdout).toMatch(/The Northern Ledger: 1/);
  });

  it('imports a URL, following a redirect, with the same metadata as the saved page', async () => {
    const root = site();
    const result = await run(root, `${base}/redirect/wire-story.html`);
    expect(result.status, result.stderr).toBe(0);
    const [article] = imported(root);
    expect(article?.frontMatter).toMatchObject({ outlet: 'The Northern Ledger', published: '2023-03-21' });
  });

  it('imports an article written by hand in Markdown, and a batch export with one article a row', async () => {
    const root = site();
    const markdown = path.join(root, 'by-hand.md');
    writeFileSync(
      markdown,
      '---\nheadline: Harbour plan passes\noutlet: Coastal Times\npublished: 2023-03-21\nbyline: Ann Lee\n---\n\nThe council approved the harbour plan on Tuesday.\n\n“It is a good day for the port,” Mayor Ann Lee said.\n',
    );
    const batch = path.join(root, 'export.csv');
    writeFileSync(
      batch,
      'url,title,text,media_name,published,author\n' +
        'https://news.example/a,Ferry terminal to open in May,"The new ferry terminal will open in May, the port said on Monday.",Harbour News,2023-03-20,Tom Reyes\n' +
        'https://news.example/b,Fish market moves to the quay,"The fish market will move to the old quay next year.\n\nTraders welcomed the move.",Harbour News,2023-03-22T08:00:00Z,\n',
    );
    const result = await run(root, markdown, batch);
    expect(result.status, result.stderr).toBe(0);
    const articles = imported(root);
    expect(articles.map((article) => [article.file, article.frontMatter.published])).toEqual([
      ['content/articles/coastal-times/harbour-plan-passes.md', '2023-03-21'],
      ['content/articles/harbour-news/ferry-terminal-to-open-in-may.md', '2023-03-20'],
      ['content/articles/harbour-news/fish-market-moves-to-the-quay.md', '2023-03-22'],
    ]);
    expect(articles[2]?.paragraphs.map((paragraph) => paragraph.markdown)).toEqual([
      'The fish market will move to the old quay next year.',
      'Traders welcomed the move.',
    ]);
    expect(result.stdout).toMatch(/added 3 articles/);
  });
});

describe('the catalogue of bad imports', () => {
  const cases = readdirSync(catalogue, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  it('has the cases the issue names', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'non-article-page',
        'unknown-charset',
        'broken-csv-row',
        'unreachable-url',
        'duplicate-url',
      ]),
    );
  });

  for (const name of cases) {
    it(`${name}: refused with its message, nothing written`, async () => {
      const folder = path.join(catalogue, name);
      const expected = parse(readFileSync(path.join(folder, 'expected.yaml'), 'utf8')) as {
        before?: string[];
        args: string[];
        outcome: 'refused';
        messages: string[];
      };
      const root = scratchSite();
      try {
        const argument = (arg: string) =>
          arg.startsWith('{server}')
            ? arg.replace('{server}', base)
            : /^https?:/.test(arg)
              ? arg
              : path.join(folder, arg);
        for (const arg of expected.before ?? []) {
          const first = await run(root, argument(arg));
          expect(first.status, first.stderr).toBe(0);
        }
        const before = snapshot(root);
        const result = await run(root, ...expected.args.map(argument));
        expect(result.status, result.stdout).toBe(1);
        for (const words of expected.messages) expect(result.stderr).toContain(words);
        expect(result.stderr).toContain('nothing was added');
        expect(snapshot(root)).toEqual(before);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
