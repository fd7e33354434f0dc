/**
 * The site built for a sub-path (SITE_URL=https://example.org/summit/, as a GitHub Pages
 * project site is) and served only under /summit/: every internal reference stays inside
 * /summit/, pages name their canonical address, a sitemap and robots.txt exist, no link or
 * fragment is broken, and search (with its filters and quote anchors) and the not-found
 * page work there.
 */
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { createScratchSite, type ScratchSite } from '../../scripts/lib/scratch-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
import type { PublishedArticle } from '../../src/lib/schema/index.ts';
import { isReversedPairPath, pairPath } from '../../src/lib/view/pairs.ts';
import { projectRoot } from '../helpers.ts';
import { htmlFilesIn, validateHtml } from './support/dist-checks.ts';
import { watchTraffic } from './support/gates.ts';

const SITE_URL = 'https://example.org/summit/';
const BASE = '/summit/';

let scratch: ScratchSite | undefined;
let dist: string;
let server: StaticServer;
let browser: Browser | undefined;
let articles: PublishedArticle[];

beforeAll(async () => {
  const copy = createScratchSite('summit-subpath-');
  scratch = copy;
  cpSync(path.join(projectRoot, 'content/sources'), path.join(copy.root, 'content/sources'), {
    recursive: true,
  });
  const built = copy.build({ SITE_URL });
  if (built.status !== 0) throw new Error(`the sub-path build failed:\n${built.output}`);
  dist = path.join(copy.root, 'dist');
  articles = JSON.parse(readFileSync(path.join(dist, 'data/articles.json'), 'utf8')) as PublishedArticle[];
  server = await serveStatic(dist, { base: BASE });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await (server as StaticServer | undefined)?.close();
  scratch?.remove();
});

const site = () => `${server.url}${BASE}`;

async function openPage(): Promise<Page> {
  return (await browser!.newContext()).newPage();
}

/** Every root-relative URL a file of the build refers to (attributes of HTML, hrefs and paths of JSON). */
function rootRelativeReferences(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const html = [...text.matchAll(/\s(?:href|src|action|srcset|poster|data)="(\/[^"]*)"/g)].map(
    (match) => match[1]!,
  );
  const json = [...text.matchAll(/"(?:href|path|url|start_url|src)":\s*"(\/[^"]*)"/g)].map(
    (match) => match[1]!,
  );
  // A page that points on to another names it in its refresh.
  const refresh = [...text.matchAll(/http-equiv="refresh" content="\d+; url=([^"]*)"/g)].map(
    (match) => match[1]!,
  );
  return [...html, ...refresh, ...json];
}

