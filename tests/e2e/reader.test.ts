/**
 * What a reader sees on the built pages: plain words (builder's terms only inside a "How we
 * know" disclosure), quotes listed with their sentences, and shares with their base.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFilesIn } from './support/dist-checks.ts';
import { builderWordsIn, listedQuotes, sharesWithoutBase, visibleText } from './support/reader-text.ts';
import { builtArticles, DIST } from './support/site.ts';
import { articleKind } from '../../src/lib/view/article-kind.ts';

const pages = htmlFilesIn(DIST);
const read = (file: string) => readFileSync(file, 'utf8');
const relative = (file: string) => path.relative(DIST, file);
// The pages that explain the method use percentages that are not shares ("a 95% interval").
const METHOD_PAGES = new Set(['about/index.html', 'methodology/index.html']);

/** What `find` finds in the visible text of each page (`skip`: pages left out), as "page: finding". */
const onReaderPages = (find: (text: string) => string[], skip: ReadonlySet<string> = new Set()) =>
  pages
    .filter((file) => !skip.has(relative(file)))
    .flatMap((file) => find(visibleText(read(file))).map((found) => `${relative(file)}: ${found}`));

describe('reader pages', () => {
  it('show no rule id, file path or “sidecar” outside a “How we know” disclosure, on any page', () => {
    expect(onReaderPages(builderWordsIn)).toEqual([]);
  });

  it('give every share its count and base in visible text (“33% (4 of 12)”)', () => {
    expect(onReaderPages(sharesWithoutBase, METHOD_PAGES)).toEqual([]);
  });

  it('list every quote with the sentence around it, linked to the quote’s own anchor', () => {
    const lists = pages.filter((file) => /^(quotes|speakers)\/.+/.test(relative(file)));
    expect(lists.length).toBeGreaterThan(2);
    const bare = lists.flatMap((file) =>
      listedQuotes(read(file))
        .filter((quote) => !quote.inContext || !/^\/articles\/[^/]+\/#.+-q\d+$/.test(quote.href))
        .map((quote) => `${relative(file)}: ${quote.href}`),
    );
    expect(bare).toEqual([]);
    expect(lists.flatMap((file) => listedQuotes(read(file))).length).toBeGreaterThan(10);
  });

  it('mark every card with its kind, and leave opinion pieces out of /compare/without-opinion/', () => {
    const home = read(path.join(DIST, 'index.html'));
    expect(home.match(/class="card"/g)?.length).toBe(home.match(/class="kind kind-/g)?.length);
    const opinion = builtArticles().filter((article) => articleKind(article) === 'opinion');
    expect(opinion.length).toBeGreaterThan(0);
    const all = read(path.join(DIST, 'compare/index.html'));
    const without = read(path.join(DIST, 'compare/without-opinion/index.html'));
    for (const article of opinion) {
      expect(all).toContain(`href="${article.href}"`);
      expect(without).not.toContain(`href="${article.href}"`);
    }
    expect(visibleText(without)).toMatch(new RegExp(`Left out: ${opinion.length} opinion piece`));
  });
});
