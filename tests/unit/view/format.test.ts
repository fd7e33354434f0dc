import { describe, expect, it } from 'vitest';
import {
  clipText,
  countOf,
  formatSize,
  pageTitle,
  countryName,
  describeOutletAttribution,
  displayTitle,
  formatDate,
  outletLabel,
} from '../../../src/lib/view/format.ts';

describe('formatDate', () => {
  it('writes a date the way a reader says it, and keeps unknown dates unknown', () => {
    expect(formatDate('2023-03-22')).toBe('22 March 2023');
    expect(formatDate('2023-12-01')).toBe('1 December 2023');
    expect(formatDate(null)).toBeNull();
  });
});

describe('countryName', () => {
  it('names a country from its ISO code', () => {
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('QA')).toBe('Qatar');
  });
});

describe('describeOutletAttribution', () => {
  it('says in plain words how the outlet was decided, with the confidence of an inference', () => {
    const metadata = describeOutletAttribution({ method: 'metadata', confidence: 1, evidence: [] });
    expect(metadata).toMatch(/details supplied with the collected text/);
    expect(metadata).not.toMatch(/sidecar|provenance/);
    expect(describeOutletAttribution({ method: 'inferred', confidence: 0.6, evidence: [] })).toMatch(
      /confidence of 60%/,
    );
    expect(describeOutletAttribution({ method: 'unattributed', confidence: 0, evidence: [] })).toMatch(
      /Not attributed/,
    );
  });
});

describe('displayTitle and outletLabel', () => {
  it('falls back to the teaser when the headline is unknown, and to “Unattributed”', () => {
    expect(displayTitle({ headline: null, teaserText: 'A teaser ...' })).toBe('A teaser ...');
    expect(displayTitle({ headline: 'A headline', teaserText: 'A teaser' })).toBe('A headline');
    expect(outletLabel({ outlet: null })).toBe('Unattributed');
    expect(outletLabel({ outlet: { id: 'npr', name: 'NPR', registered: true } })).toBe('NPR');
  });
});

describe('countOf', () => {
  it('uses the singular for one', () => {
    expect(countOf(1, 'sentence')).toBe('1 sentence');
    expect(countOf(0, 'article')).toBe('0 articles');
    expect(countOf(12, 'sentence')).toBe('12 sentences');
  });

  it('separates the thousands of a count at scale', () => {
    expect(countOf(999, 'article')).toBe('999 articles');
    expect(countOf(1_000, 'article')).toBe('1,000 articles');
    expect(countOf(10_000, 'article')).toBe('10,000 articles');
  });
});

describe('formatSize', () => {
  it('gives a file’s size in the decimal units browsers show', () => {
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(89_714)).toBe('90 KB');
    expect(formatSize(10_418_236)).toBe('10.4 MB');
  });
});

describe('pageTitle', () => {
  it('adds the site name and keeps the whole title within 70 characters', () => {
    expect(pageTitle('About', 'Summit coverage')).toBe('About · Summit coverage');
    expect(pageTitle('Summit coverage', 'Summit coverage')).toBe('Summit coverage');
    const long = pageTitle(
      'China’s Xi leaves Russia after giving Putin a major boost, but no public promise of weapons',
      'Summit coverage',
    );
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long).toBe('China’s Xi leaves Russia after giving Putin a… · Summit coverage');
  });
});

describe('clipText', () => {
  it('keeps a text that fits', () => {
    expect(clipText('The Guardian and CNN', 80)).toBe('The Guardian and CNN');
  });

  it('cuts a long text at a word, with an ellipsis, within the limit', () => {
    const clipped = clipText('South China Morning Post and The Sydney Morning Herald, compared', 40);
    expect(clipped).toBe('South China Morning Post and The Sydney…');
    expect(clipped.length).toBeLessThanOrEqual(40);
  });

  it('drops the punctuation a cut leaves before the ellipsis', () => {
    expect(clipText('Xi and Putin, in Moscow, on 21 March', 15)).toBe('Xi and Putin…');
  });

  it('cuts within a word only when the text has no space early enough', () => {
    expect(clipText('Internationalisation', 10)).toBe('Internati…');
  });
});
