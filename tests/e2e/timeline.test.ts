/**
 * The timeline (/timeline/, issue 17 item 3) as built: every article is on it, dated ones in
 * the table and on the chart, undated ones in their list, and the summary names the first day.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/view/format.ts';
import { builtArticles, DIST } from './support/site.ts';

function page(urlPath: string): Document {
  return parseHTML(readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8')).document;
}

const articles = builtArticles();
const dated = articles.filter((article) => article.published !== null);
const undated = articles.filter((article) => article.published === null);
const sorted = (items: string[]) => items.toSorted();

describe('/timeline/', () => {
  const document = page('/timeline/');

  it('has one table row per dated article, with its date and a link to it', () => {
    const rows = [...document.querySelectorAll('table[data-timeline="articles"] tbody tr')];
    expect(dated.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(dated.length);
    const shown = rows.map(
      (row) =>
        `${row.querySelector('a')!.getAttribute('href')} ${row.querySelector('th')!.textContent.trim()}`,
    );
    expect(sorted(shown)).toEqual(
      sorted(dated.map((article) => `${article.href} ${formatDate(article.published)}`)),
    );
  });

  it('lists every article whose date is unknown, and only those', () => {
    const listed = [...document.querySelectorAll('[data-timeline="undated"] a')].map((link) =>
      link.getAttribute('href')!,
    );
    expect(sorted(listed)).toEqual(sorted(undated.map((article) => article.href)));
  });

  it('draws a mark linking to each dated article, out of the tab order', () => {
    const marks = [...document.querySelectorAll('svg.timeline-chart a')];
    expect(sorted(marks.map((mark) => mark.getAttribute('href')!))).toEqual(
      sorted(dated.map((article) => article.href)),
    );
    expect(marks.every((mark) => mark.getAttribute('tabindex') === '-1')).toBe(true);
    expect(document.querySelector('svg.timeline-chart')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('says on which day the first articles came out', () => {
    const first = dated.map((article) => article.published!).toSorted()[0]!;
    expect(document.querySelector('.lede')!.textContent).toContain(`first, on ${formatDate(first)}`);
  });

  it('is linked from /compare/', () => {
    expect(page('/compare/').querySelector('main a[href="/timeline/"]')).not.toBeNull();
  });
});
