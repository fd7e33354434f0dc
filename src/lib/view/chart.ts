/**
 * Colours and bins of the site's matrices, drawn as SVG at build time. The palette is a
 * five-step viridis scale (readable with every common colour-vision deficiency and in
 * greyscale); each cell also carries its number or symbol, so colour is never the only cue.
 */
import type { FactScore, FrameDimension, WordsIn } from '../schema/index.ts';

/** One step of a colour scale: what it covers, its fill and the ink readable on it. */
export interface ColourStep {
  label: string;
  fill: string;
  ink: string;
}

const NONE: ColourStep = { label: 'none', fill: '#e9e9ec', ink: '#1c1c1e' };

/** Steps of the share scale, by upper bound (inclusive). */
export const SHARE_STEPS: readonly (ColourStep & { upTo: number })[] = [
  { upTo: 0.05, label: 'up to 5%', fill: '#fde725', ink: '#1c1c1e' },
  { upTo: 0.15, label: '5–15%', fill: '#5ec962', ink: '#1c1c1e' },
  { upTo: 0.3, label: '15–30%', fill: '#21918c', ink: '#000000' },
  { upTo: 1, label: 'over 30%', fill: '#3b528b', ink: '#ffffff' },
];

/**
 * A share of fewer sentences than this is a small base, marked as such and drawn pale: with
 * 9 sentences one sentence moves the share by 11 points, more than a step of the scale.
 */
export const SMALL_BASE = 10;

// A small base's colour: the step's fill mixed 60% toward white, so it reads as less sure
// than a solid share of the same size; dark ink is readable on every mixed fill.
const SMALL_MIX = 0.6;

function paler(hex: string): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `#${channels
    .map((value) =>
      Math.round(value + (255 - value) * SMALL_MIX)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The colour of a share of sentences: grey for none, then four viridis steps, pale when the
 * share rests on fewer than SMALL_BASE sentences.
 */
export function shareColour(share: number, base = Number.POSITIVE_INFINITY): ColourStep & { small: boolean } {
  const small = base < SMALL_BASE;
  if (share <= 0) return { ...NONE, small };
  const step = SHARE_STEPS.find((candidate) => share <= candidate.upTo) ?? SHARE_STEPS.at(-1)!;
  return small
    ? { label: step.label, fill: paler(step.fill), ink: NONE.ink, small }
    : { label: step.label, fill: step.fill, ink: step.ink, small };
}

/** The legend entry of a small base: what the pale fill and the dashed edge mean. */
export const SMALL_BASE_STEP: ColourStep & { symbol: string } = {
  label: `pale, dashed: fewer than ${SMALL_BASE} sentences, too few to compare`,
  fill: paler(SHARE_STEPS[2]!.fill),
  ink: NONE.ink,
  symbol: '*',
};

/** The legend of the share scale, "none" first, then the mark of a small base. */
export const SHARE_LEGEND: readonly (ColourStep & { symbol?: string })[] = [
  NONE,
  ...SHARE_STEPS,
  SMALL_BASE_STEP,
];

/** "33% (4 of 12)": a share with the count and the base it was taken of. */
export function shareWithBase(count: number, base: number): string {
  return `${formatShare(base === 0 ? 0 : count / base)} (${count} of ${base})`;
}

/** How an outlet reported a fact: in its words or a quotation, as left out, or not at all. */
export type Presence = WordsIn | 'absent' | 'none';

export const PRESENCE_STEPS: Record<Presence, ColourStep & { symbol: string }> = {
  narration: { label: 'reported in its own words', fill: '#21918c', ink: '#000000', symbol: '✓' },
  quote: { label: 'only inside a quotation', fill: '#fde725', ink: '#1c1c1e', symbol: '“”' },
  absent: { ...NONE, label: 'says it was left out', symbol: '∅' },
  none: { ...NONE, label: 'not mentioned in the collected text', symbol: '–' },
};

/** How an outlet reported a fact, from its score. */
export function presenceOf(score: FactScore): Presence {
  if (score.mentioned) return score.inNarration ? 'narration' : 'quote';
  return score.absence.length > 0 ? 'absent' : 'none';
}

/** "32%" (no decimals; "<1%" for small non-zero shares). */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** Readable names of the Media Frames Corpus dimensions. */
export const frameDimensionLabels: Record<FrameDimension, string> = {
  economic: 'Economic',
  'capacity-and-resources': 'Capacity and resources',
  morality: 'Morality',
  'fairness-and-equality': 'Fairness and equality',
  legality: 'Legality, constitutionality and jurisprudence',
  'policy-prescription': 'Policy prescription and evaluation',
  'crime-and-punishment': 'Crime and punishment',
  'security-and-defense': 'Security and defense',
  'health-and-safety': 'Health and safety',
  'quality-of-life': 'Quality of life',
  'cultural-identity': 'Cultural identity',
  'public-opinion': 'Public opinion',
  political: 'Political',
  'external-regulation-and-reputation': 'External regulation and reputation',
  other: 'Other',
};

/**
 * The outlets a comparison page draws in its charts and tables, and the rest. Rows beyond
 * this many make the page too large to read or load (69 outlets at 10,000 articles made
 * /compare/ 4.6 MB); the outlets come most articles first, and every one keeps its own page
 * and its pair pages. 20 is a reader's limit, not a measured one: a 20-row matrix can still
 * be read row by row; the page size it gives at 10,000 articles is for the bench to show.
 */
export const CHART_OUTLETS = 20;

export function outletsInCharts<T>(outlets: readonly T[], limit = CHART_OUTLETS): { shown: T[]; rest: T[] } {
  return { shown: outlets.slice(0, limit), rest: outlets.slice(limit) };
}