describe('a build with SITE_URL=https://example.org/summit/', () => {
  it('refers to nothing of its own outside /summit/: pages, data, the search bundle list, the manifest', () => {
    const files = readdirSync(dist, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(html|json|webmanifest)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name))
      // Article records keep the links of their sources as written (the outlets' own paths).
      .filter((file) => !/[/\\]data[/\\](outlets[/\\][^/\\]+[/\\])?articles\.json$/.test(file));
    const outside = files.flatMap((file) =>
      rootRelativeReferences(file)
        .filter((reference) => !reference.startsWith(BASE))
        .map((reference) => `${path.relative(dist, file)}: ${reference}`),
    );
    expect(files.length).toBeGreaterThan(20);
    expect(outside).toEqual([]);
    expect(articles.every((article) => article.href.startsWith(`${BASE}articles/`))).toBe(true);
    const cnn = JSON.parse(
      readFileSync(path.join(dist, 'data/outlets/cnn/articles.json'), 'utf8'),
    ) as PublishedArticle[];
    expect(cnn.length > 0 && cnn.every((article) => article.href.startsWith(`${BASE}articles/`))).toBe(true);
  });

  it('is valid HTML, canonical links included', async () => {
    expect(await validateHtml(htmlFilesIn(dist))).toEqual([]);
  });

  it('gives every page but the not-found one its canonical address', () => {
    const pages = htmlFilesIn(dist);
    const wrong = pages.flatMap((file) => {
      const relative = path.relative(dist, file).split(path.sep).join('/');
      const canonical = /<link rel="canonical" href="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1];
      if (relative === '404.html') return canonical === undefined ? [] : [`${relative}: ${canonical}`];
      const sitePath = `/${relative.replace(/index\.html$/, '')}`;
      // A pair of outlets in the other order names the pair's page, which it points on to.
      const reversed = /^\/compare\/([a-z0-9-]+?)-vs-([a-z0-9-]+)\/$/.exec(sitePath);
      const canonicalPath = isReversedPairPath(sitePath) ? pairPath(reversed![1]!, reversed![2]!) : sitePath;
      const expected = `${SITE_URL}${canonicalPath.slice(1)}`;
      return canonical === expected ? [] : [`${relative}: ${canonical ?? 'none'} (expected ${expected})`];
    });
    expect(wrong).toEqual([]);
  });

  it('gives every page a title, a description and a 1200×630 social card that a shared link shows', async () => {
    const meta = (html: string, key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    const pages = htmlFilesIn(dist);
    const cards = new Set<string>();
    const wrong = pages.flatMap((file) => {
      const relative = path.relative(dist, file).split(path.sep).join('/');
      const html = readFileSync(file, 'utf8');
      const image = meta(html, 'og:image') ?? '';
      cards.add(image);
      const problems = [
        meta(html, 'og:title') ? null : 'no og:title',
        (meta(html, 'og:description') ?? '').length > 0 ? null : 'no og:description',
        (meta(html, 'description') ?? '').length <= 160 ? null : 'a description over 160 characters',
        image.startsWith(`${SITE_URL}cards/`) && image.endsWith('.png') ? null : `og:image ${image}`,
        meta(html, 'twitter:card') === 'summary_large_image' ? null : 'no twitter:card',
        meta(html, 'og:url') === /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1]
          ? null
          : 'og:url is not canonical',
      ].filter((problem) => problem !== null);
      return problems.map((problem) => `${relative}: ${problem}`);
    });
    expect(wrong).toEqual([]);
    const sizes = [...cards].map((image) => {
      const png = readFileSync(path.join(dist, image.slice(SITE_URL.length)));
      return `${image} ${png.subarray(1, 4).toString('latin1')} ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
    });
    expect(sizes).toEqual([...cards].map((image) => `${image} PNG 1200×630`));
    // The pages that have a card of their own, and an article page, which shows its outlet's.
    const imageOf = (page: string) => meta(readFileSync(path.join(dist, page), 'utf8'), 'og:image');
    expect(imageOf('index.html')).toBe(`${SITE_URL}cards/home.png`);
    expect(imageOf('compare/index.html')).toBe(`${SITE_URL}cards/compare.png`);
    expect(imageOf('compare/cnn-vs-npr/index.html')).toBe(imageOf('compare/npr-vs-cnn/index.html'));
    expect(imageOf('outlets/cnn/index.html')).toBe(`${SITE_URL}cards/outlets/cnn.png`);
    expect(imageOf('timeline/index.html')).toBe(`${SITE_URL}cards/timeline.png`);
    const cnnArticle = articles.find((article) => article.outlet?.id === 'cnn')!;
    expect(imageOf(`${cnnArticle.href.slice(BASE.length)}index.html`)).toBe(
      `${SITE_URL}cards/outlets/cnn.png`,
    );
    // The tags are valid HTML (the browser suite validates every page of the root build, which has none).
    const kinds = ['index.html', 'compare/cnn-vs-npr/index.html', 'outlets/cnn/index.html', '404.html'];
    expect(await validateHtml(kinds.map((page) => path.join(dist, page)))).toEqual([]);
  });

  it('has a sitemap of every page and a robots.txt that names it', () => {
    const index = readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${SITE_URL}sitemap-0.xml</loc>`);
    const listed = [
      ...readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g),
    ].map((match) => match[1]);
    expect(listed).toContain(SITE_URL);
    expect(listed).toContain(`${SITE_URL}compare/`);
    for (const article of articles) expect(listed).toContain(`https://example.org${article.href}`);
    expect(listed.some((url) => url?.includes('404'))).toBe(false);
    expect(
      listed.filter((url) => isReversedPairPath(new URL(url!).pathname.replace(/^\/summit/, ''))),
    ).toEqual([]);
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${SITE_URL}sitemap-index.xml`,
    );
  });

  it('has no broken link or fragment when served under /summit/ only', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: site(),
      recurse: true,
      checkFragments: true,
      linksToSkip: (link) => Promise.resolve(!link.startsWith(server.url)),
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (status ${link.status ?? '?'}, on ${link.parent ?? '?'})`);
    expect(result.links.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});

describe('served under /summit/', () => {
  it('searches with a filter and lands on the article, all under /summit/', async () => {
    const target = articles.find((article) => article.outlet !== null)!;
    const word = target.text
      .split(/[^\p{L}]+/u)
      .filter((candidate) => candidate.length >= 6)
      .sort((a, b) => b.length - a.length)[0]!;
    const page = await openPage();
    const traffic = watchTraffic(page, server.url);
    await page.goto(
      `${site()}search/?q=${encodeURIComponent(word)}&type=article&outlet=${encodeURIComponent(target.outlet!.name)}`,
    );
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found for/);
    const hrefs = await page
      .locator('#results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => !href?.startsWith(`${BASE}articles/`))).toEqual([]);
    await page.locator(`#results a[href^="${target.href}"]`).first().click();
    await page.waitForURL(`**${target.href}**`);
    expect(await page.locator('[data-pagefind-meta="outlet"]').textContent()).toBe(target.outlet!.name);
    await page.waitForLoadState('networkidle');
    expect(traffic.failed).toEqual([]);
    expect(traffic.errors).toEqual([]);
    await page.context().close();
  });

  it('lists quotes by speaker and lands on the quote’s anchor', async () => {
    const quote = articles.flatMap((article) => article.quotes).find((item) => item.speaker !== null)!;
    const page = await openPage();
    await page.goto(`${site()}search/?speaker=${encodeURIComponent(quote.speaker!.name)}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found/);
    const first = (await page.locator('#results a').first().getAttribute('href'))!;
    expect(first).toMatch(/^\/summit\/articles\//);
    await page.locator('#results a').first().click();
    await page.waitForURL(`**${first.split('#')[0]!}**`);
    const id = first.split('#')[1]!.split(':~:')[0]!;
    await expect.poll(() => page.locator(`[id="${id}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('answers a missing page with the styled not-found page, whose links stay under /summit/', async () => {
    const page = await openPage();
    const traffic = watchTraffic(page, server.url, { expectedStatus: 404 });
    const response = await page.goto(`${site()}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    // The stylesheet loaded: the skip link is moved out of sight, as only the CSS does.
    expect(
      await page.locator('.skip-link').evaluate((link) => link.getBoundingClientRect().bottom <= 0),
    ).toBe(true);
    const hrefs = await page
      .locator('main a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href?.startsWith(BASE))).toBe(true);
    await page.locator('main a', { hasText: 'Search' }).click();
    await page.waitForURL(`**${BASE}search/`);
    await page.waitForLoadState('networkidle');
    expect(traffic.failed).toEqual([]);
    await page.context().close();
  });
});
