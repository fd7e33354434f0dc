/**
 * The built dist/ as files: valid HTML, no broken links or fragments, a strict CSP with no
 * inline handlers, nothing from other hosts, JavaScript only on /search/, and the budgets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { brokenLinks, htmlFilesIn, validateHtml } from './support/dist-checks.ts';
import {
  findForeignResources,
  findInlineHandlers,
  findScripts,
  findUnsafeExternalLinks,
} from './support/gates.ts';
import { DIST } from './support/site.ts';
import { publishedFramingSchema } from '../../src/lib/schema/index.ts';
import { isReversedPairPath, pairPath } from '../../src/lib/view/pairs.ts';

const pages = htmlFilesIn(DIST);
const read = (file: string) => readFileSync(file, 'utf8');
const relative = (file: string) => path.relative(DIST, file);

describe('dist/', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  it('is valid HTML (html-validate:recommended, zero errors)', async () => {
    expect(await validateHtml(pages)).toEqual([]);
  });

  it.skipIf(process.env['SITE_URL'])(
    'built without SITE_URL, names no address of its own: no canonical link, sitemap, robots.txt or _redirects',
    () => {
      expect(pages.filter((file) => read(file).includes('rel="canonical"')).map(relative)).toEqual([]);
      for (const file of ['sitemap-index.xml', 'robots.txt', '_redirects'])
        expect(existsSync(path.join(DIST, file)), file).toBe(false);
    },
  );

  it('has one page for each pair of outlets; the other order points on to it, and no page links to that', () => {
    const pairs = pages
      .map(relative)
      .filter((file) => /^compare\/[a-z0-9-]+-vs-[a-z0-9-]+\/index\.html$/.test(file));
    const reversed = pairs.filter((file) => isReversedPairPath(`/${path.dirname(file)}/`));
    expect(pairs.length).toBeGreaterThan(0);
    expect(reversed.length * 2).toBe(pairs.length);
    for (const file of reversed) {
      const [, left, right] = /^compare\/([a-z0-9-]+?)-vs-([a-z0-9-]+)\//.exec(file)!;
      const to = pairPath(left!, right!);
      expect(read(path.join(DIST, file)), file).toContain(
        `<meta http-equiv="refresh" content="0; url=${to}">`,
      );
      expect(read(path.join(DIST, file)), file).toContain(`<a href="${to}">`);
    }
    const linking = pages.filter((file) =>
      reversed.some((target) => read(file).includes(`href="/${path.dirname(target)}/"`)),
    );
    expect(linking.map(relative)).toEqual([]);
  });

  it('publishes each outlet’s data apart: the same records as the whole-corpus files, the outlet’s only', () => {
    const json = (file: string) => JSON.parse(read(path.join(DIST, 'data', file))) as unknown;
    const articles = json('articles.json') as { id: string; outlet: { id: string } | null }[];
    const quotes = json('quotes.json') as { id: string; outlet: { id: string } | null }[];
    const framing = json('framing.json') as {
      outlets: { id: string }[];
      articles: { id: string; outlet: { id: string } | null }[];
      story: unknown;
    };
    const outlets = [...new Set(articles.flatMap((article) => (article.outlet ? [article.outlet.id] : [])))];
    expect(outlets.length).toBeGreaterThan(1);
    for (const outlet of outlets) {
      const own = <T extends { outlet: { id: string } | null }>(items: T[]) =>
        items.filter((item) => item.outlet?.id === outlet);
      expect(json(`outlets/${outlet}/articles.json`), outlet).toEqual(own(articles));
      expect(json(`outlets/${outlet}/quotes.json`), outlet).toEqual(own(quotes));
      const lines = (file: string) =>
        read(path.join(DIST, 'data', file))
          .split('\r\n')
          .filter(Boolean);
      expect(lines(`outlets/${outlet}/articles.csv`)).toHaveLength(own(articles).length + 1);
      expect(lines(`outlets/${outlet}/quotes.csv`)[0]).toBe(lines('quotes.csv')[0]);
      expect(json(`outlets/${outlet}/framing.json`), outlet).toMatchObject({
        story: framing.story,
        outlet: framing.outlets.find((item) => item.id === outlet),
        articles: own(framing.articles),
      });
    }
  });

  it('keeps every file within what static hosts take (25 MiB), and every data file a page links to within 10 MiB', () => {
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true }).filter((entry) =>
      entry.isFile(),
    );
    const over = (most: number, names: typeof files) =>
      names
        .map((entry) => path.join(entry.parentPath, entry.name))
        .filter((file) => statSync(file).size > most)
        .map(relative);
    expect(over(25 * 2 ** 20, files)).toEqual([]);
    const linked = new Set(
      pages.flatMap((page) =>
        [...read(page).matchAll(/href="\/(data\/[^"#?]+)"/g)].map((match) => match[1]!),
      ),
    );
    expect(linked.size).toBeGreaterThan(0);
    expect(
      over(
        10 * 2 ** 20,
        files.filter((entry) => linked.has(relative(path.join(entry.parentPath, entry.name)))),
      ),
    ).toEqual([]);
  });

  it('has no broken links or #fragments', async () => {
    expect(await brokenLinks(DIST)).toEqual([]);
  }, 120_000);

  it('has framing.json valid against its schema, and every evidence href names an element on its page', () => {
    const framing = publishedFramingSchema.parse(JSON.parse(read(path.join(DIST, 'data/framing.json'))));
    const profiles = [...framing.outlets, ...framing.articles];
    const evidence = profiles.flatMap((profile) => [
      ...profile.themes.flatMap((score) => score.evidence),
      ...profile.facts.flatMap((score) => score.evidence),
      ...profile.descriptors.flatMap((score) => score.evidence),
      ...profile.citedDomains.flatMap((score) => score.evidence),
      ...profile.valence.evidence,
    ]);
    expect(evidence.length).toBeGreaterThan(0);
    const idsByPage = new Map<string, Set<string>>();
    const missing = evidence.filter((item) => {
      const [page, id] = item.href.split('#') as [string, string];
      let ids = idsByPage.get(page);
      if (!ids) {
        const file = path.join(DIST, page, 'index.html');
        ids = new Set(
          existsSync(file) ? [...read(file).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!) : [],
        );
        idsByPage.set(page, ids);
      }
      return !ids.has(id) || id !== item.sentenceId;
    });
    expect(missing.map((item) => item.href)).toEqual([]);
  });

  it('ships JavaScript on /search/ only', () => {
    for (const file of pages) {
      const scripts = findScripts(read(file));
      if (relative(file) === 'search/index.html') expect(scripts.length).toBeGreaterThan(0);
      else expect(scripts, relative(file)).toEqual([]);
    }
  });

  it('has a CSP <meta> on every page and no inline event handlers', () => {
    for (const file of pages) {
      const html = read(file);
      expect(html, relative(file)).toMatch(
        /<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/,
      );
      expect(findInlineHandlers(html), relative(file)).toEqual([]);
    }
  });

  it('loads nothing from other hosts, and external links keep the referrer and opener', () => {
    for (const file of pages) {
      const html = read(file);
      expect(findForeignResources(html), relative(file)).toEqual([]);
      expect(findUnsafeExternalLinks(html), relative(file)).toEqual([]);
    }
  });

  it('has a _headers file with the CSP, frame-ancestors and the hardening headers', () => {
    const headers = read(path.join(DIST, '_headers'));
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toMatch(
      /Content-Security-Policy: .*frame-ancestors 'none'.*script-src 'self'.*'wasm-unsafe-eval'/,
    );
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Referrer-Policy: /);
  });

  it('keeps the home page within 30 KiB of gzipped HTML and CSS', () => {
    const html = read(path.join(DIST, 'index.html'));
    const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) =>
      read(path.join(DIST, match[1]!)),
    );
    const gzipped = [html, ...styles].reduce((sum, text) => sum + gzipSync(text).length, 0);
    expect(gzipped).toBeLessThanOrEqual(30 * 1024);
  });

  it('has a favicon and a web manifest, linked from every page', () => {
    expect(existsSync(path.join(DIST, 'favicon.svg'))).toBe(true);
    const manifest = JSON.parse(read(path.join(DIST, 'manifest.webmanifest'))) as {
      name?: string;
      icons?: unknown[];
    };
    expect(manifest.name).toBeTruthy();
    expect(manifest.icons?.length).toBeGreaterThan(0);
    for (const file of pages) {
      expect(read(file), relative(file)).toContain('<link rel="icon" href="/favicon.svg"');
      expect(read(file), relative(file)).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    }
  });
});
