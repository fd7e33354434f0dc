import { describe, expect, it } from 'vitest';
import { groupAnchor, groupLinks, OUTLET_LINKS, outletLinks } from '../../../src/lib/view/profile-links.ts';
import type { PublishedQuote } from '../../../src/lib/schema/index.ts';
import { outletQuotePages } from '../../../src/lib/view/quote-pages.ts';

describe('where a comparison’s numbers lead', () => {
  it('for an outlet: its own page, and its part of the theme, fact and quote pages', () => {
    expect(OUTLET_LINKS.profile('cnn')).toBe('/outlets/cnn/#framing');
    expect(OUTLET_LINKS.theme('peace-plan', 'cnn')).toBe('/themes/peace-plan/#outlet-cnn');
    expect(OUTLET_LINKS.fact('icc-warrant', 'cnn')).toBe('/facts/icc-warrant/#outlet-cnn');
    expect(OUTLET_LINKS.quotes('cnn')).toBe('/quotes/cnn/');
    expect(OUTLET_LINKS.quotes('cnn', 'analyst')).toBe('/quotes/cnn/#voice-analyst');
    expect(OUTLET_LINKS.descriptors('cnn')).toBe('/outlets/cnn/#descriptors');
  });

  it('for a group: its part of the group page, each number to the place that lists its sentences', () => {
    const links = groupLinks('country', 'Country');
    expect(links.noun).toBe('Country');
    expect(links.one).toBe('country');
    expect(links.profile('us')).toBe(`/compare/groups/country/#${groupAnchor('us')}`);
    expect(links.theme('peace-plan', 'us')).toBe('/compare/groups/country/#group-us-theme-peace-plan');
    expect(links.fact('icc-warrant', 'us')).toBe('/compare/groups/country/#group-us-fact-icc-warrant');
    expect(links.quotes('us', 'analyst')).toBe('/compare/groups/country/#group-us-quotes');
    expect(links.descriptor('us', 'xi', 'leader')).toMatch(/^\/compare\/groups\/country\/#group-us-/);
  });
});

describe('outletLinks', () => {
  const analyst = { id: 'a', name: 'A', category: 'analyst', registered: true } as const;
  const official = { id: 'o', name: 'O', category: 'russian-official', registered: true } as const;
  // 50 quotes of an official fill /quotes/cnn/; the analyst's start on its page 2.
  const quotes = [...Array.from({ length: 50 }, () => official), analyst].map(
    (speaker, index) =>
      ({ speaker, outlet: { id: 'cnn', name: 'CNN', registered: true }, id: `q${index}` }) as PublishedQuote,
  );

  it('leads to the page of a theme, fact or quote list where the outlet’s part starts', () => {
    const links = outletLinks({
      quotePages: outletQuotePages(new Map([['cnn', quotes]])),
      evidence: {
        themes: new Map([['peace-plan', new Map([['outlet-cnn', '/themes/peace-plan/page/3/']])]]),
        facts: new Map([['icc-warrant', new Map([['outlet-cnn', '/facts/icc-warrant/page/2/']])]]),
      },
    });
    expect(links.theme('peace-plan', 'cnn')).toBe('/themes/peace-plan/page/3/#outlet-cnn');
    expect(links.fact('icc-warrant', 'cnn')).toBe('/facts/icc-warrant/page/2/#outlet-cnn');
    expect(links.quotes('cnn', 'analyst')).toBe('/quotes/cnn/page/2/#voice-analyst');
    expect(links.quotes('cnn', 'russian-official')).toBe('/quotes/cnn/#voice-russian-official');
    expect(links.quotes('cnn')).toBe('/quotes/cnn/');
  });

  it('leads to the first pages when it is given neither', () => {
    const links = outletLinks({});
    expect(links.theme('peace-plan', 'cnn')).toBe(OUTLET_LINKS.theme('peace-plan', 'cnn'));
    expect(links.quotes('cnn', 'analyst')).toBe(OUTLET_LINKS.quotes('cnn', 'analyst'));
  });
});
