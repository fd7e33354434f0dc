/**
 * Lists that page (issue 19): a synthetic corpus of 120 articles (236 quotes) is built once,
 * so the home page's articles, /quotes/ and the theme and fact pages' sentences run over
 * several pages of 50. Their first pages
 * keep their address and summary; later pages live at …/page/N/, name their neighbours in
 * the head and in a nav with the count and the current page, are valid, break no link or
 * fragment, stay out of the search index, and every page stays under 100 KiB gzipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { createScratchSite, type ScratchSite } from '../../scripts/lib/scratch-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
import type { PublishedQuote } from '../../src/lib/schema/index.ts';
import { htmlFilesIn, validateHtml } from './support/dist-checks.ts';

let scratch: ScratchSite | undefined;
let dist: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let quotes: PublishedQuote[];

beforeAll(async () => {
  const copy = createScratchSite('summit-paging-');
  scratch = copy;
  const corpus = spawnSync(
    process.execPath,
    ['scripts/corpus.ts', '--articles', '120', '--seed', '1', '--out', 'content/sources'],
    { cwd: copy.root, encoding: 'utf8' },
  );
  if (corpus.status !== 0) throw new Error(`the corpus failed:\n${corpus.stdout}\n${corpus.stderr}`);
  const built = copy.build();
  if (built.status !== 0) throw new Error(`the paged build failed:\n${built.output}`);
  dist = path.join(copy.root, 'dist');
  quotes = JSON.parse(readFileSync(path.join(dist, 'data/quotes.json'), 'utf8')) as PublishedQuote[];
  server = await serveStatic(dist);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  scratch?.remove();
});

/** The HTML of a site path ("/quotes/page/2/"). */
const html = (sitePath: string) => readFileSync(path.join(dist, sitePath, 'index.html'), 'utf8');
const headLink = (page: string, rel: string) =>
  new RegExp(`<link rel="${rel}" href="([^"]*)"`).exec(html(page))?.[1] ?? null;
const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;
const quotePages = () => [
  '/quotes/',
  '/quotes/page/2/',
  '/quotes/page/3/',
  '/quotes/page/4/',
  '/quotes/page/5/',
];

