import { describe, expect, it } from 'vitest';
import {
  formatShare,
  shareColour,
  shareWithBase,
  SHARE_STEPS,
  SMALL_BASE,
} from '../../../src/lib/view/chart.ts';
import {
  descriptorAnchor,
  evidenceLinksPerNumber,
  excerpt,
  factEvidence,
  highlight,
  themeEvidence,
} from '../../../src/lib/view/evidence.ts';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { inputWith } from '../../helpers.ts';

describe('highlight', () => {
  it('marks the given ranges, merging overlaps', () => {
    expect(
      highlight('a gas pipeline deal', [
        { start: 2, end: 14 },
        { start: 6, end: 10 },
      ]),
    ).toEqual([
      { text: 'a ', marked: false },
      { text: 'gas pipeline', marked: true },
      { text: ' deal', marked: false },
    ]);
  });
});

describe('factEvidence', () => {
  it('links a reference back to a fact to the earlier sentence that named it', async () => {
    const { articles } = await ingest(
      inputWith({
        'content/sources/s.txt':
          'Xi in Moscow\nThe International Criminal Court issued an arrest warrant for Putin on Friday. Xi arrived on Monday. The warrant hangs over the visit.\n',
      }),
    );
    const items = factEvidence(articles, 'icc-warrant').flatMap((group) => group.items);
    expect(items.map((item) => item.refersTo?.excerpt ?? null)).toEqual([
      null,
      'The International Criminal Court issued an arrest warrant …',
    ]);
    expect(items[1]!.refersTo!.href).toBe(items[0]!.href);
  });
});

describe('themeEvidence', () => {
  it('names the key fact through which a sentence touches the theme, linked to its page', async () => {
    const { articles } = await ingest(
      inputWith({
        'content/sources/s.txt':
          'Xi in Moscow\nThe International Criminal Court issued an arrest warrant for Putin on Friday. Putin greeted Xi as a dear friend at a lavish state banquet in the Kremlin.\n',
      }),
    );
    const labels = new Map([['icc-warrant', 'ICC arrest warrant for Putin']]);
    const items = themeEvidence(articles, 'legitimacy-war-crimes', labels).flatMap((group) => group.items);
    expect(items.map((item) => item.throughFacts)).toEqual([
      [{ href: '/facts/icc-warrant/', label: 'ICC arrest warrant for Putin' }],
    ]);
    const pageantry = themeEvidence(articles, 'pageantry', labels).flatMap((group) => group.items);
    expect(pageantry.map((item) => item.throughFacts)).toEqual([undefined]);
  });
});

describe('themeEvidence: learned words', () => {
  it('says when the marked words are the model’s, with none of the theme’s phrases', async () => {
    const { articles } = await ingest(
      inputWith({ 'content/sources/s.txt': 'Xi in Moscow\nPutin said the gas pipeline would be built.\n' }),
    );
    const learned = structuredClone(articles);
    for (const tag of learned[0]!.framing.themes)
      tag.matches = tag.matches.map((match) => ({ ...match, learned: true }));
    const item = (all: typeof articles) => themeEvidence(all, 'energy-trade', new Map())[0]!.items[0]!;
    expect(item(articles).learnedOnly).toBeUndefined();
    expect(item(learned).learnedOnly).toBe(true);
  });
});

describe('excerpt', () => {
  it('keeps the first words of a text', () => {
    expect(excerpt('One two three', 8)).toBe('One two three');
    expect(excerpt('a b c d e f g h i j', 3)).toBe('a b c …');
  });
});

describe('descriptorAnchor', () => {
  it('is readable, and differs for keys that slug alike', () => {
    expect(descriptorAnchor('xi', 'chinese leader')).toMatch(/^descriptor-xi-chinese-leader-[a-z0-9]+$/);
    expect(descriptorAnchor('xi', 'co-operation')).not.toBe(descriptorAnchor('xi', 'co operation'));
    expect(descriptorAnchor('putin', 'друг')).toMatch(/^descriptor-putin-[a-z0-9]+$/);
  });
});

