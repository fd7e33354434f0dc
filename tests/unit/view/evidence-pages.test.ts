import { describe, expect, it } from 'vitest';
import type { EvidenceGroup, EvidenceView } from '../../../src/lib/view/evidence.ts';
import {
  evidenceAnchor,
  evidenceAnchorPages,
  factEvidenceHref,
  paginateEvidence,
  themeEvidenceHref,
} from '../../../src/lib/view/evidence-pages.ts';

const item = (href: string): EvidenceView =>
  ({ articleId: 'a', unitId: href, href, in: 'narration', segments: [] }) as unknown as EvidenceView;
const group = (outletId: string | null, count: number): EvidenceGroup => ({
  outletId,
  outletName: outletId ?? 'Unattributed',
  units: 100,
  items: Array.from({ length: count }, (_, index) => item(`/articles/${outletId}/#s${index}`)),
});

describe('evidenceAnchor', () => {
  it('names an outlet’s part of a theme or fact page, and the unattributed articles’ part', () => {
    expect(evidenceAnchor('cnn')).toBe('outlet-cnn');
    expect(evidenceAnchor(null)).toBe('outlet-unattributed');
  });
});

describe('paginateEvidence', () => {
  it('pages a theme’s sentences by sentence, an outlet split by a page break continued', () => {
    const pages = paginateEvidence([group('cnn', 40), group('npr', 0), group('dw', 30)], '/themes/x/');
    expect(pages.map((page) => page.items.length)).toEqual([50, 20]);
    expect(pages[0]!.groups.map((part) => [part.group.outletId, part.items.length])).toEqual([
      ['cnn', 40],
      ['npr', 0],
      ['dw', 10],
    ]);
    expect(pages[1]!.groups.map((part) => [part.group.outletId, part.continued])).toEqual([['dw', true]]);
  });
});

describe('themeEvidenceHref and factEvidenceHref', () => {
  it('link an outlet’s sentences on the page they start on', () => {
    const groups = [group('cnn', 60), group('dw', 5), group(null, 1)];
    const pages = {
      themes: new Map([['peace-plan', evidenceAnchorPages(groups, '/themes/peace-plan/')]]),
      facts: new Map([['icc-warrant', evidenceAnchorPages(groups, '/facts/icc-warrant/')]]),
    };
    expect(themeEvidenceHref(pages, 'peace-plan', 'cnn')).toBe('/themes/peace-plan/#outlet-cnn');
    expect(themeEvidenceHref(pages, 'peace-plan', 'dw')).toBe('/themes/peace-plan/page/2/#outlet-dw');
    expect(factEvidenceHref(pages, 'icc-warrant', 'dw')).toBe('/facts/icc-warrant/page/2/#outlet-dw');
    expect(pages.themes.get('peace-plan')!.get('outlet-unattributed')).toBe('/themes/peace-plan/page/2/');
  });

  it('link to the first page an outlet or list they know nothing of', () => {
    const pages = { themes: new Map(), facts: new Map() };
    expect(themeEvidenceHref(pages, 'peace-plan', 'cnn')).toBe('/themes/peace-plan/#outlet-cnn');
    expect(factEvidenceHref(pages, 'icc-warrant', 'cnn')).toBe('/facts/icc-warrant/#outlet-cnn');
  });
});
