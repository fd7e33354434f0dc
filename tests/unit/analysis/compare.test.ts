import { describe, expect, it } from 'vitest';
import { compareProfiles } from '../../../src/lib/analysis/compare.ts';
import {
  buildFraming,
  groupByOutlet,
  profileArticles,
  shareOf,
} from '../../../src/lib/analysis/framing-profiles.ts';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { factEvidence } from '../../../src/lib/view/evidence.ts';
import { inputWith } from '../../helpers.ts';

// Two outlets' wire copy, recognised by their datelines; one sentence each per theme or fact.
const SOURCE = [
  'Xi arrives in Moscow',
  'MOSCOW (Reuters) - Chinese leader Xi Jinping arrived for talks on a gas pipeline. He called it “a politicised ICC warrant”. Russia and China signed a joint statement. Read the [full text](https://www.reuters.com/world/statement).',
  'Xi and Putin talk peace',
  'MOSCOW, March 21 /TASS/. Russian President Vladimir Putin praised China’s peace plan. The talks were warm and friendly, a historic meeting. Read more on [Xinhua](https://english.news.cn/x).',
  '',
].join('\n');

async function articles() {
  const result = await ingest(inputWith({ 'content/sources/two.txt': SOURCE }));
  return result;
}

describe('shareOf', () => {
  it('gives the share with its 95% Wilson interval', () => {
    expect(shareOf(1, 4)).toEqual({ units: 1, share: 0.25, low: 0.0456, high: 0.6994 });
  });

  it('is zero with an empty interval for no text', () => {
    expect(shareOf(0, 0)).toEqual({ units: 0, share: 0, low: 0, high: 0 });
  });
});

