/**
 * Builds a small fixture site with the real build script and checks what it publishes,
 * and that a failed build leaves the previous dist/ exactly as it was.
 */
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedArticleSchema } from '../../src/lib/schema/index.ts';
import type { BundleList } from '../../src/lib/publish/search-filters.ts';
import { projectRoot, SEED_INFERRED_OUTLETS } from '../helpers.ts';
import { createScratchSite, type ScratchSite } from '../../scripts/lib/scratch-site.ts';

let scratch: ScratchSite;
let site: string;

const build = () => scratch.build();
const snapshotDist = () => scratch.snapshot();
const sources = () => path.join(site, 'content/sources');
const dist = (...parts: string[]) => path.join(site, 'dist', ...parts);

beforeAll(() => {
  scratch = createScratchSite();
  site = scratch.root;
  cpSync(
    path.join(projectRoot, 'content/sources/xi-putin-moscow-2023.txt'),
    path.join(sources(), 'xi-putin-moscow-2023.txt'),
  );
  cpSync(path.join(projectRoot, 'tests/fixtures/sites/wires/sources'), sources(), { recursive: true });
});

afterAll(() => {
  scratch.remove();
});

describe('npm run build on a fixture site', () => {
  let articles: ReturnType<typeof publishedArticleSchema.parse>[];

  beforeAll(() => {
    const result = build();
    expect(result.output).toContain('✓ built dist/');
    expect(result.status).toBe(0);
    articles = (JSON.parse(readFileSync(dist('data/articles.json'), 'utf8')) as unknown[]).map((item) =>
      publishedArticleSchema.parse(item),
    );
  });

  it('publishes every article of every source in dist/data/articles.json', () => {
    expect(articles.map((article) => article.outlet?.name ?? null)).toEqual([
      'Reuters',
      'TASS',
      'Daily Bugle',
      ...SEED_INFERRED_OUTLETS,
    ]);
    expect(articles[0]?.attribution).toMatchObject({ method: 'inferred' });
    expect(articles[0]?.attribution.evidence).toContain('dateline ‘(Reuters) -’');
    expect(articles[2]).toMatchObject({
      attribution: { method: 'metadata' },
      headline: 'A summit in three sentences',
    });
  });

  it('writes articles.csv with a row per article', () => {
    const csv = readFileSync(dist('data/articles.csv'), 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(articles.length + 1);
  });

  it('renders a page for every article, with every sentence addressable by its id', () => {
    for (const article of articles) {
      const html = readFileSync(dist(article.href, 'index.html'), 'utf8');
      for (const sentence of article.sentences) expect(html).toContain(`id="${sentence.id}"`);
      expect(html).toContain(`data-pagefind-filter="outlet.${article.outlet?.id ?? '_none'}:yes"`);
      expect(html).toContain(`data-pagefind-meta="outlet">${article.outlet?.name ?? 'Unattributed'}<`);
    }
  });

  it('renders outlet pages, unregistered outlets included, and the other pages', () => {
    for (const page of [
      'index.html',
      'outlets/index.html',
      'outlets/reuters/index.html',
      'outlets/daily-bugle/index.html',
      'search/index.html',
      'about/index.html',
      '404.html',
    ]) {
      expect(existsSync(dist(page)), page).toBe(true);
    }
  });

  it('shows a reference back to a fact on the fact’s page, linked to the sentence that named it', () => {
    const tass = articles[1]!;
    const html = readFileSync(dist('facts/position-paper/index.html'), 'utf8');
    const named = tass.sentences.find((sentence) => sentence.text.includes('peace plan'))!;
    expect(html).toContain('refers back to');
    expect(html).toContain(`href="${tass.href}#${named.id}"`);
    const framing = JSON.parse(readFileSync(dist('data/framing.json'), 'utf8')) as {
      outlets: { id: string; facts: { fact: string; references: number }[] }[];
    };
    const tassFacts = framing.outlets.find((outlet) => outlet.id === 'tass')!.facts;
    expect(tassFacts.find((score) => score.fact === 'position-paper')?.references).toBe(1);
  });

  it('publishes quotes.json, each href landing on an element that holds the quote', () => {
    const quotes = JSON.parse(readFileSync(dist('data/quotes.json'), 'utf8')) as {
      href: string;
      text: string;
    }[];
    expect(quotes.length).toBeGreaterThan(30);
    for (const quote of quotes) {
      const [page, anchor] = quote.href.split('#');
      const html = readFileSync(dist(page!, 'index.html'), 'utf8');
      const element = new RegExp(`<mark class="quote" id="${anchor}"[^>]*>([\\s\\S]*?)</mark>`).exec(html);
      expect(element, quote.href).not.toBeNull();
      const text = element![1]!
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&#x26;|&amp;/g, '&')
        .replace(/&#x22;|&quot;/g, '"');
      expect(text.replace(/\s+/g, ' ')).toContain(quote.text.replace(/\s+/g, ' '));
    }
    expect(readFileSync(dist('data/quotes.csv'), 'utf8').trimEnd().split('\r\n')).toHaveLength(
      quotes.length + 1,
    );
  });

  it('renders the quote, speaker and per-outlet quote pages', () => {
    for (const page of [
      'quotes/index.html',
      'quotes/reuters/index.html',
      'speakers/index.html',
      'speakers/vladimir-putin/index.html',
    ]) {
      expect(existsSync(dist(page)), page).toBe(true);
    }
  });

  it('indexes the site with Pagefind: a primary bundle for the article pages, a bundle of quotes, filters in both', () => {
    expect(existsSync(dist('pagefind/pagefind.js'))).toBe(true);
    const list = JSON.parse(readFileSync(dist('pagefind/bundles.json'), 'utf8')) as BundleList;
    expect(list.bundles).toEqual([
      { kind: 'articles', path: '/pagefind/' },
      { kind: 'quotes', path: '/pagefind/quotes-1/' },
    ]);
    for (const { path: bundle } of list.bundles)
      expect(readdirSync(dist(bundle, 'filter')).length).toBeGreaterThan(0);
    // Every engine runs the primary bundle's script, with the WebAssembly of its first bundle.
    expect(existsSync(dist('pagefind/quotes-1/pagefind.js'))).toBe(false);
    expect(existsSync(dist('pagefind/quotes-1/wasm.en.pagefind'))).toBe(true);
  });

  it('ships no client JavaScript outside the search page', () => {
    for (const page of ['index.html', 'about/index.html', `${articles[0]!.href.slice(1)}index.html`]) {
      expect(readFileSync(dist(page), 'utf8')).not.toMatch(/<script/);
    }
    expect(readFileSync(dist('search/index.html'), 'utf8')).toMatch(/<script/);
  });

  it('stops on malformed input, names file and line, and leaves dist/ untouched', () => {
    const before = snapshotDist();
    const cases: [string, string | Uint8Array, RegExp][] = [
      [
        'wires.meta.yaml',
        'articles:\n  - article: 1\n    published: 2023-13-01\n',
        /content\/sources\/wires\.meta\.yaml:3: .*YYYY-MM-DD/,
      ],
      ['wires.meta.yaml', 'articles:\n  - article: 9\n', /wires\.meta\.yaml:2: an entry for article 9/],
      ['wires.meta.yaml', 'articles: [\n', /wires\.meta\.yaml:\d+: invalid YAML/],
      [
        'broken.txt',
        'Teaser\nBody.\nLonely teaser\n',
        /content\/sources\/broken\.txt:3: a teaser without a body/,
      ],
      ['broken.txt', '\n\n', /broken\.txt:1: the source is empty/],
      [
        'broken.txt',
        new Uint8Array([0x54, 0x0a, 0x42, 0xe9, 0x0a]),
        /broken\.txt:2: bytes that are not valid UTF-8/,
      ],
    ];
    const sidecar = readFileSync(path.join(sources(), 'wires.meta.yaml'));
    for (const [file, content, message] of cases) {
      writeFileSync(path.join(sources(), file), content);
      const result = build();
      expect(result.status, result.output).not.toBe(0);
      expect(result.output).toMatch(message);
      expect(result.output).toContain('dist/ was not changed');
      expect(snapshotDist()).toEqual(before);
      rmSync(path.join(sources(), 'broken.txt'), { force: true });
      writeFileSync(path.join(sources(), 'wires.meta.yaml'), sidecar);
    }
    expect(readdirSync(site).filter((name) => name.startsWith('.dist-'))).toEqual([]);
  });

  it('leaves nothing of a removed source: pages, data files and search index', () => {
    const moved = path.join(site, 'wires.txt.removed');
    const sidecarMoved = path.join(site, 'wires.meta.yaml.removed');
    renameSync(path.join(sources(), 'wires.txt'), moved);
    renameSync(path.join(sources(), 'wires.meta.yaml'), sidecarMoved);
    try {
      const result = build();
      expect(result.status, result.output).toBe(0);
      const everything = [
        'data/articles.json',
        'data/articles.csv',
        'data/quotes.json',
        'data/quotes.csv',
        'data/framing.json',
        'index.html',
        'compare/index.html',
      ]
        .map((file) => readFileSync(dist(file), 'utf8'))
        .join('\n');
      expect(everything).not.toMatch(/wires-\d/);
      expect(existsSync(dist('articles/wires-1/index.html'))).toBe(false);
      const { bundles } = JSON.parse(readFileSync(dist('pagefind/bundles.json'), 'utf8')) as BundleList;
      const indexed = bundles.reduce(
        (sum, bundle) => sum + readdirSync(dist(bundle.path, 'fragment')).length,
        0,
      );
      const remaining = (JSON.parse(readFileSync(dist('data/articles.json'), 'utf8')) as unknown[]).length;
      const quotes = (JSON.parse(readFileSync(dist('data/quotes.json'), 'utf8')) as unknown[]).length;
      // One Pagefind fragment per article page and one per quote: none left for the removed source.
      expect(indexed).toBe(remaining + quotes);
    } finally {
      renameSync(moved, path.join(sources(), 'wires.txt'));
      renameSync(sidecarMoved, path.join(sources(), 'wires.meta.yaml'));
    }
  });
});
