/**
 * Framing profiles: the per-article analysis (analysis/framing.ts) summed per article and
 * per outlet, as published in dist/data/framing.json. Every number keeps the sentences
 * behind it as evidence with a link to the sentence on its article page.
 */
import { findOutletByHost } from '../registry/outlets.ts';
import {
  descriptorSubjects,
  framingProfileSchema,
  publishedFramingSchema,
  type Article,
  type CitedDomain,
  type DescriptorScore,
  type Evidence,
  type FactMention,
  type FactScore,
  type FramingProfile,
  type Outlet,
  type PublishedFraming,
  type Share,
  type Story,
  type Theme,
  type ThemeScore,
  type ValenceScore,
  type WordsIn,
} from '../schema/index.ts';
import { restsOnLearnedWords, tagWordsIn, THEME_THRESHOLD } from './framing.ts';

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A share of `total` units with its 95% Wilson score interval (honest for small counts). */
export function shareOf(units: number, total: number): Share {
  if (total === 0) return { units, share: 0, low: 0, high: 0 };
  const z = 1.96;
  const p = units / total;
  const denominator = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator;
  return {
    units,
    share: round(p),
    low: round(Math.max(0, centre - half)),
    high: round(Math.min(1, centre + half)),
  };
}

function evidenceFor(article: Article, unitId: string, words: readonly string[], wordsIn: WordsIn): Evidence {
  return { sentenceId: unitId, href: `${article.href}#${unitId}`, words: [...new Set(words)], in: wordsIn };
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0) / values.length, 3);

/** Each theme's share of the text units, in narration and in quotes, with its evidence. */
function scoreThemes(articles: readonly Article[], themes: readonly Theme[], units: number): ThemeScore[] {
  return themes.map((theme) => {
    const tags = articles.flatMap((article) =>
      article.framing.themes.filter((tag) => tag.theme === theme.id).map((tag) => ({ article, tag })),
    );
    const narration = tags.filter(({ tag }) => tagWordsIn(tag) === 'narration');
    const quote = tags.filter(({ tag }) => tag.quoteWeight >= THEME_THRESHOLD);
    return {
      theme: theme.id,
      narration: shareOf(narration.length, units),
      quote: shareOf(quote.length, units),
      confidence: mean(narration.map(({ tag }) => Math.min(1, tag.narrationWeight))),
      learnedOnly: narration.filter(({ tag }) => restsOnLearnedWords(tag)).length,
      evidence: tags.map(({ article, tag }) =>
        evidenceFor(
          article,
          tag.unitId,
          tag.matches.map((match) => match.text),
          tagWordsIn(tag),
        ),
      ),
    };
  });
}

/** Whether and where each fact of the story is mentioned, with its evidence. */
function scoreFacts(articles: readonly Article[], story: Story): FactScore[] {
  return story.facts.map((fact) => {
    const of = (list: (article: Article) => readonly FactMention[]) =>
      articles.flatMap((article) =>
        list(article)
          .filter((mention) => mention.fact === fact.id)
          .map((mention) => ({ article, mention })),
      );
    const mentions = of((article) => article.framing.facts);
    const evidence = ({ article, mention }: { article: Article; mention: FactMention }) =>
      evidenceFor(
        article,
        mention.unitId,
        mention.matches.map((match) => match.text),
        mention.in,
      );
    return {
      fact: fact.id,
      mentioned: mentions.length > 0,
      units: mentions.length,
      references: mentions.filter(({ mention }) => mention.antecedent !== undefined).length,
      learnedOnly: mentions.filter(({ mention }) => restsOnLearnedWords(mention)).length,
      bySpeaker: mentions.filter(({ mention }) => mention.speakers !== undefined).length,
      inNarration: mentions.some(({ mention }) => mention.in === 'narration'),
      confidence: mean(mentions.map(({ mention }) => mention.confidence)),
      evidence: mentions.map(evidence),
      absence: of((article) => article.framing.absentFacts).map(evidence),
    };
  });
}

/** The descriptors used, counted per subject and phrase: subjects in the schema's order, then most used. */
function countDescriptors(articles: readonly Article[]): DescriptorScore[] {
  const descriptors = new Map<string, DescriptorScore>();
  for (const article of articles) {
    for (const descriptor of article.framing.descriptors) {
      const key = `${descriptor.subject}\u0000${descriptor.key}`;
      const score = descriptors.get(key) ?? {
        subject: descriptor.subject,
        key: descriptor.key,
        text: descriptor.text,
        count: 0,
        inNarration: 0,
        rule: descriptor.rule,
        confidence: descriptor.confidence,
        evidence: [],
      };
      score.count++;
      if (descriptor.in === 'narration') score.inNarration++;
      score.confidence = Math.max(score.confidence, descriptor.confidence);
      score.evidence.push(evidenceFor(article, descriptor.unitId, [descriptor.text], descriptor.in));
      descriptors.set(key, score);
    }
  }
  return [...descriptors.values()].sort(
    (a, b) =>
      descriptorSubjects.indexOf(a.subject) - descriptorSubjects.indexOf(b.subject) ||
      b.count - a.count ||
      a.key.localeCompare(b.key, 'en'),
  );
}