describe('profileArticles', () => {
  it('counts themes per text unit with evidence links to the sentences', async () => {
    const { articles: all, story, themes, registry } = await articles();
    const reuters = all.filter((article) => article.outlet?.id === 'reuters');
    const profile = profileArticles(reuters, story!, themes, registry);
    const energy = profile.themes.find((score) => score.theme === 'energy-trade')!;
    expect(energy.narration.units).toBe(1);
    expect(energy.narration.share).toBeCloseTo(1 / profile.units, 4);
    expect(energy.evidence[0]).toMatchObject({ sentenceId: 'two-1-s1', href: '/articles/two-1/#two-1-s1' });
  });

  it('counts the marks that rest on learned words alone, with none of the theme’s phrases', async () => {
    const { articles: all, story, themes, registry } = await articles();
    const reuters = all.filter((article) => article.outlet?.id === 'reuters');
    const energy = (profile: ReturnType<typeof profileArticles>) =>
      profile.themes.find((score) => score.theme === 'energy-trade')!;
    expect(energy(profileArticles(reuters, story!, themes, registry)).learnedOnly).toBe(0);
    const learned = structuredClone(reuters);
    for (const tag of learned[0]!.framing.themes)
      tag.matches = tag.matches.map((match) => ({ ...match, learned: true }));
    expect(energy(profileArticles(learned, story!, themes, registry))).toMatchObject({
      learnedOnly: 1,
      narration: { units: 1 },
    });
  });

  it('counts the facts the model found in other words, with none of the fact’s phrases', async () => {
    const { articles: all, story, themes, registry } = await articles();
    const reuters = all.filter((article) => article.outlet?.id === 'reuters');
    const joint = (profile: ReturnType<typeof profileArticles>) =>
      profile.facts.find((score) => score.fact === 'joint-statement')!;
    expect(joint(profileArticles(reuters, story!, themes, registry)).learnedOnly).toBe(0);
    const learned = structuredClone(reuters);
    for (const mention of learned[0]!.framing.facts)
      mention.matches = mention.matches.map((match) => ({ ...match, learned: true }));
    expect(joint(profileArticles(learned, story!, themes, registry))).toMatchObject({
      learnedOnly: 1,
      units: 1,
      references: 0,
    });
  });

  it('reports Washington’s reaction through a US official quoted by pronoun, and counts it apart', async () => {
    const source = [
      'Washington watches the summit',
      'WASHINGTON (Reuters) - White House spokesman John Kirby spoke to reporters on Monday. He added: “We are concerned that China will call for a ceasefire.”',
      '',
    ].join('\n');
    const {
      articles: [article],
      story,
      themes,
      registry,
    } = await ingest(inputWith({ 'content/sources/kirby.txt': source }));
    const viaQuote = article!.framing.facts.filter((mention) => mention.speakers !== undefined);
    expect(viaQuote.map(({ fact, speakers, in: wordsIn }) => [fact, speakers, wordsIn])).toEqual([
      ['us-reaction', ['john-kirby'], 'quote'],
    ]);
    // The quoted words are its evidence, and the fact's page names whose they are.
    const unit = article!.sentences.find((sentence) => sentence.id === viaQuote[0]!.unitId)!;
    expect(unit.text.slice(viaQuote[0]!.matches[0]!.start, viaQuote[0]!.matches[0]!.end)).toMatch(
      /^We are concerned/,
    );
    const reaction = profileArticles([article!], story!, themes, registry).facts.find(
      (score) => score.fact === 'us-reaction',
    )!;
    expect(reaction).toMatchObject({ units: 2, bySpeaker: 1, references: 0 });
    const [group] = factEvidence([article!], 'us-reaction');
    expect(group!.items.map((item) => item.bySpeakers)).toEqual([undefined, ['John Kirby']]);
  });

  it('separates facts only inside quotes from facts in the outlet’s own words', async () => {
    const { articles: all, story, themes, registry } = await articles();
    const profile = profileArticles(
      all.filter((article) => article.outlet?.id === 'reuters'),
      story!,
      themes,
      registry,
    );
    const joint = profile.facts.find((fact) => fact.fact === 'joint-statement')!;
    expect(joint).toMatchObject({ mentioned: true, inNarration: true, units: 1 });
    const warrant = profile.facts.find((fact) => fact.fact === 'icc-warrant')!;
    expect(warrant).toMatchObject({ mentioned: true, inNarration: false });
    expect(warrant.evidence[0]!.in).toBe('quote');
    expect(profile.facts.find((fact) => fact.fact === 'position-paper')!.mentioned).toBe(false);
  });

  it('splits cited domains into the outlet’s own and others, with the outlet of each domain', async () => {
    const { articles: all, story, themes, registry } = await articles();
    const byOutlet = groupByOutlet(all);
    const tass = byOutlet.find((group) => group.id === 'tass')!;
    const profile = profileArticles(tass.articles, story!, themes, registry);
    expect(profile.citedDomains.map((item) => [item.domain, item.own, item.outlet])).toEqual([
      ['english.news.cn', false, 'Xinhua'],
    ]);
    const reuters = profileArticles(
      byOutlet.find((group) => group.id === 'reuters')!.articles,
      story!,
      themes,
      registry,
    );
    expect(reuters.citedDomains[0]).toMatchObject({ domain: 'reuters.com', own: true, outlet: 'Reuters' });
  });

  it('counts evaluative words of the narration per 1,000 words, with a confidence that grows with them', async () => {
    const { articles: all, story, themes, registry } = await articles();
    const tass = groupByOutlet(all).find((group) => group.id === 'tass')!;
    const { valence } = profileArticles(tass.articles, story!, themes, registry);
    expect(valence.positive).toBeGreaterThanOrEqual(3);
    expect(valence.negative).toBe(0);
    expect(valence.balance).toBe(1);
    expect(valence.confidence).toBeCloseTo(valence.positive / (valence.positive + 10), 3);
  });
});

describe('buildFraming', () => {
  it('has a profile per outlet and per article, and lists unattributed articles', async () => {
    const { articles: all, story, themes, registry } = await articles();
    const framing = buildFraming(all, story!, themes, registry);
    expect(framing.outlets.map((outlet) => outlet.id).sort()).toEqual(['reuters', 'tass']);
    expect(framing.articles.map((article) => article.id)).toEqual(['two-1', 'two-2']);
    expect(framing.method.unattributedArticles).toEqual([]);
  });
});

describe('compareProfiles', () => {
  it('splits facts, descriptors and domains into shared and one-sided', async () => {
    const { articles: all, story, themes, registry } = await articles();
    const [left, right] = buildFraming(all, story!, themes, registry).outlets;
    const comparison = compareProfiles(left!, right!);
    const onlyOne = [...comparison.facts.onlyLeft, ...comparison.facts.onlyRight].map((row) => row.key);
    expect(onlyOne).toContain('joint-statement');
    expect(comparison.facts.both).toEqual([]);
    expect(comparison.themes).toHaveLength(themes.length);
    const descriptors = [...comparison.descriptors.onlyLeft, ...comparison.descriptors.onlyRight].map(
      (row) => (row.left ?? row.right)!.key,
    );
    expect(descriptors).toEqual(expect.arrayContaining(['chinese leader', 'russian president']));
  });
});
