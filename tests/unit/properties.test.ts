/**
 * Properties that hold for any source, checked on generated hostile text (fast-check):
 * the parser returns records or an InputError and nothing else; no line is lost; ids are
 * unique and stay put when text is added; rendering never makes markup of its own.
 */
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/index.ts';
import { InputError } from '../../src/lib/problems.ts';
import { createInlineRenderer, type InlineRenderer } from '../../src/lib/input/render.ts';
import { parseSource } from '../../src/lib/input/source.ts';
import { encode, inputWith } from '../helpers.ts';
import { anyText, lineText, sourceBytes, wellFormedSource } from '../support/arbitraries.ts';

const FILE = 'content/sources/generated.txt';
const OTHER = 'content/sources/other.txt';

/** Runs `work`; an InputError is a refusal (its problems returned), anything else is a failure. */
async function outcomeOf<T>(work: () => T | Promise<T>): Promise<{ value: T } | { refused: InputError }> {
  try {
    return { value: await work() };
  } catch (error) {
    if (error instanceof InputError) return { refused: error };
    throw error;
  }
}

describe('parseSource, for any bytes', () => {
  it('returns articles or throws an InputError naming the file and a line in it', async () => {
    await fc.assert(
      fc.asyncProperty(sourceBytes, async (bytes) => {
        const outcome = await outcomeOf(() => parseSource(FILE, bytes));
        if ('refused' in outcome) {
          const lines = new TextDecoder().decode(bytes).split('\n').length;
          for (const problem of outcome.refused.problems) {
            expect(problem.file).toBe(FILE);
            expect(problem.hint).not.toBe('');
            if (problem.line !== null) expect(problem.line).toBeLessThanOrEqual(lines);
          }
        }
      }),
      { numRuns: 600 },
    );
  });

  it('keeps every line of a well-formed source, verbatim and in order', () => {
    fc.assert(
      fc.property(wellFormedSource, ({ articles, text }) => {
        const parsed = parseSource(FILE, encode(text));
        expect(parsed.articles.map((article) => [article.teaser, article.body])).toEqual(articles);
      }),
      { numRuns: 400 },
    );
  });
});

describe('ingest, for any sources', () => {
  it('returns records or throws an InputError, and keeps every line in exactly one record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sourceBytes, { minLength: 1, maxLength: 3 }), async (sources) => {
        const files = Object.fromEntries(
          sources.map((bytes, index) => [`content/sources/s${index}.txt`, bytes]),
        );
        const outcome = await outcomeOf(() => ingest(inputWith(files)));
        if (!('value' in outcome)) return;
        const ids = outcome.value.articles.map((article) => article.id);
        expect(new Set(ids).size).toBe(ids.length);
        // Every teaser and body line is a record's own, or a duplicate of one (alsoIn).
        const places = outcome.value.articles.flatMap((article) => [
          `${article.source.file}:${article.source.line}`,
          ...article.alsoIn.map((place) => `${place.file}:${place.line}`),
        ]);
        const expected = Object.entries(files).flatMap(([file, bytes]) =>
          parseSource(file, bytes).articles.map((article) => `${file}:${article.teaserLine}`),
        );
        expect(places.sort()).toEqual(expected.sort());
        for (const article of outcome.value.articles) {
          const raw = parseSource(article.source.file, files[article.source.file]!).articles.find(
            (candidate) => candidate.teaserLine === article.source.line,
          )!;
          expect([article.teaser, article.markdown]).toEqual([raw.teaser, raw.body]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the ids of an article when another article or another source is added', async () => {
    await fc.assert(
      fc.asyncProperty(wellFormedSource, wellFormedSource, async (first, extra) => {
        const before = await outcomeOf(() => ingest(inputWith({ [FILE]: first.text })));
        if (!('value' in before)) return;
        const idsOf = (articles: { id: string; source: { line: number } }[]) =>
          articles.map((article) => `${article.source.line}:${article.id}`);
        const appended = await ingest(inputWith({ [FILE]: `${first.text}\n\n${extra.text}` }));
        const withOther = await ingest(inputWith({ [FILE]: first.text, [OTHER]: extra.text }));
        for (const after of [appended, withOther]) {
          const kept = after.articles.filter((article) => article.source.file === FILE);
          expect(idsOf(kept).slice(0, before.value.articles.length)).toEqual(idsOf(before.value.articles));
        }
      }),
      { numRuns: 25 },
    );
  });
});

// What the renderer may produce: elements and attributes of our own plugins, nothing else.
const ALLOWED: Record<string, readonly string[]> = {
  a: ['href', 'rel', 'className'],
  span: ['className', 'title'],
  mark: ['className', 'id', 'title'],
  em: [],
  strong: [],
  code: [],
  br: [],
};

function elementsOf(node: Root | RootContent): Element[] {
  if (node.type !== 'root' && node.type !== 'element') return [];
  const own = node.type === 'element' ? [node] : [];
  return [...own, ...node.children.flatMap(elementsOf)];
}

describe('rendering source text', () => {
  let renderer: InlineRenderer;
  beforeAll(async () => {
    renderer = await createInlineRenderer();
  });

  it('makes no element or attribute that is not ours, and no link that is not http(s) or mailto', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(lineText, anyText),
        fc.constantFrom(null, 'https://www.reuters.com/'),
        async (text, base) => {
          const html = await renderer.render(text, base);
          for (const element of elementsOf(fromHtml(html, { fragment: true }))) {
            const allowed = ALLOWED[element.tagName];
            expect(allowed, `<${element.tagName}> in ${html}`).toBeDefined();
            for (const name of Object.keys(element.properties)) expect(allowed).toContain(name);
            const href = element.properties['href'];
            if (href !== undefined) expect(href).toMatch(/^(https?:|mailto:)/);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
