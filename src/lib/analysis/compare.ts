/**
 * Framing profiles and comparisons: the per-article analysis (analysis/framing.ts) summed
 * per article and per outlet, and two outlets set side by side. Every number keeps the
 * sentences behind it as evidence with a link to the sentence on its article page.
 */
import { findOutletByHost } from '../registry/outlets.ts';
import {
  framingProfileSchema,
  publishedFramingSchema,
  type Article,
  type CitedDomain,
  type DescriptorScore,
  type DescriptorSubject,
  type Evidence,
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
import { tagWordsIn, THEME_THRESHOLD } from './framing.ts';

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

/** The themes, facts, descriptors, cited domains and valence of a set of articles. */
export function profileArticles(
  articles: readonly Article[],
  story: Story,
  themes: readonly Theme[],
  registry: readonly Outlet[],
): FramingProfile {
  const units = articles.reduce((sum, article) => sum + article.framing.units, 0);

  const themeScores: ThemeScore[] = themes.map((theme) => {
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

  const factScores: FactScore[] = story.facts.map((fact) => {
    const mentions = articles.flatMap((article) =>
      article.framing.facts
        .filter((mention) => mention.fact === fact.id)
        .map((mention) => ({ article, mention })),
    );
    return {
      fact: fact.id,
      mentioned: mentions.length > 0,
      units: mentions.length,
      inNarration: mentions.some(({ mention }) => mention.in === 'narration'),
      confidence: mean(mentions.map(({ mention }) => mention.confidence)),
      evidence: mentions.map(({ article, mention }) =>
        evidenceFor(
          article,
          mention.unitId,
          mention.matches.map((match) => match.text),
          mention.in,
        ),
      ),
    };
  });

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

  const narrationWords = articles.reduce((sum, article) => sum + article.framing.narrationWords, 0);
  const hits = articles.flatMap((article) => article.framing.valence.map((hit) => ({ article, hit })));
  const positive = hits.filter(({ hit }) => hit.polarity === 'positive').length;
  const negative = hits.length - positive;
  const perThousand = (count: number) =>
    narrationWords === 0 ? 0 : round((count / narrationWords) * 1000, 2);
  const valence: ValenceScore = {
    positive,
    negative,
    narrationWords,
    positivePerThousand: perThousand(positive),
    negativePerThousand: perThousand(negative),
    balance: hits.length === 0 ? null : round((positive - negative) / hits.length, 3),
    confidence: round(hits.length / (hits.length + 10), 3),
    evidence: hits.map(({ article, hit }) => evidenceFor(article, hit.unitId, [hit.text], 'narration')),
  };

  return framingProfileSchema.parse({
    articles: articles.map((article) => article.id),
    units,
    narrationWords,
    quoteWords: articles.reduce((sum, article) => sum + article.framing.quoteWords, 0),
    themes: themeScores,
    facts: factScores,
    descriptors: [...descriptors.values()].sort(
      (a, b) =>
        SUBJECT_ORDER.indexOf(a.subject) - SUBJECT_ORDER.indexOf(b.subject) ||
        b.count - a.count ||
        a.key.localeCompare(b.key, 'en'),
    ),
    citedDomains: [...domains.values()].sort(
      (a, b) => Number(b.own) - Number(a.own) || b.links - a.links || a.domain.localeCompare(b.domain, 'en'),
    ),
    valence,
  });
}

const SUBJECT_ORDER: readonly DescriptorSubject[] = ['xi', 'putin', 'leaders', 'relationship', 'visit'];

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
  return [...groups.values()].sort(
    (a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en'),
  );
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
      ...profileArticles(group.articles, story, themes, registry),
    })),
    articles: articles.map((article) => ({
      id: article.id,
      href: article.href,
      outlet: article.outlet,
      ...profileArticles([article], story, themes, registry),
    })),
  });
}

/** One row of a side-by-side comparison: the value on each side (null when absent). */
export interface Sided<T> {
  key: string;
  left: T | null;
  right: T | null;
}

/** Rows of two lists matched by key, in the order keys first appear (left, then right). */
export function pair<T>(left: readonly T[], right: readonly T[], keyOf: (item: T) => string): Sided<T>[] {
  const keys = [...new Set([...left.map(keyOf), ...right.map(keyOf)])];
  return keys.map((key) => ({
    key,
    left: left.find((item) => keyOf(item) === key) ?? null,
    right: right.find((item) => keyOf(item) === key) ?? null,
  }));
}

/** Two profiles side by side: each list split into what both have and what only one has. */
export interface ProfileComparison {
  themes: Sided<ThemeScore>[];
  facts: {
    both: Sided<FactScore>[];
    onlyLeft: Sided<FactScore>[];
    onlyRight: Sided<FactScore>[];
    neither: Sided<FactScore>[];
  };
  descriptors: {
    both: Sided<DescriptorScore>[];
    onlyLeft: Sided<DescriptorScore>[];
    onlyRight: Sided<DescriptorScore>[];
  };
  citedDomains: {
    both: Sided<CitedDomain>[];
    onlyLeft: Sided<CitedDomain>[];
    onlyRight: Sided<CitedDomain>[];
  };
}

/** Splits paired rows into what both sides have, what only one has, and what neither has. */
export function split<T>(rows: Sided<T>[], present: (item: T) => boolean) {
  const has = (item: T | null) => item !== null && present(item);
  return {
    both: rows.filter((row) => has(row.left) && has(row.right)),
    onlyLeft: rows.filter((row) => has(row.left) && !has(row.right)),
    onlyRight: rows.filter((row) => !has(row.left) && has(row.right)),
    neither: rows.filter((row) => !has(row.left) && !has(row.right)),
  };
}

/** Sets two framing profiles side by side. */
export function compareProfiles(left: FramingProfile, right: FramingProfile): ProfileComparison {
  const facts = split(
    pair(left.facts, right.facts, (fact) => fact.fact),
    (fact) => fact.mentioned,
  );
  const descriptors = split(
    pair(left.descriptors, right.descriptors, (item) => `${item.subject}\u0000${item.key}`),
    () => true,
  );
  const citedDomains = split(
    pair(left.citedDomains, right.citedDomains, (item) => item.domain),
    () => true,
  );
  return {
    themes: pair(left.themes, right.themes, (theme) => theme.theme),
    facts,
    descriptors: { both: descriptors.both, onlyLeft: descriptors.onlyLeft, onlyRight: descriptors.onlyRight },
    citedDomains: {
      both: citedDomains.both,
      onlyLeft: citedDomains.onlyLeft,
      onlyRight: citedDomains.onlyRight,
    },
  };
}