/** The domains the links point to: the outlet's own first, then the most linked. */
function countCitedDomains(articles: readonly Article[], registry: readonly Outlet[]): CitedDomain[] {
  const domains = new Map<string, CitedDomain>();
  for (const article of articles) {
    const ownDomains = registry.find((outlet) => outlet.id === article.outlet?.id)?.domains ?? [];
    for (const link of article.links) {
      if (link.domain === null) continue;
      const domain = link.domain;
      const cited = domains.get(domain) ?? {
        domain,
        own: ownDomains.some((own) => domain === own || domain.endsWith(`.${own}`)),
        outlet: findOutletByHost(registry, domain)?.outlet.name ?? null,
        links: 0,
        evidence: [],
      };
      cited.links++;
      cited.evidence.push(evidenceFor(article, link.sentenceId, [link.text], 'narration'));
      domains.set(domain, cited);
    }
  }
  return [...domains.values()].sort(
    (a, b) => Number(b.own) - Number(a.own) || b.links - a.links || a.domain.localeCompare(b.domain, 'en'),
  );
}

/** Evaluative words of the valence lexicon in narration, per 1,000 narration words. */
function scoreValence(articles: readonly Article[]): ValenceScore {
  const narrationWords = articles.reduce((sum, article) => sum + article.framing.narrationWords, 0);
  const hits = articles.flatMap((article) => article.framing.valence.map((hit) => ({ article, hit })));
  const positive = hits.filter(({ hit }) => hit.polarity === 'positive').length;
  const negative = hits.length - positive;
  const perThousand = (count: number) =>
    narrationWords === 0 ? 0 : round((count / narrationWords) * 1000, 2);
  return {
    positive,
    negative,
    narrationWords,
    positivePerThousand: perThousand(positive),
    negativePerThousand: perThousand(negative),
    balance: hits.length === 0 ? null : round((positive - negative) / hits.length, 3),
    confidence: round(hits.length / (hits.length + 10), 3),
    evidence: hits.map(({ article, hit }) => evidenceFor(article, hit.unitId, [hit.text], 'narration')),
  };
}

/** The themes, facts, descriptors, cited domains and valence of a set of articles, validated. */
export function profileArticles(
  articles: readonly Article[],
  story: Story,
  themes: readonly Theme[],
  registry: readonly Outlet[],
): FramingProfile {
  return framingProfileSchema.parse(scoreArticles(articles, story, themes, registry));
}

/**
 * The profile of `profileArticles`, not yet validated: for a caller that validates what it
 * is part of. framing.json's ~10,000 profiles were validated alone and then again within
 * the file (0.6 s of the build at 10,000 articles).
 */
function scoreArticles(
  articles: readonly Article[],
  story: Story,
  themes: readonly Theme[],
  registry: readonly Outlet[],
): FramingProfile {
  const units = articles.reduce((sum, article) => sum + article.framing.units, 0);
  const valence = scoreValence(articles);
  return {
    articles: articles.map((article) => article.id),
    units,
    narrationWords: valence.narrationWords,
    quoteWords: articles.reduce((sum, article) => sum + article.framing.quoteWords, 0),
    themes: scoreThemes(articles, themes, units),
    facts: scoreFacts(articles, story),
    descriptors: countDescriptors(articles),
    citedDomains: countCitedDomains(articles, registry),
    valence,
  };
}

/** An outlet with the articles attributed to it, in the order outlets are listed on the site. */
export interface OutletArticles {
  id: string;
  name: string;
  articles: Article[];
}

/** Attributed articles grouped by outlet: most articles first, then by name. */
export function groupByOutlet(articles: readonly Article[]): OutletArticles[] {
  const groups = new Map<string, OutletArticles>();
  for (const article of articles) {
    if (article.outlet === null) continue;
    const group = groups.get(article.outlet.id) ?? {
      id: article.outlet.id,
      name: article.outlet.name,
      articles: [],
    };
    group.articles.push(article);
    groups.set(article.outlet.id, group);
  }
  return [...groups.values()].sort(mostArticlesFirst);
}

/** The order outlets (and groups of them) are listed in: most articles first, then by name. */
export function mostArticlesFirst(
  a: { name: string; articles: readonly unknown[] },
  b: { name: string; articles: readonly unknown[] },
): number {
  return b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en');
}

/** Everything dist/data/framing.json holds: per outlet and per article profiles. */
export function buildFraming(
  articles: readonly Article[],
  story: Story,
  themes: readonly Theme[],
  registry: readonly Outlet[],
): PublishedFraming {
  return publishedFramingSchema.parse({
    story: {
      title: story.title,
      start: story.start,
      end: story.end,
      place: story.place,
      summary: story.summary,
    },
    themes: themes.map(({ id, label, dimension, description }) => ({ id, label, dimension, description })),
    facts: story.facts.map(({ id, label, description }) => ({ id, label, description })),
    method: {
      themeThreshold: THEME_THRESHOLD,
      unattributedArticles: articles
        .filter((article) => article.outlet === null)
        .map((article) => article.id),
    },
    outlets: groupByOutlet(articles).map((group) => ({
      id: group.id,
      name: group.name,
      ...scoreArticles(group.articles, story, themes, registry),
    })),
    articles: articles.map((article) => ({
      id: article.id,
      href: article.href,
      outlet: article.outlet,
      ...scoreArticles([article], story, themes, registry),
    })),
  });
}
