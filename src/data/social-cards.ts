/**
 * Every social card of this build (src/lib/view/social-card.ts), from the data the pages
 * read, and the fonts they are set in. Cards exist only when the build knows its address
 * (SITE_URL): a card is named by an absolute URL, and without one there is nothing to share.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardFont } from '../lib/publish/social-card-image.ts';
import { leadingThemes } from '../lib/view/differences.ts';
import { summariseOutlets } from '../lib/view/outlet-summaries.ts';
import { canonicalPairs } from '../lib/view/pairs.ts';
import {
  compareCard,
  factCard,
  homeCard,
  inStory,
  outletCard,
  outletsWithPairCards,
  pairCard,
  themeCard,
  timelineCard,
  type SocialCard,
} from '../lib/view/social-card.ts';
import { buildTimeline } from '../lib/view/timeline.ts';
import { getArticles, getQuotes, getQuotesByOutlet, oncePerBuild } from './collections.ts';
import { getFraming, getFramingWithoutOpinion } from './framing.ts';

/** Whether this build writes cards and names them in its pages: only with SITE_URL. */
// Astro types SITE as a string, but it is undefined in a build without `site`.
export const HAS_CARDS = Boolean(import.meta.env.SITE);

/** Every card of the build, home first. */
export const getSocialCards = oncePerBuild(async (): Promise<SocialCard[]> => {
  const articles = await getArticles();
  const { framing, story, themes } = await getFraming();
  const withoutOpinion = (await getFramingWithoutOpinion()).framing;
  const quotesByOutlet = await getQuotesByOutlet();
  const carded = outletsWithPairCards(framing.outlets);
  const leading = new Map(leadingThemes(framing.outlets, themes).map((row) => [row.outlet.id, row.theme]));
  const pages = [
    compareCard(framing.outlets, false),
    compareCard(withoutOpinion.outlets, true),
    ...canonicalPairs(framing.outlets.filter((outlet) => carded.includes(outlet.id))).map(([left, right]) =>
      pairCard(left, right, themes, carded),
    ),
    ...summariseOutlets(articles).flatMap((summary) =>
      summary.id === null
        ? []
        : [
            outletCard(
              { ...summary, id: summary.id },
              quotesByOutlet.get(summary.id)?.length ?? 0,
              leading.get(summary.id)?.label ?? null,
            ),
          ],
    ),
    ...themes.map((theme) => themeCard(theme, framing.outlets)),
    ...story.facts.map((fact) => factCard(fact, framing.outlets)),
    timelineCard(buildTimeline(articles)),
  ];
  return [
    homeCard(story, summariseOutlets(articles), (await getQuotes()).length),
    ...pages.map((card) => inStory(card, story)),
  ];
});

// Inter's latin, latin-ext and cyrillic files (outlet names such as ТАСС), regular and bold.
const FONT_FILES = ['latin', 'latin-ext', 'cyrillic'].flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({ subset, weight })),
);

/** The cards' fonts, read once from node_modules/@fontsource/inter: nothing is fetched. */
export const getCardFonts = oncePerBuild(async (): Promise<CardFont[]> =>
  Promise.all(
    FONT_FILES.map(async ({ subset, weight }) => ({
      name: `Inter ${subset}`,
      weight,
      data: await readFile(
        join(
          import.meta.env.PROJECT_ROOT,
          'node_modules/@fontsource/inter/files',
          `inter-${subset}-${weight}-normal.woff`,
        ),
      ),
    })),
  ),
);