describe('a headline', () => {
  it('is read like a sentence: a fact it names is reported, with the headline as evidence', async () => {
    const { articles } = await ingest(
      inputWith(
        { 'content/sources/s.txt': 'Xi meets Putin\nThe two leaders met in the Kremlin on Monday.\n' },
        {
          'content/sources/s.meta.yaml':
            'articles:\n  - article: 1\n    outlet: CNN\n    headline: "Putin welcomes Xi days after the ICC issued an arrest warrant for him"\n',
        },
      ),
    );
    const article = articles[0]!;
    expect(article.framing.units).toBe(3);
    const items = factEvidence(articles, 'icc-warrant').flatMap((group) => group.items);
    expect(items.map((item) => item.unitId)).toEqual([`${article.id}-headline`]);
    expect(items[0]!.segments.map((segment) => segment.text).join('')).toBe(article.headline);
  });

  it('is read once when it is also the teaser (an imported page without one)', async () => {
    const { articles } = await ingest(
      inputWith({
        'content/articles/cnn/meeting.md':
          '---\nheadline: Putin welcomes Xi days after the ICC issued an arrest warrant for him\noutlet: CNN\n---\n\nThe two leaders met in the Kremlin on Monday.\n',
      }),
    );
    expect(articles[0]!.framing.units).toBe(2);
    expect(factEvidence(articles, 'icc-warrant').flatMap((group) => group.items)).toHaveLength(1);
  });
});

describe('shareColour', () => {
  it('is grey for none and steps up the viridis scale', () => {
    expect(shareColour(0).label).toBe('none');
    expect(shareColour(0.05)).toMatchObject({ fill: SHARE_STEPS[0]!.fill, small: false });
    expect(shareColour(0.5)).toMatchObject({ fill: SHARE_STEPS.at(-1)!.fill, small: false });
  });

  it('draws a share of fewer than ten sentences pale, in dark ink, as a small base', () => {
    const solid = shareColour(0.5, 12);
    const small = shareColour(0.5, 6);
    expect(small.small).toBe(true);
    expect(small.label).toBe(solid.label);
    expect(small.fill).not.toBe(solid.fill);
    // Each channel of the pale fill is nearer white than the solid one's.
    const channels = (hex: string) => [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
    channels(small.fill).forEach((value, index) => {
      expect(value).toBeGreaterThanOrEqual(channels(solid.fill)[index]!);
    });
    expect(small.ink).toBe('#1c1c1e');
    expect(shareColour(0.5, SMALL_BASE).small).toBe(false);
  });
});

describe('shareWithBase', () => {
  it('gives a share with the count and base it was taken of', () => {
    expect(shareWithBase(4, 12)).toBe('33% (4 of 12)');
    expect(shareWithBase(0, 0)).toBe('0% (0 of 0)');
  });
});

describe('formatShare', () => {
  it('rounds to whole percent and shows tiny shares as <1%', () => {
    expect([formatShare(0), formatShare(0.004), formatShare(0.2349)]).toEqual(['0%', '<1%', '23%']);
  });
});

describe('evidenceLinksPerNumber', () => {
  it('lists 12 links a number on a page of few numbers (the seed’s groups)', () => {
    expect(evidenceLinksPerNumber(75)).toBe(12);
  });

  it('shares the page’s budget among many numbers, so the page stays small at scale', () => {
    // 21 groups by country at 10,000 synthetic articles: about 590 numbers.
    expect(evidenceLinksPerNumber(590)).toBe(5);
    expect(evidenceLinksPerNumber(590) * 590).toBeLessThanOrEqual(3000);
  });

  it('never lists fewer than 4, however many numbers', () => {
    expect(evidenceLinksPerNumber(100_000)).toBe(4);
    expect(evidenceLinksPerNumber(0)).toBe(12);
  });
});
