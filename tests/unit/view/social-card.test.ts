import { describe, expect, it } from 'vitest';
import { summariseOutlets } from '../../../src/lib/view/outlet-summaries.ts';
import {
  cardPath,
  compareCard,
  factCard,
  factReach,
  homeCard,
  inStory,
  listNames,
  outletCard,
  outletsWithPairCards,
  pairCard,
  pairCardPath,
  pairThemeGap,
  themeCard,
  themeReach,
  timelineCard,
  type OutletProfile,
} from '../../../src/lib/view/social-card.ts';
import { buildTimeline } from '../../../src/lib/view/timeline.ts';
import { seedFraming } from './seed-framing.ts';

const seed = seedFraming;

describe('cardPath', () => {
  it('names the home page’s card home.png and every other card after its page', () => {
    expect(cardPath('/')).toBe('/cards/home.png');
    expect(cardPath('/compare/')).toBe('/cards/compare.png');
    expect(cardPath('/compare/cnn-vs-npr/')).toBe('/cards/compare/cnn-vs-npr.png');
    expect(cardPath('/outlets/the-guardian/')).toBe('/cards/outlets/the-guardian.png');
  });
});

describe('outletsWithPairCards', () => {
  it('keeps the outlets with the most sentences, in the order given', () => {
    const outlets = [
      profile('npr', 13),
      profile('the-guardian', 29),
      profile('cnn', 14),
      profile('cbs-news', 9),
    ];
    expect(outletsWithPairCards(outlets, 2)).toEqual(['the-guardian', 'cnn']);
  });

  it('breaks ties by id, so every build picks the same outlets', () => {
    const outlets = [profile('npr', 10), profile('cnn', 10), profile('bbc', 10)];
    expect(outletsWithPairCards(outlets, 2)).toEqual(['cnn', 'bbc']);
  });

  it('keeps every outlet of the seed (5, fewer than 12)', async () => {
    const { framing } = await seed();
    expect(outletsWithPairCards(framing.outlets)).toEqual(framing.outlets.map((outlet) => outlet.id));
  });
});

describe('pairCardPath', () => {
  it('gives a pair page and its mirror one card, named as the pair page is (ids in alphabetical order)', () => {
    const carded = ['the-guardian', 'cnn', 'npr'];
    expect(pairCardPath('cnn', 'the-guardian', carded)).toBe('/cards/compare/cnn-vs-the-guardian.png');
    expect(pairCardPath('the-guardian', 'cnn', carded)).toBe('/cards/compare/cnn-vs-the-guardian.png');
    expect(pairCardPath('npr', 'cnn', carded)).toBe('/cards/compare/cnn-vs-npr.png');
  });

  it('gives a pair with an outlet outside them the /compare/ card', () => {
    expect(pairCardPath('cnn', 'bbc', ['cnn', 'npr'])).toBe('/cards/compare.png');
  });
});

describe('listNames', () => {
  it('names every outlet when the line has room', () => {
    expect(listNames(['The Guardian', 'Al Jazeera', 'CBS News', 'CNN', 'NPR'])).toBe(
      'The Guardian, Al Jazeera, CBS News, CNN and NPR',
    );
  });

  it('names as many as fit in the line and counts the rest', () => {
    const names = ['South China Morning Post', 'Süddeutsche Zeitung', 'The Washington Post', 'NPR', 'CNN'];
    const line = listNames(names);
    expect(line).toBe('South China Morning Post, Süddeutsche Zeitung and 3 more');
    expect(line.length).toBeLessThanOrEqual(60);
  });
});

describe('homeCard', () => {
  it('shows the story with the seed’s 5 outlets, 7 articles and 36 quotes, each outlet named', async () => {
    const { articles, story, quotes } = await seed();
    const card = homeCard(story, summariseOutlets(articles), quotes.length);
    expect(card).toEqual({
      path: '/cards/home.png',
      kicker: 'One story, many outlets · 20–22 March 2023',
      title: "Xi Jinping's state visit to Moscow",
      figures: [
        { value: '5', label: 'outlets' },
        { value: '7', label: 'articles' },
        { value: '36', label: 'quotes' },
      ],
      note: 'The Guardian, Al Jazeera, CBS News, CNN and NPR',
    });
  });
});

describe('compareCard', () => {
  it('counts the outlets, their articles and their sentences (the base of every share on /compare/)', async () => {
    const { framing } = await seed();
    const card = compareCard(framing.outlets, false);
    expect(card.path).toBe('/cards/compare.png');
    expect(card.title).toBe('How 5 outlets covered the story');
    expect(card.figures).toEqual([
      { value: '5', label: 'outlets' },
      { value: '7', label: 'articles' },
      { value: '71', label: 'sentences' },
    ]);
  });

  it('has a card of its own for the comparison without opinion pieces', async () => {
    const { framing } = await seed();
    const card = compareCard(framing.outlets, true);
    expect(card.path).toBe('/cards/compare/without-opinion.png');
    expect(card.kicker).toBe('Opinion left out');
  });
});

