import type { GetStaticPaths } from 'astro';
import { getCardFonts, getSocialCards, HAS_CARDS } from '../../data/social-cards.ts';
import { renderCard } from '../../lib/publish/social-card-image.ts';
import { SITE_NAME } from '../../lib/view/social-card.ts';
import type { SocialCard } from '../../lib/view/social-card.ts';

/** dist/cards/….png: each page's social card, only in a build with SITE_URL (README, Deploying). */
export const getStaticPaths = (async () => {
  if (!HAS_CARDS) return [];
  return (await getSocialCards()).map((card) => ({
    params: { card: card.path.replace(/^\/cards\//, '').replace(/\.png$/, '') },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export async function GET({ props }: { props: { card: SocialCard } }) {
  const png = await renderCard(props.card, SITE_NAME, await getCardFonts());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
}
