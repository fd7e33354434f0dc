import { describe, expect, it } from 'vitest';
import { cardTree, renderCard, type CardFont } from '../../../src/lib/publish/social-card-image.ts';
import type { SocialCard } from '../../../src/lib/view/social-card.ts';
import { readProjectBytes } from '../../helpers.ts';

const card: SocialCard = {
  path: '/cards/compare/the-guardian-vs-cnn.png',
  kicker: "Two outlets compared · Xi Jinping's state visit to Moscow",
  title: 'The Guardian and CNN',
  figures: [
    { value: '29', label: 'sentences in The Guardian' },
    { value: '14', label: 'sentences in CNN' },
    { value: '15 points', label: 'gap on “Peace plan and mediation”' },
  ],
  note: '“Peace plan and mediation”: 21% of The Guardian’s sentences, 36% of CNN’s',
};

const fonts: CardFont[] = (['latin', 'cyrillic'] as const).flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    name: `Inter ${subset}`,
    weight,
    data: Buffer.from(
      readProjectBytes(`node_modules/@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
    ),
  })),
);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Every text of a tree of boxes, in order. */
function texts(node: unknown): string[] {
  const { children } = (node as { props: { children?: unknown } }).props;
  if (typeof children === 'string') return [children];
  if (Array.isArray(children)) return children.flatMap(texts);
  return children === undefined ? [] : texts(children);
}

describe('cardTree', () => {
  it('lays out the kicker, the title, each number with its label, the note and the site’s name', () => {
    expect(texts(cardTree(card, 'Summit coverage', 'Inter latin'))).toEqual([
      card.kicker,
      'The Guardian and CNN',
      '29',
      'sentences in The Guardian',
      '14',
      'sentences in CNN',
      '15 points',
      'gap on “Peace plan and mediation”',
      card.note,
      'Summit coverage',
    ]);
  });

  it('shows at most three numbers and clips a title too long for two lines', () => {
    const long = {
      ...card,
      title:
        'A title far too long for a card of this size, which says more than two lines can ever hold here',
      figures: [...card.figures, { value: '4', label: 'a fourth' }],
    };
    const shown = texts(cardTree(long, 'Summit coverage', 'Inter latin'));
    expect(shown).not.toContain('a fourth');
    expect(shown[1]!.length).toBeLessThanOrEqual(80);
    expect(shown[1]!.endsWith('…')).toBe(true);
  });
});

describe('renderCard', () => {
  it('draws a 1200×630 PNG, the same bytes every time', async () => {
    const first = await renderCard(card, 'Summit coverage', fonts);
    const second = await renderCard(card, 'Summit coverage', fonts);
    expect([...first.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('sets names in another script from the next font (ТАСС in Cyrillic)', async () => {
    const latinOnly = fonts.filter((font) => font.name === 'Inter latin');
    const tass = { ...card, title: 'ТАСС and CNN' };
    const withCyrillic = await renderCard(tass, 'Summit coverage', fonts);
    const without = await renderCard(tass, 'Summit coverage', latinOnly);
    expect(Buffer.from(withCyrillic).equals(Buffer.from(without))).toBe(false);
  });
});
