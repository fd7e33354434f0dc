/**
 * The catalogue of bad inputs (tests/fixtures/bad/) through real builds: a refused input
 * stops `npm run build` with its file and line and leaves dist/ exactly as it was; every
 * accepted input is built into one site, whose article pages show the source text as
 * text; and building the same inputs twice gives a byte-identical dist/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedArticleSchema, type PublishedArticle } from '../../src/lib/schema/index.ts';
import { readCatalogue, visibleText, type BadInput } from '../support/bad-inputs.ts';
import { createScratchSite, type ScratchSite } from '../../scripts/lib/scratch-site.ts';

const catalogue = readCatalogue();
const accepted = catalogue.filter((badInput) => badInput.expected.outcome === 'accepted');
const refused = catalogue.filter((badInput) => badInput.expected.outcome === 'refused');

let site: ScratchSite;
const dist = (...parts: string[]) => path.join(site.root, 'dist', ...parts);

function place(badInput: BadInput) {
  for (const [file, bytes] of badInput.files) {
    mkdirSync(path.dirname(path.join(site.root, file)), { recursive: true });
    writeFileSync(path.join(site.root, file), bytes);
  }
}

function unplace(badInput: BadInput) {
  for (const file of badInput.files.keys()) rmSync(path.join(site.root, file), { force: true });
}

/** Elements of a tree that match a test, in document order. */
function select(tree: Root | Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      else walk(child);
    }
  };
  walk(tree);
  return found;
}

const hasClass = (element: Element, name: string) =>
  Array.isArray(element.properties['className']) && element.properties['className'].includes(name);

/** The parts of an article page that the source text became: its title, teaser and sentences. */
function sourceParts(page: string): string {
  const tree = fromHtml(page);
  const parts = [
    ...select(tree, (element) => element.tagName === 'h1'),
    ...select(tree, (element) => element.tagName === 'p' && hasClass(element, 'teaser')),
    ...select(tree, (element) => element.tagName === 'ol' && hasClass(element, 'sentences')),
  ];
  return parts.map((part) => toHtml({ type: 'root', children: part.children })).join('\n');
}

beforeAll(() => {
  site = createScratchSite('summit-bad-inputs-');
});

afterAll(() => {
  site.remove();
});

describe('accepted bad inputs, built into one site', () => {
  let articles: PublishedArticle[];

  beforeAll(() => {
    for (const badInput of accepted) {
      if (badInput.files.has('content/outlets.yaml'))
        throw new Error(`${badInput.name}: an accepted case cannot replace the registry of the shared site`);
      place(badInput);
    }
    const result = site.build();
    expect(result.output).toContain('✓ built dist/');
    articles = (JSON.parse(readFileSync(dist('data/articles.json'), 'utf8')) as unknown[]).map((item) =>
      publishedArticleSchema.parse(item),
    );
  });

  it('builds a byte-identical dist/ again from the same inputs, the ingest cache emptied', () => {
    const first = site.snapshot();
    rmSync(path.join(site.root, '.cache'), { recursive: true, force: true });
    const again = site.build();
    expect(again.status, again.output).toBe(0);
    const second = site.snapshot();
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
      (file) => first.get(file) !== second.get(file),
    );
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(50);
  });

  for (const badInput of accepted) {
    if (badInput.expected.outcome !== 'accepted') continue;
    const { shows } = badInput.expected;
    it(`${badInput.name}: the article pages show what expected.yaml says`, () => {
      // The case's articles, in the order of its files and lines (a duplicate is one record,
      // found by any of its places).
      const sourceFiles = new Set([...badInput.files.keys()].filter((file) => file.endsWith('.txt')));
      const firstPlace = (article: PublishedArticle) =>
        [article.source, ...article.alsoIn]
          .filter((place) => sourceFiles.has(place.file))
          .sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1))[0];
      const own = articles
        .filter((article) => firstPlace(article) !== undefined)
        .sort((a, b) => {
          const [left, right] = [firstPlace(a)!, firstPlace(b)!];
          return left.file === right.file ? left.line - right.line : left.file < right.file ? -1 : 1;
        });
      for (const shown of shows) {
        const article = own[shown.article - 1];
        expect(article, `article ${shown.article}`).toBeDefined();
        const page = readFileSync(dist(article!.href, 'index.html'), 'utf8');
        const parts = sourceParts(page);
        const text = visibleText(parts);
        for (const words of shown.text) expect(text).toContain(words);
        for (const markup of shown.html) expect(page).toContain(markup);
        for (const markup of shown.notHtml) expect(parts).not.toContain(markup);
      }
    });
  }
});

describe('refused bad inputs, each in a real build', () => {
  let before: Map<string, string>;

  beforeAll(() => {
    // The accepted site's dist/ is the "previous build" that a refused one must not touch.
    before = site.snapshot();
    expect(before.size).toBeGreaterThan(0);
    for (const badInput of accepted) unplace(badInput);
  });

  for (const badInput of refused) {
    if (badInput.expected.outcome !== 'refused') continue;
    const { problems } = badInput.expected;
    it(`${badInput.name}: exit code 1, file and line named, dist/ untouched`, () => {
      const registry = readFileSync(path.join(site.root, 'content/outlets.yaml'));
      place(badInput);
      try {
        const result = site.build();
        expect(result.status, result.output).not.toBe(0);
        for (const problem of problems) {
          const file = badInput.files.has(`content/sources/${problem.file}`)
            ? `content/sources/${problem.file}`
            : `content/${problem.file}`;
          expect(result.output).toContain(problem.line === null ? `${file}: ` : `${file}:${problem.line}: `);
          expect(result.output).toContain(problem.message);
        }
        expect(result.output).toContain('dist/ was not changed');
        expect(site.snapshot()).toEqual(before);
      } finally {
        unplace(badInput);
        writeFileSync(path.join(site.root, 'content/outlets.yaml'), registry);
      }
    });
  }
});
