/**
 * The published data under dist/data/: articles.json, quotes.json and framing.json, with
 * the scores of a framing profile and the evidence (sentences) behind each.
 */
import { z } from 'astro/zod';
import { wordsIn } from './article-framing.ts';
import { articleSchema, outletRefSchema, quoteSchema, sentenceSchema } from './article.ts';
import { kebabId } from './fields.ts';
import { descriptorSubjects, factSchema, themeSchema } from './lexicons.ts';

/** An item of dist/data/articles.json: the record without rendered HTML. */
export const publishedArticleSchema = articleSchema.omit({ teaserHtml: true, framing: true }).extend({
  sentences: z.array(sentenceSchema.omit({ html: true })).min(1),
});

/** An item of dist/data/articles.json. */
export type PublishedArticle = z.infer<typeof publishedArticleSchema>;

/** An item of dist/data/quotes.json. */
export const publishedQuoteSchema = quoteSchema.extend({
  articleId: kebabId,
  outlet: outletRefSchema.nullable(),
  /** The article page with the #id of the element holding the quote. */
  href: z.string().regex(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/),
  /** The plain text of the sentence (or teaser) holding its first words: `start`/`end` are offsets in it. */
  sentence: z.string().min(1),
});

/** An item of dist/data/quotes.json. */
export type PublishedQuote = z.infer<typeof publishedQuoteSchema>;

/** A sentence (or teaser) behind a derived value, and the link to it on its article page. */
export const evidenceSchema = z.strictObject({
  sentenceId: z.string(),
  /** The article page with the #id of the sentence's element. */
  href: z.string().regex(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/),
  /** The words of the sentence that produced the value. */
  words: z.array(z.string()),
  in: z.enum(wordsIn),
});

/** A sentence behind a derived value. */
export type Evidence = z.infer<typeof evidenceSchema>;

/** A share of text units with its 95% Wilson interval. */
export const shareSchema = z.strictObject({
  units: z.number().int().nonnegative(),
  share: z.number().min(0).max(1),
  low: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
});

/** A share of text units with its 95% Wilson interval. */
export type Share = z.infer<typeof shareSchema>;

/** How much of a body of text touches one theme, in the outlet's own words and in quotes. */
export const themeScoreSchema = z.strictObject({
  theme: kebabId,
  narration: shareSchema,
  quote: shareSchema,
  /** Mean confidence of the tags behind the narration share; null when there are none. */
  confidence: z.number().min(0).max(1).nullable(),
  /** Of the units behind the narration share, those the theme model tagged from their words, with no phrase of the theme. */
  learnedOnly: z.number().int().nonnegative(),
  evidence: z.array(evidenceSchema),
});

/** How much of a body of text touches one theme. */
export type ThemeScore = z.infer<typeof themeScoreSchema>;

/** Whether and where a body of text mentions one key fact. */
export const factScoreSchema = z.strictObject({
  fact: kebabId,
  mentioned: z.boolean(),
  units: z.number().int().nonnegative(),
  /** Of those, the units that only refer back to it ("the plan", once the article named it). */
  references: z.number().int().nonnegative(),
  /** Of those, the units the fact model found from their words, with none of the fact's phrases. */
  learnedOnly: z.number().int().nonnegative(),
  /** Of those, the units that report it only through whom they quote (story.yaml `quotedBy`). */
  bySpeaker: z.number().int().nonnegative(),
  /** False when the fact appears only inside quotation marks. */
  inNarration: z.boolean(),
  confidence: z.number().min(0).max(1).nullable(),
  evidence: z.array(evidenceSchema),
  /** Sentences that say the fact was left out ("Taiwan was not discussed"); they do not report it. */
  absence: z.array(evidenceSchema),
});

/** Whether and where a body of text mentions one key fact. */
export type FactScore = z.infer<typeof factScoreSchema>;

/** One descriptor of a subject in a body of text, with how often it occurs. */
export const descriptorScoreSchema = z.strictObject({
  subject: z.enum(descriptorSubjects),
  key: z.string(),
  /** The words as first written. */
  text: z.string(),
  count: z.number().int().positive(),
  /** How many of those are in the outlet's own words, not inside quotation marks. */
  inNarration: z.number().int().nonnegative(),
  rule: z.enum(['lexicon', 'title']),
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
});

/** One descriptor of a subject in a body of text. */
export type DescriptorScore = z.infer<typeof descriptorScoreSchema>;

/** A domain a body of text links to, and how often. */
export const citedDomainSchema = z.strictObject({
  domain: z.string(),
  /** The domain belongs to the outlet that links to it. */
  own: z.boolean(),
  /** The outlet of the domain, when the registry knows it. */
  outlet: z.string().nullable(),
  links: z.number().int().positive(),
  evidence: z.array(evidenceSchema),
});

/** A domain a body of text links to. */
export type CitedDomain = z.infer<typeof citedDomainSchema>;

/** Evaluative words in the narration of a body of text, counted and balanced. */
export const valenceScoreSchema = z.strictObject({
  positive: z.number().int().nonnegative(),
  negative: z.number().int().nonnegative(),
  narrationWords: z.number().int().nonnegative(),
  /** Evaluative words per 1,000 words of narration. */
  positivePerThousand: z.number().nonnegative(),
  negativePerThousand: z.number().nonnegative(),
  /** (positive − negative) / (positive + negative); null when there are none. */
  balance: z.number().min(-1).max(1).nullable(),
  /** Grows with the number of evaluative words seen: n / (n + 10). */
  confidence: z.number().min(0).max(1),
  evidence: z.array(evidenceSchema),
});

/** Evaluative words in the narration of a body of text. */
export type ValenceScore = z.infer<typeof valenceScoreSchema>;

/** The framing profile of a body of text: one article, or every article of an outlet. */
export const framingProfileSchema = z.strictObject({
  articles: z.array(kebabId),
  units: z.number().int().nonnegative(),
  narrationWords: z.number().int().nonnegative(),
  quoteWords: z.number().int().nonnegative(),
  themes: z.array(themeScoreSchema),
  facts: z.array(factScoreSchema),
  descriptors: z.array(descriptorScoreSchema),
  citedDomains: z.array(citedDomainSchema),
  valence: valenceScoreSchema,
});

/** The framing profile of a body of text. */
export type FramingProfile = z.infer<typeof framingProfileSchema>;

/** dist/data/framing.json. */
export const publishedFramingSchema = z.strictObject({
  story: z.strictObject({
    title: z.string(),
    start: z.string(),
    end: z.string(),
    place: z.string(),
    summary: z.string(),
  }),
  themes: z.array(themeSchema.pick({ id: true, label: true, dimension: true, description: true })),
  facts: z.array(factSchema.pick({ id: true, label: true, description: true })),
  method: z.strictObject({
    themeThreshold: z.number(),
    unattributedArticles: z.array(kebabId),
  }),
  outlets: z.array(framingProfileSchema.extend({ id: kebabId, name: z.string() })),
  articles: z.array(
    framingProfileSchema.extend({ id: kebabId, href: z.string(), outlet: outletRefSchema.nullable() }),
  ),
});

/** dist/data/framing.json. */
export type PublishedFraming = z.infer<typeof publishedFramingSchema>;
