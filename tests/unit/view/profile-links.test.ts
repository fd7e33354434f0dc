import { describe, expect, it } from 'vitest';
import { groupAnchor, groupLinks, OUTLET_LINKS } from '../../../src/lib/view/profile-links.ts';

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
