/**
 * A social card (src/lib/view/social-card.ts) as a 1200×630 PNG, drawn at build time.
 *
 * Why satori and resvg: satori lays out a small tree of boxes with flexbox and text
 * wrapping into an SVG, from font bytes we hand it (no browser, no network), and
 * @resvg/resvg-js rasterises that SVG to PNG with prebuilt native binaries (no canvas, no
 * system libraries, no system fonts: `loadSystemFonts: false`). Both are pure functions of
 * their input, so two builds write the same bytes. The font is Inter from @fontsource/inter,
 * shipped in node_modules as .woff (satori cannot read woff2). ~65 ms a card on the seed's
 * machine, after ~0.5 s for the first (font parsing).
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font as SatoriFont } from 'satori';
import { clipText } from '../view/format.ts';
import { CARD_HEIGHT, CARD_WIDTH, type SocialCard } from '../view/social-card.ts';

/** A font the card is set in: its bytes (.woff, .ttf or .otf) and weight. */
export interface CardFont {
  /** One name per file: satori looks a glyph missing from the first font up in the next ones. */
  name: string;
  data: SatoriFont['data'];
  weight: 400 | 700;
}

/** A box of satori's tree: what JSX would make, without React. */
interface Box {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | Box | Box[] };
}

const colours = {
  background: '#fdfcfa',
  text: '#1c1c1e',
  muted: '#55585e',
  accent: '#1d4ed8',
  rule: '#d9d6cf',
};

const PADDING = 64;
const FIGURE_GAP = 40;
// Three numbers side by side across the card's width inside its padding.
const FIGURE_WIDTH = (CARD_WIDTH - 2 * PADDING - 2 * FIGURE_GAP) / 3;

function box(style: Box['props']['style'], children?: Box['props']['children']): Box {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/** The title's size: as large as fits two lines across the card. */
function titleSize(title: string): number {
  if (title.length <= 28) return 76;
  if (title.length <= 48) return 64;
  return 52;
}

// Every text is clipped to what its box holds at its size: nothing may overflow the card.

/** The card as satori's tree of boxes: kicker, title, numbers, note, and the site's name. */
export function cardTree(card: SocialCard, siteName: string, fontFamily: string): Box {
  const title = clipText(card.title, 80);
  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      padding: `48px ${PADDING}px`,
      backgroundColor: colours.background,
      color: colours.text,
      fontFamily: fontFamily,
      borderTop: `16px solid ${colours.accent}`,
    },
    [
      box({ fontSize: 26, fontWeight: 700, color: colours.accent }, clipText(card.kicker, 64)),
      box(
        { flexGrow: 1, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.1, marginTop: 16 },
        title,
      ),
      box(
        { display: 'flex', flexShrink: 0, gap: FIGURE_GAP },
        card.figures
          .slice(0, 3)
          .map((item) =>
            box({ display: 'flex', flexDirection: 'column', width: FIGURE_WIDTH }, [
              box({ fontSize: 60, fontWeight: 700, lineHeight: 1.1 }, clipText(item.value, 10)),
              box({ fontSize: 26, color: colours.muted, lineHeight: 1.25 }, clipText(item.label, 44)),
            ]),
          ),
      ),
      box(
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          flexShrink: 0,
          marginTop: 28,
          paddingTop: 20,
          borderTop: `2px solid ${colours.rule}`,
          fontSize: 26,
          color: colours.muted,
          gap: 32,
        },
        [
          box({ flexGrow: 1, flexShrink: 1 }, card.note === null ? '' : clipText(card.note, 100)),
          box({ flexShrink: 0, fontWeight: 700, color: colours.text }, siteName),
        ],
      ),
    ],
  );
}

/** The card as a PNG of CARD_WIDTH × CARD_HEIGHT pixels, set in `fonts`, the first first. */
export async function renderCard(
  card: SocialCard,
  siteName: string,
  fonts: readonly CardFont[],
): Promise<Uint8Array<ArrayBuffer>> {
  const family = [...new Set(fonts.map((font) => font.name))].join(', ');
  // satori takes React elements; a tree of { type, props } is what JSX would have made.
  const svg = await satori(cardTree(card, siteName, family), {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: fonts.map((font) => ({
      name: font.name,
      data: font.data,
      weight: font.weight,
      style: 'normal' as const,
    })),
  });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return new Uint8Array(png);
}
