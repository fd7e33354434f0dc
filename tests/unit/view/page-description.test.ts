import { describe, expect, it } from 'vitest';
import { summariseOutlets } from '../../../src/lib/view/outlet-summaries.ts';
import {
  clipDescription,
  DESCRIPTION_MAX,
  describeArticle,
  describeCompare,
  describeFact,
  describeHome,
  describeOutlet,
  describePair,
  describeTheme,
  describeTimelinePage,
} from '../../../src/lib/view/page-description.ts';
import { factReach, pairThemeGap, themeReach } from '../../../src/lib/view/social-card.ts';
import { buildTimeline, describeTimeline } from '../../../src/lib/view/timeline.ts';
import { seedFraming } from './seed-framing.ts';

const seed = seedFraming;

describe('clipDescription', () => {
  it('keeps a description of 160 characters or fewer, on one line', () => {
    expect(clipDescription('How CNN\n  covered it.')).toBe('How CNN covered it.');
  });

  it('cuts a longer one at a word, with an ellipsis, to 160 characters at most', () => {
    const clipped = clipDescription('word '.repeat(60));
    expect(clipped.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(clipped.endsWith('word…')).toBe(true);
  });
});

describe('describeHome', () => {
  it('says how many outlets covered the story, when, and how many articles are compared', async () => {
    const { articles, story } = await seed();
    expect(describeHome(story, summariseOutlets(articles))).toBe(
      "How 5 outlets covered Xi Jinping's state visit to Moscow (20–22 March 2023): 7 articles compared sentence by sentence, and what differs between them.",
    );
  });
});

describe('describeCompare', () => {
  it('names the outlets set side by side, with their articles and sentences', async () => {
    const { framing } = await seed();
    expect(describeCompare(framing.outlets, false)).toBe(
      'The Guardian, Al Jazeera, CBS News, CNN and NPR side by side: 7 articles, 71 sentences; their themes, facts, voices, words and sources.',
    );
  });

  it('says when the opinion pieces are left out', async () => {
    const { framing } = await seed();
    expect(describeCompare(framing.outlets, true)).toMatch(
      /^The Guardian, .+ side by side, opinion pieces left out: /,
    );
  });
});

describe('describePair', () => {
  it('leads with how the two differ most, in the order of the URL', async () => {
    const { outlet, themes } = await seed();
    const gap = pairThemeGap(outlet('cnn'), outlet('the-guardian'), themes);
    expect(describePair('CNN', 'The Guardian', gap)).toBe(
      'How CNN and The Guardian differ: “Peace plan and mediation” took 36% of CNN’s sentences and 21% of The Guardian’s; facts, voices, words and sources too.',
    );
  });

  it('says so when the two give every theme the same share', () => {
    expect(describePair('CNN', 'NPR', null)).toBe(
      'How CNN and NPR differ: they give every theme the same share of their sentences; facts, voices, words and sources too.',
    );
  });
});

describe('describeOutlet', () => {
  it('gives the outlet’s articles, sentences and quotes and its most emphasised theme', async () => {
    const { articles, story } = await seed();
    const cnn = summariseOutlets(articles).find((summary) => summary.id === 'cnn')!;
    expect(describeOutlet(cnn, 3, 'Peace plan and mediation', story)).toBe(
      "How CNN covered Xi Jinping's state visit to Moscow: 1 article, 14 sentences, 3 quotes; its most emphasised theme: “Peace plan and mediation”.",
    );
  });
});

describe('describeTheme', () => {
  it('counts the sentences and outlets that touch the theme and names who gives it most', async () => {
    const { framing } = await seed();
    expect(describeTheme('Peace plan and mediation', themeReach('peace-plan', framing.outlets))).toBe(
      'Sentences touching “Peace plan and mediation”, by outlet: 15 in the own words of 4 of 5 outlets; most in CNN (36% of its sentences).',
    );
  });
});

describe('describeFact', () => {
  it('names the outlets that reported the fact and counts their sentences', async () => {
    const { framing } = await seed();
    expect(describeFact('ICC arrest warrant for Putin', factReach('icc-warrant', framing.outlets))).toBe(
      'Which outlets mentioned “ICC arrest warrant for Putin”: reported by 1 of 5 outlets (NPR) in 1 sentence.',
    );
  });

  it('says when no outlet reported it', () => {
    expect(describeFact('Taiwan', { reporting: [], of: 5, sentences: 0 })).toBe(
      'Which outlets mentioned “Taiwan”: none of 5 outlets reported it.',
    );
  });
});

describe('describeTimelinePage', () => {
  it('says who reported first and how long coverage ran', async () => {
    const { articles } = await seed();
    expect(describeTimelinePage(describeTimeline(buildTimeline(articles)))).toBe(
      'When each outlet published: Al Jazeera, CBS News, CNN, NPR and The Guardian first, on 22 March 2023; coverage ran 22–23 March 2023 (2 days).',
    );
  });
});

describe('describeArticle', () => {
  it('gives the outlet, the date and the length, then as much of the teaser as fits', async () => {
    const { articles } = await seed();
    const cnn = articles.find((article) => article.outlet?.id === 'cnn')!;
    const description = describeArticle('CNN', cnn.published, 14, cnn.teaserText);
    expect(description).toMatch(/^CNN, 22 March 2023, 14 sentences: Chinese leader Xi Jinping .+…$/);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });

  it('leaves the date out when it is unknown', () => {
    expect(describeArticle('Unattributed', null, 3, 'A teaser.')).toBe(
      'Unattributed, 3 sentences: A teaser.',
    );
  });
});
