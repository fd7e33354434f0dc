/**
 * One sentence count everywhere (issue 16): the counts the built pages show, read from their
 * HTML, agree per article (home, outlet page, article page) and per outlet (home, compare,
 * outlet page, pair, theme and fact pages, and the sum of its articles).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlFilesIn } from './support/dist-checks.ts';
import { builtArticles, builtFraming, DIST } from './support/site.ts';

/** The document of a built page, by its URL path. */
function page(urlPath: string): Document {
  return parseHTML(readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8')).document;
}

/** The number before "sentence(s)" in a text; fails when there is none. */
function sentencesIn(text: string | null | undefined, pattern = /(\d+) sentences?\b/): number {
  const match = pattern.exec(text ?? '');
  if (!match) throw new Error(`no sentence count in “${text}”`);
  return Number(match[1]);
}

/** What each place says, collected by what it counts: `article:<id>` or `outlet:<id>`. */
type Shown = Map<string, { where: string; count: number }[]>;

function record(shown: Shown, key: string, where: string, count: number): void {
  shown.set(key, [...(shown.get(key) ?? []), { where, count }]);
}

/** The article cards of a page: the card's article and the count it shows. */
function readCards(shown: Shown, urlPath: string): void {
  for (const card of page(urlPath).querySelectorAll('.card')) {
    const id = card.querySelector('.card-title a')!.getAttribute('href')!.split('/')[2]!;
    record(
      shown,
      `article:${id}`,
      `${urlPath} card`,
      sentencesIn(card.querySelector('.card-meta')?.textContent),
    );
  }
}

/** The outlet lists of a page (home, compare): each outlet's count. */
function readOutletList(shown: Shown, urlPath: string): void {
  const items = page(urlPath).querySelectorAll('.outlet-list li');
  expect(items.length, urlPath).toBeGreaterThan(0);
  for (const item of items) {
    const id = item.querySelector('a')?.getAttribute('href')?.split('/')[2] ?? 'unattributed';
    record(
      shown,
      `outlet:${id}`,
      `${urlPath} outlet list`,
      sentencesIn(item.querySelector('.count')?.textContent),
    );
  }
}

function readAll(): Shown {
  const shown: Shown = new Map();
  const articles = builtArticles();
  const framing = builtFraming();
  readCards(shown, '/');
  readOutletList(shown, '/');
  readOutletList(shown, '/compare/');
  for (const article of articles) {
    const document = page(article.href);
    const count = sentencesIn(document.querySelector('.body .note')?.textContent, /^\s*(\d+) sentences?\b/);
    record(shown, `article:${article.id}`, article.href, count);
    record(shown, `outlet-sum:${article.outlet?.id ?? 'unattributed'}`, article.href, count);
    // What the page lists: its headline and teaser above, and the body sentences below.
    expect(document.getElementById(`${article.id}-teaser`), article.href).not.toBeNull();
    const above = document.getElementById(`${article.id}-headline`) === null ? 1 : 2;
    const listed = document.querySelectorAll('.sentences > li[id], .paragraph .sentence[id]').length;
    expect(listed, article.href).toBe(count - above);
  }
  for (const outlet of framing.outlets) {
    const urlPath = `/outlets/${outlet.id}/`;
    readCards(shown, urlPath);
    const across = page(urlPath).querySelector('#framing + p')?.textContent;
    record(
      shown,
      `outlet:${outlet.id}`,
      `${urlPath}#framing`,
      sentencesIn(across, /Across (\d+) sentences?/),
    );
  }
  const names = new Map(framing.outlets.map((outlet) => [outlet.id, outlet.name]));
  for (const file of htmlFilesIn(path.join(DIST, 'compare')).filter((name) => name.includes('-vs-'))) {
    const urlPath = `/${path.relative(DIST, path.dirname(file))}/`;
    const intro = page(urlPath).querySelector('h1 + p')?.textContent ?? '';
    for (const [id, name] of names) {
      if (!intro.includes(`${name}:`)) continue;
      const pattern = new RegExp(
        `${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\d+ articles?(?: \\([^)]*\\))?, (\\d+) sentences?`,
      );
      record(shown, `outlet:${id}`, urlPath, sentencesIn(intro, pattern));
    }
  }
  for (const kind of ['themes', 'facts'] as const) {
    for (const { id } of framing[kind]) {
      const urlPath = `/${kind}/${id}/`;
      for (const group of page(urlPath).querySelectorAll('.evidence-group')) {
        const outlet = group.querySelector('h2')!.id.replace(/^outlet-/, '');
        const note = group.querySelector('.note')?.textContent;
        record(
          shown,
          `outlet:${outlet}`,
          `${urlPath}#outlet-${outlet}`,
          sentencesIn(note, /of (?:its )?(\d+) (?:collected )?sentences?/),
        );
      }
    }
  }
  return shown;
}

describe('sentence counts on the built pages', () => {
  const shown = readAll();

  it('show each article’s count alike on the home page, its outlet’s page and its own page', () => {
    const articles = builtArticles();
    for (const article of articles) {
      const places = shown.get(`article:${article.id}`) ?? [];
      expect(places.map((place) => place.where)).toContain('/ card');
      const expected = places.find((place) => place.where === article.href)!.count;
      // Headline (when known and not the teaser), teaser and body sentences, as the record has them.
      const headline = article.headline !== null && article.headline.trim() !== article.teaserText.trim();
      expect(expected, article.id).toBe(article.sentences.length + 1 + Number(headline));
      expect(
        places.filter((place) => place.count !== expected),
        article.id,
      ).toEqual([]);
      expect(places.length, article.id).toBe(article.outlet === null ? 2 : 3);
    }
  });

  it('show each outlet’s count alike on the home, compare, outlet, pair, theme and fact pages, the sum of its articles', () => {
    const framing = builtFraming();
    expect(framing.outlets.length).toBeGreaterThan(1);
    for (const outlet of framing.outlets) {
      const sum = (shown.get(`outlet-sum:${outlet.id}`) ?? []).reduce(
        (total, place) => total + place.count,
        0,
      );
      const places = shown.get(`outlet:${outlet.id}`) ?? [];
      expect(sum, outlet.id).toBeGreaterThan(0);
      expect(
        places.filter((place) => place.count !== sum),
        outlet.id,
      ).toEqual([]);
      const kinds = new Set(places.map((place) => place.where.split(' ')[0]!.split('/')[1]));
      expect([...kinds].sort(), outlet.id).toEqual(
        expect.arrayContaining(['', 'compare', 'outlets', 'themes', 'facts'].sort()),
      );
    }
  });
});