describe('pairThemeGap', () => {
  it('finds the theme the pair page lists first: CNN and The Guardian on peace plans, 15 points apart', async () => {
    const { outlet, themes } = await seed();
    expect(pairThemeGap(outlet('cnn'), outlet('the-guardian'), themes)).toEqual({
      label: 'Peace plan and mediation',
      points: 15,
      left: '36%',
      right: '21%',
    });
  });

  it('gives the gap as a distance, whichever side leads', async () => {
    const { outlet, themes } = await seed();
    expect(pairThemeGap(outlet('the-guardian'), outlet('cnn'), themes)).toMatchObject({
      points: 15,
      left: '21%',
    });
  });

  it('is null for two outlets that give every theme the same share', async () => {
    const { outlet, themes } = await seed();
    expect(pairThemeGap(outlet('cnn'), outlet('cnn'), themes)).toBeNull();
  });
});

describe('pairCard', () => {
  it('shows both outlets’ sentences and their widest theme gap, sides in the order of the URL', async () => {
    const { framing, outlet, themes } = await seed();
    const card = pairCard(
      outlet('cnn'),
      outlet('the-guardian'),
      themes,
      framing.outlets.map((item) => item.id),
    );
    expect(card).toEqual({
      path: '/cards/compare/cnn-vs-the-guardian.png',
      kicker: 'Two outlets compared',
      title: 'CNN and The Guardian',
      figures: [
        { value: '14', label: 'sentences in CNN' },
        { value: '29', label: 'sentences in The Guardian' },
        { value: '15 points', label: 'gap on “Peace plan and mediation”' },
      ],
      note: '“Peace plan and mediation”: 36% of CNN’s sentences, 21% of The Guardian’s',
    });
  });
});

describe('outletCard', () => {
  it('shows an outlet’s articles, sentences and quotes, in the singular where there is one', async () => {
    const { articles } = await seed();
    const cnn = summariseOutlets(articles).find((summary) => summary.id === 'cnn')!;
    const card = outletCard({ ...cnn, id: 'cnn' }, 3, 'Peace plan and mediation');
    expect(card.path).toBe('/cards/outlets/cnn.png');
    expect(card.figures).toEqual([
      { value: '1', label: 'article' },
      { value: '14', label: 'sentences' },
      { value: '3', label: 'quotes' },
    ]);
    expect(card.note).toBe('Its most emphasised theme: “Peace plan and mediation”');
  });

  it('writes thousands as a reader reads them', () => {
    const card = outletCard({ id: 'wire', name: 'Wire', articles: 1200, sentences: 23456 }, 0, null);
    expect(card.figures.map((item) => item.value)).toEqual(['1,200', '23,456', '0']);
    expect(card.note).toBeNull();
  });
});

describe('themeReach and themeCard', () => {
  it('count the sentences in the outlets’ own words, the outlets that touch it and the one giving it most', async () => {
    const { framing } = await seed();
    expect(themeReach('peace-plan', framing.outlets)).toEqual({
      sentences: 15,
      outlets: 4,
      of: 5,
      leading: { name: 'CNN', share: '36%' },
    });
    const card = themeCard({ id: 'peace-plan', label: 'Peace plan and mediation' }, framing.outlets);
    expect(card.figures[1]).toEqual({ value: '4 of 5', label: 'outlets touch it' });
    expect(card.note).toBe('Most in CNN: 36% of its sentences');
  });

  it('say so when no outlet touches a theme', async () => {
    const { framing } = await seed();
    expect(themeReach('no-such-theme', framing.outlets).leading).toBeNull();
    expect(themeCard({ id: 'no-such-theme', label: 'Nothing' }, framing.outlets).note).toBe(
      'No outlet’s own words touch it',
    );
  });
});

describe('factReach and factCard', () => {
  it('name the outlets that reported a fact: the ICC warrant, by NPR alone, in one sentence', async () => {
    const { framing } = await seed();
    expect(factReach('icc-warrant', framing.outlets)).toEqual({ reporting: ['NPR'], of: 5, sentences: 1 });
    const card = factCard({ id: 'icc-warrant', label: 'ICC arrest warrant for Putin' }, framing.outlets);
    expect(card.figures).toEqual([
      { value: '1 of 5', label: 'outlets reported it' },
      { value: '1', label: 'sentence' },
    ]);
    expect(card.note).toBe('Reported by NPR');
  });
});

describe('timelineCard', () => {
  it('shows the days coverage ran, the dated articles, those without a date, and who was first', async () => {
    const { articles } = await seed();
    const card = timelineCard(buildTimeline(articles));
    expect(card.figures).toEqual([
      { value: '2', label: 'days' },
      { value: '6', label: 'dated articles' },
      { value: '1', label: 'without a date' },
    ]);
    expect(card.note).toBe('Al Jazeera, CBS News, CNN, NPR and The Guardian first; 22–23 March 2023');
  });

  it('says so when no article has a date', async () => {
    const { articles } = await seed();
    const card = timelineCard(buildTimeline(articles.map((article) => ({ ...article, published: null }))));
    expect(card.figures).toEqual([
      { value: '0', label: 'dated articles' },
      { value: '7', label: 'without a date' },
    ]);
    expect(card.note).toBe('No article has a known date');
  });
});

describe('inStory', () => {
  it('names the story in the kicker, for a card seen away from the site', () => {
    const card = inStory(cardFor('Theme'), { title: "Xi Jinping's state visit to Moscow" });
    expect(card.kicker).toBe("Theme · Xi Jinping's state visit to Moscow");
  });
});

function cardFor(kicker: string) {
  return { path: '/cards/x.png', kicker, title: 'X', figures: [], note: null };
}

/** An outlet's profile with only what choosing pair cards reads. */
function profile(id: string, units: number): OutletProfile {
  return { id, name: id, units } as OutletProfile;
}
