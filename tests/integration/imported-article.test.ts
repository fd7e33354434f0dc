/**
 * An imported article (content/articles/<outlet>/<slug>.md) built into a site with the
 * real build script: its page keeps the paragraphs, every sentence is an anchor, quotes
 * are marked, the outlet comes from its metadata and the wire is shown; removing the file
 * removes the article at the next build.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedArticleSchema, type PublishedArticle } from '../../src/lib/schema/index.ts';
import { projectRoot } from '../helpers.ts';
import { createScratchSite, type ScratchSite } from '../../scripts/lib/scratch-site.ts';

let scratch: ScratchSite;
const stored = 'content/articles/dw/xi-and-putin-hail-a-new-era.md';
const dist = (...parts: string[]) => path.join(scratch.root, 'dist', ...parts);
const readArticles = () =>
  (JSON.parse(readFileSync(dist('data/articles.json'), 'utf8')) as unknown[]).map((item) =>
    publishedArticleSchema.parse(item),
  );

beforeAll(() => {
  scratch = createScratchSite();
  cpSync(
    path.join(projectRoot, 'content/sources/xi-putin-moscow-2023.txt'),
    path.join(scratch.root, 'content/sources/xi-putin-moscow-2023.txt'),
  );
  mkdirSync(path.join(scratch.root, path.dirname(stored)), { recursive: true });
  cpSync(
    path.join(projectRoot, 'tests/fixtures/sites/imported/wire-copy.md'),
    path.join(scratch.root, stored),
  );
});
afterAll(() => {
  scratch.remove();
});

describe('an imported article in the build', () => {
  let article: PublishedArticle;
  let page: string;

  beforeAll(() => {
    const result = scratch.build();
    expect(result.status, result.output).toBe(0);
    article = readArticles().find((item) => item.source.file === stored)!;
    page = readFileSync(dist(article.href, 'index.html'), 'utf8');
  });

  it('takes its outlet, headline, date, byline, address and wire from its metadata', () => {
    expect(article).toMatchObject({
      id: 'dw-xi-and-putin-hail-a-new-era-1',
      outlet: { id: 'dw', name: 'Deutsche Welle', registered: true },
      attribution: { method: 'metadata' },
      headline: 'Xi and Putin hail a new era of partnership in Moscow',
      published: '2023-03-21',
      byline: 'Reuters',
      url: 'https://www.dw.com/en/xi-and-putin-hail-a-new-era/a-65000000',
      wire: 'Reuters',
      teaser: 'The two leaders signed two joint statements in the Kremlin.',
    });
    expect(article.attribution.evidence).toContain('outlet: og:site_name = "DW"');
    expect(page).toContain('<dt>Wire</dt>');
  });

  it('keeps its paragraphs, each sentence an anchor inside them', () => {
    expect(article.sentences.map((sentence) => sentence.paragraph)).toEqual([0, 0, 1, 1, 1, 2, 2]);
    expect(page.match(/<div class="paragraph">/g)).toHaveLength(3);
    for (const sentence of article.sentences) {
      expect(page).toContain(`<span id="${sentence.id}" class="sentence" dir="auto">`);
    }
    expect(page).toContain('3 paragraphs, as the page gave them');
  });

  it('marks its quotes with their speakers, as for the seed', () => {
    expect(article.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual([
      'Xi Jinping',
      'Vladimir Putin',
      'Vladimir Putin',
      'John Kirby',
    ]);
    for (const quote of article.quotes) expect(page).toContain(`id="${quote.id}"`);
  });

  it('is gone at the next build once its file is removed', () => {
    rmSync(path.join(scratch.root, stored));
    const result = scratch.build();
    expect(result.status, result.output).toBe(0);
    expect(readArticles().some((item) => item.source.file === stored)).toBe(false);
    expect(existsSync(dist(article.href, 'index.html'))).toBe(false);
  });
});
