import { describe, expect, it } from 'vitest';
import { findDuplicateUrls, planArticles, recogniseOutlet } from '../../../scripts/lib/article-import.ts';
import { parseOutletRegistry } from '../../../src/lib/registry/outlets.ts';
import type { Article, ImportedArticle } from '../../../src/lib/schema/index.ts';
import { readProjectFile } from '../../helpers.ts';

const registry = parseOutletRegistry('content/outlets.yaml', readProjectFile('content/outlets.yaml'));
const article = (frontMatter: Partial<ImportedArticle['frontMatter']>): ImportedArticle => ({
  frontMatter: { headline: 'Xi and Putin meet in Moscow', ...frontMatter },
  paragraphs: ['Xi met Putin.'],
});

describe('planning imported articles', () => {
  it('stores each under its outlet’s registry id and a slug of its headline, never over another file', () => {
    const plans = planArticles(
      [
        { origin: 'a.html', article: article({ outlet: 'Deutsche Welle' }) },
        { origin: 'b.html', article: article({ outlet: 'Deutsche Welle' }) },
        { origin: 'c.html', article: article({ outlet: 'The Northern Ledger' }) },
        { origin: 'd.csv', article: article({}) },
      ],
      registry,
      new Set(['content/articles/dw/xi-and-putin-meet-in-moscow.md']),
    );
    expect(plans.map((plan) => plan.target)).toEqual([
      'content/articles/dw/xi-and-putin-meet-in-moscow-2.md',
      'content/articles/dw/xi-and-putin-meet-in-moscow-3.md',
      'content/articles/the-northern-ledger/xi-and-putin-meet-in-moscow.md',
      'content/articles/unattributed/xi-and-putin-meet-in-moscow.md',
    ]);
    expect(plans[0]?.text).toMatch(
      /^---\nheadline: Xi and Putin meet in Moscow\noutlet: Deutsche Welle\n---\n\nXi met Putin\.\n$/,
    );
  });

  it('names a registered outlet by the domain of the address when the page names it otherwise', () => {
    const found = recogniseOutlet(
      article({ outlet: 'dw.com', url: 'https://www.dw.com/en/xi/a-1' }),
      registry,
    );
    expect(found.frontMatter.outlet).toBe('Deutsche Welle');
    expect(found.frontMatter.evidence?.[0]).toMatch(/dw\.com, Deutsche Welle's domain/);
    const unknown = article({ outlet: 'Coastal Times', url: 'https://coastal.example/a' });
    expect(recogniseOutlet(unknown, registry)).toBe(unknown);
  });

  it('finds an address already on the site, or twice among the new articles', () => {
    const existing = [
      { url: 'https://www.dw.com/en/xi/a-1', source: { file: 'content/articles/dw/xi.md', line: 2 } },
    ] as unknown as Article[];
    const plans = planArticles(
      [
        { origin: 'a.html', article: article({ url: 'https://dw.com/en/xi/a-1/#top' }) },
        { origin: 'b.html', article: article({ url: 'https://coastal.example/b' }) },
        { origin: 'c.html', article: article({ url: 'https://coastal.example/b' }) },
      ],
      registry,
      new Set(),
    );
    expect(findDuplicateUrls(plans, existing).map((problem) => [problem.file, problem.message])).toEqual([
      [
        'a.html',
        'already on the site: content/articles/dw/xi.md:2 has the same address (https://dw.com/en/xi/a-1/#top)',
      ],
      ['c.html', expect.stringContaining('has the same address (https://coastal.example/b)')],
    ]);
  });
});