describe('a list longer than a page', () => {
  it('continues the home page’s 120 articles at /page/2/ and /page/3/, 50 to a page', () => {
    const cards = ['/', '/page/2/', '/page/3/'].map((page) => count(html(page), /<li class="card">/g));
    expect(cards).toEqual([50, 50, 20]);
    expect(existsSync(path.join(dist, 'page/4/index.html'))).toBe(false);
  });

  it('keeps the home page’s summary on its first page only', () => {
    expect(html('/')).toContain('id="outlets-heading"');
    expect(html('/page/2/')).not.toContain('id="outlets-heading"');
    expect(html('/page/2/')).toMatch(/<h1>Every article<\/h1><h2>Page 2 of 3<\/h2>/);
    expect(html('/page/2/')).toContain('<p class="kicker"><a href="/">Summit coverage</a></p>');
  });

  it('names each page’s neighbours in its head', () => {
    const links = ['/', '/page/2/', '/page/3/'].map((page) => [
      headLink(page, 'prev'),
      headLink(page, 'next'),
    ]);
    expect(links).toEqual([
      [null, '/page/2/'],
      ['/', '/page/3/'],
      ['/page/2/', null],
    ]);
    expect([headLink('/quotes/', 'next'), headLink('/quotes/page/5/', 'prev')]).toEqual([
      '/quotes/page/2/',
      '/quotes/page/4/',
    ]);
  });

  it('lists every quote once across /quotes/ and its pages, in the groups’ order', () => {
    expect(quotes).toHaveLength(236);
    const listed = quotePages().flatMap((page) =>
      [...html(page).matchAll(/<a href="([^"]*)" class="quote-in-context"/g)].map((match) => match[1]),
    );
    expect(listed).toHaveLength(quotes.length);
    expect(new Set(listed)).toEqual(new Set(quotes.map((quote) => quote.href)));
    expect(existsSync(path.join(dist, 'quotes/page/6/index.html'))).toBe(false);
  });

  it('repeats a voice or speaker begun on an earlier page, marked continued, its anchor once a page', () => {
    const continued = quotePages()
      .slice(1)
      .filter((page) => /<h[23] id="[^"]*">[^<]*(<a [^>]*>[^<]*<\/a>)?[^<]*\(continued\)/.test(html(page)));
    expect(continued.length).toBeGreaterThan(0);
    for (const page of quotePages()) {
      const ids = [...html(page).matchAll(/ id="([^"]*)"/g)].map((match) => match[1]);
      expect(new Set(ids).size, page).toBe(ids.length);
    }
  });

  it('leads every link to a list’s anchor to the page that holds it: voices, speakers, outlets on theme and fact pages', () => {
    const files = htmlFilesIn(dist);
    const links = new Set(
      files.flatMap((file) =>
        [
          ...readFileSync(file, 'utf8').matchAll(
            /href="(\/(?:quotes|themes|facts)\/[^"#]*)#((?:voice|speaker|outlet)-[^"]*)"/g,
          ),
        ].map((match) => `${match[1]}#${match[2]}`),
      ),
    );
    const missing = [...links].filter((link) => {
      const [sitePath, anchor] = link.split('#') as [string, string];
      return !html(sitePath).includes(` id="${anchor}"`);
    });
    expect([...links].filter((link) => /\/page\/\d+\/#/.test(link)).length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it('shows the count, the current page and its neighbours in a nav', async () => {
    const page = await (await browser!.newContext()).newPage();
    await page.goto(`${server!.url}/quotes/page/2/`);
    const nav = page.getByRole('navigation', { name: 'Pages of quotes' });
    await expect.poll(() => nav.locator('p').textContent()).toBe(`Showing quotes 51–100 of ${quotes.length}`);
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('2');
    expect(await nav.getByRole('link', { name: 'Previous' }).getAttribute('href')).toBe('/quotes/');
    await nav.getByRole('link', { name: 'Next' }).click();
    await page.waitForURL('**/quotes/page/3/');
    expect(await nav.locator('[aria-current="page"]').textContent()).toBe('3');
    await page.goto(`${server!.url}/`);
    await expect
      .poll(() => page.getByRole('navigation', { name: 'Pages of articles' }).locator('p').textContent())
      .toBe('Showing articles 1–50 of 120');
    await page.context().close();
  });

  it('adds nothing to search: only article pages are indexed', () => {
    const continued = htmlFilesIn(dist).filter((file) => /[/\\]page[/\\]\d+[/\\]index\.html$/.test(file));
    expect(continued.length).toBeGreaterThanOrEqual(6);
    expect(continued.filter((file) => readFileSync(file, 'utf8').includes('data-pagefind-body'))).toEqual([]);
  });

  it('is valid HTML on the lists’ pages', async () => {
    const lists = htmlFilesIn(dist).filter((file) =>
      /^(index\.html|quotes[/\\]index\.html|((quotes|(themes|facts)[/\\][^/\\]+)[/\\])?page[/\\]\d+[/\\]index\.html)$/.test(
        path.relative(dist, file),
      ),
    );
    expect(lists.length).toBeGreaterThan(2 + 2 + 4 + 10);
    expect(await validateHtml(lists)).toEqual([]);
  });

  it('keeps every page under 100 KiB gzipped, and no paged list over 50 items a page', () => {
    const files = htmlFilesIn(dist).map((file) => ({ file, relative: path.relative(dist, file) }));
    const over = files
      .map(({ file, relative }) => ({ relative, bytes: gzipSync(readFileSync(file)).length }))
      .filter((page) => page.bytes > 100 * 1024);
    expect(over).toEqual([]);
    const lists = files.filter(({ relative }) =>
      /^(index\.html|page|quotes|outlets|speakers|themes|facts)\b/.test(relative),
    );
    const long = lists
      .map(({ file, relative }) => {
        const text = readFileSync(file, 'utf8');
        // A fact's sentences that say it was left out (#left-out) are not its paged list.
        const list = text.split('id="left-out"')[0]!;
        return {
          relative,
          items: count(list, /<li class="card">|class="quote-in-context"|class="evidence-sentence"/g),
        };
      })
      .filter((page) => page.items > 50);
    expect(lists.length).toBeGreaterThan(50);
    expect(long).toEqual([]);
  });

  it('has no broken link or fragment', async () => {
    // Served by the test server, 20 requests at a time: linkinator's own server, at its
    // default 100, answered two data files with nothing (status 0) on this loaded machine.
    const result = await new LinkChecker().check({
      path: `${server!.url}/`,
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      linksToSkip: (link) => Promise.resolve(!link.startsWith(server!.url)),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (status ${link.status ?? '?'}, on ${link.parent ?? '?'})`);
    expect(result.links.map((link) => new URL(link.url).pathname)).toContain('/quotes/page/5/');
    expect(broken).toEqual([]);
  }, 300_000);
});
