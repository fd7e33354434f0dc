/**
 * The one contract. Every shape the ingest produces, the content collections load, the
 * pages render, the published JSON carries and the tests check is declared here once.
 */
import { z } from 'astro/zod';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (kebab-case)');

const domain = z
  .string()
  .regex(
    /^([a-z0-9-]+\.)+[a-z]{2,}$/,
    'use a lowercase host name such as "example.com", without scheme or path',
  )
  .refine((value) => !value.startsWith('www.'), 'leave out "www." (subdomains match automatically)');

const regexSource = z.string().refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid JavaScript regular expression');

/** Calendar date as YYYY-MM-DD that exists (no 2023-02-30). */
export const isoDateSchema = z.string().refine((value) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}, 'use a real calendar date written YYYY-MM-DD, e.g. 2023-03-22');

export const outletKinds = [
  'wire',
  'state news agency',
  'newspaper',
  'magazine',
  'public broadcaster',
  'commercial broadcaster',
  'state-funded broadcaster',
  'state broadcaster',
  'digital outlet',
] as const;

/** How an outlet is recognised in text that does not name it. */
export const fingerprintsSchema = z.strictObject({
  /** Phrases the outlet uses of its own reporting ("told CBS News"). */
  selfMentions: z.array(z.string().min(3)),
  /** Strings that open the outlet's own wire copy ("/TASS/", "(AP) —"). */
  datelines: z.array(z.string().min(3)),
  /** Regular expressions matching the outlet's site-relative hrefs. */
  relativeLinks: z.array(regexSource),
  /** True when the outlet's own copy links to itself site-relatively. */
  ownLinksRelative: z.boolean(),
});

/** One entry of content/outlets.yaml. */
export const outletSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  homepage: z.url({ protocol: /^https?$/ }),
  domains: z.array(domain).min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "GB"'),
  kind: z.enum(outletKinds),
  owner: z.string().min(1).nullable(),
  fingerprints: fingerprintsSchema,
  /** Wires and agencies that everybody links to: a link to them is weak evidence. */
  citedOften: z.boolean(),
});

/** The whole registry: ids and domains are unique. */
export const outletRegistrySchema = z.array(outletSchema).superRefine((outlets, ctx) => {
  const ids = new Map<string, number>();
  const domains = new Map<string, string>();
  outlets.forEach((outlet, index) => {
    const previous = ids.get(outlet.id);
    if (previous !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate outlet id "${outlet.id}" (also entry ${previous + 1}); ids must be unique`,
      });
    }
    ids.set(outlet.id, index);
    outlet.domains.forEach((name, domainIndex) => {
      const owner = domains.get(name);
      if (owner !== undefined && owner !== outlet.id) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'domains', domainIndex],
          message: `domain "${name}" is already listed for "${owner}"; a domain belongs to one outlet`,
        });
      }
      domains.set(name, outlet.id);
    });
  });
});

/** Voice categories of content/people.yaml: whose voice a quote carries (in display order). */
export const voiceCategories = [
  'chinese-official',
  'russian-official',
  'joint',
  'ukrainian-official',
  'western-official',
  'other-official',
  'analyst',
  'civilian',
  'document',
] as const;

/** One entry of content/people.yaml: a person, document or group that is quoted. */
export const personSchema = z.strictObject({
  id: kebabId,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  role: z.string().min(1),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "UA", or null')
    .nullable(),
  category: z.enum(voiceCategories),
  /** For documents and groups: the people behind them. */
  members: z.array(kebabId),
});

/** The people registry: ids unique, no alias naming two people, members known. */
export const peopleRegistrySchema = z.array(personSchema).superRefine((people, ctx) => {
  const ids = new Set(people.map((person) => person.id));
  const seenIds = new Set<string>();
  const names = new Map<string, string>();
  people.forEach((person, index) => {
    if (seenIds.has(person.id)) {
      ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate person id "${person.id}"` });
    }
    seenIds.add(person.id);
    for (const name of [person.name, ...person.aliases]) {
      const key = name.toLowerCase();
      const owner = names.get(key);
      if (owner !== undefined && owner !== person.id) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'aliases'],
          message: `"${name}" also names "${owner}"; an alias must name one person`,
        });
      }
      names.set(key, person.id);
    }
    person.members.forEach((member, memberIndex) => {
      if (!ids.has(member)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'members', memberIndex],
          message: `no person "${member}"`,
        });
      }
    });
  });
});

/** One entry of a `<source>.meta.yaml` sidecar. */
export const sidecarEntrySchema = z.strictObject({
  article: z.number().int().positive(),
  outlet: z.string().min(1).nullable().optional(),
  headline: z.string().min(1).nullable().optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  published: isoDateSchema.nullable().optional(),
  byline: z.string().min(1).nullable().optional(),
  section: z.string().min(1).nullable().optional(),
});

/** A provenance sidecar: unknown keys are an error, article numbers are unique. */
export const sidecarSchema = z.strictObject({
  articles: z.array(sidecarEntrySchema).superRefine((entries, ctx) => {
    const seen = new Map<number, number>();
    entries.forEach((entry, index) => {
      const previous = seen.get(entry.article);
      if (previous !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'article'],
          message: `article ${entry.article} is described twice (also entry ${previous + 1}); keep one entry per article`,
        });
      }
      seen.set(entry.article, index);
    });
  }),
});

/** Why a sentence is flagged as a fragment of the original article. */
export const fragmentReasons = [
  'starts-with-link',
  'starts-lowercase',
  'starts-inside-quote',
  'link-only',
  'no-end-punctuation',
] as const;

export const sentenceSchema = z.strictObject({
  /** Unique across the site; also the element id on the article page. */
  id: z.string(),
  markdown: z.string(),
  text: z.string(),
  /** Sanitised inline HTML of the sentence. */
  html: z.string(),
  fragment: z.boolean(),
  fragmentReasons: z.array(z.enum(fragmentReasons)),
});

export const linkSchema = z.strictObject({
  text: z.string(),
  /** The href exactly as written in the source. */
  href: z.string(),
  /** Host (without www.) the link points to; for site-relative links the outlet's, if known. */
  domain: z.string().nullable(),
  /** Absolute URL the page links to, or null when it cannot be known or is unsafe. */
  resolved: z.string().nullable(),
  relative: z.boolean(),
  /** The sentence holding the link, or the teaser's id (`<article>-teaser`). */
  sentenceId: z.string(),
});

export const quoteKinds = ['full', 'partial', 'scare'] as const;
/** How the collection cut a quote: its opening or its closing mark is missing. */
export const quoteCuts = ['unopened', 'unclosed'] as const;

export const speakerRefSchema = z.strictObject({
  id: kebabId,
  name: z.string(),
  /** null for a speaker found in the text but not in content/people.yaml. */
  category: z.enum(voiceCategories).nullable(),
  registered: z.boolean(),
});

/** One quotation: the text inside the marks, where it is, and who said it (with evidence). */
export const quoteSchema = z.strictObject({
  /** Unique across the site; also the element id of the quote on the article page. */
  id: z.string(),
  sentenceId: z.string(),
  /** Offsets of the quoted text in the sentence's plain text (end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
  kind: z.enum(quoteKinds),
  cut: z.enum(quoteCuts).nullable(),
  speaker: speakerRefSchema.nullable(),
  /** The attribution rule that fired, or null when none was sure. */
  rule: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  /** The words that gave the speaker away. */
  evidence: z.string().nullable(),
});

/** tests/fixtures/quotes-gold.yaml: hand-labelled quotes of one source, for `npm run eval`. */
export const quoteGoldSchema = z.strictObject({
  articles: z.array(
    z.strictObject({
      article: z.number().int().positive(),
      quotes: z.array(
        z.strictObject({
          text: z.string().min(1),
          kind: z.enum(quoteKinds),
          cut: z.enum(quoteCuts).nullable(),
          speaker: kebabId.nullable(),
        }),
      ),
    }),
  ),
});

/**
 * A lexicon phrase (content/story.yaml, themes.yaml, valence.yaml): plain words, not a
 * regular expression. A trailing `*` matches any word ending; see src/lib/analysis/lexicon.ts.
 */
export const phraseSchema = z
  .string()
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*\*?( [\p{L}\p{N}][\p{L}\p{N}'’.-]*\*?)*$/u,
    'write plain words separated by single spaces; only letters, digits, hyphens, apostrophes, dots and a `*` at the end of a word',
  );

/** Media Frames Corpus dimensions (Boydstun et al. 2014), each theme is mapped to one. */
export const frameDimensions = [
  'economic',
  'capacity-and-resources',
  'morality',
  'fairness-and-equality',
  'legality',
  'policy-prescription',
  'crime-and-punishment',
  'security-and-defense',
  'health-and-safety',
  'quality-of-life',
  'cultural-identity',
  'public-opinion',
  'political',
  'external-regulation-and-reputation',
  'other',
] as const;

/** Subjects a descriptor can describe, in display order. */
export const descriptorSubjects = ['xi', 'putin', 'leaders', 'relationship', 'visit'] as const;

/** A fact's match: a phrase, or phrases that must all occur in the same sentence. */
export const factMatchSchema = z.union([phraseSchema, z.array(phraseSchema).min(2)]);

/** One key fact of content/story.yaml, tracked across outlets. */
export const factSchema = z.strictObject({
  id: kebabId,
  label: z.string().min(1),
  description: z.string().min(1),
  match: z.array(factMatchSchema).min(1),
  exclude: z.array(phraseSchema),
});

/** content/story.yaml: the event, who descriptors describe, and the facts to track. */
export const storySchema = z
  .strictObject({
    title: z.string().min(1),
    start: isoDateSchema,
    end: isoDateSchema,
    place: z.string().min(1),
    summary: z.string().min(1),
    subjects: z.array(
      z.strictObject({
        id: z.enum(descriptorSubjects),
        label: z.string().min(1),
        /** How text names the subject; titles placed right before a name are descriptors. */
        names: z.array(phraseSchema),
      }),
    ),
    /** Head nouns of a title placed before a name ("Chinese leader Xi Jinping"). */
    titles: z.array(z.string().regex(/^[a-z]+$/, 'use one lowercase word, such as "leader"')).min(1),
    descriptors: z.array(
      z.strictObject({
        subject: z.enum(descriptorSubjects),
        phrases: z.array(phraseSchema).min(1),
      }),
    ),
    facts: z.array(factSchema).min(1),
  })
  .superRefine((story, ctx) => {
    if (story.end < story.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'the end date is before the start date' });
    }
    const subjects = new Set<string>();
    story.subjects.forEach((subject, index) => {
      if (subjects.has(subject.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['subjects', index, 'id'],
          message: `subject "${subject.id}" is listed twice`,
        });
      }
      subjects.add(subject.id);
    });
    for (const id of descriptorSubjects) {
      if (!subjects.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['subjects'], message: `subject "${id}" is missing` });
      }
    }
    const facts = new Set<string>();
    story.facts.forEach((fact, index) => {
      if (facts.has(fact.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['facts', index, 'id'],
          message: `duplicate fact id "${fact.id}"`,
        });
      }
      facts.add(fact.id);
    });
  });

/** One framing theme of content/themes.yaml: weighted phrases and exclusions. */
export const themeSchema = z.strictObject({
  id: kebabId,
  label: z.string().min(1),
  dimension: z.enum(frameDimensions),
  description: z.string().min(1),
  /** Phrase → weight: 1 shows the theme alone; a sentence needs 0.5 in all. */
  phrases: z
    .record(phraseSchema, z.number().gt(0).max(1))
    .refine((phrases) => Object.keys(phrases).length > 0, 'list at least one phrase'),
  /** Where one of these matches, a phrase match inside the same words does not count. */
  exclude: z.array(phraseSchema),
});

/** content/themes.yaml: ids unique. */
export const themesSchema = z
  .array(themeSchema)
  .min(1)
  .superRefine((themes, ctx) => {
    const seen = new Set<string>();
    themes.forEach((theme, index) => {
      if (seen.has(theme.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `duplicate theme id "${theme.id}"` });
      }
      seen.add(theme.id);
    });
  });

/** content/valence.yaml: evaluative words counted in an outlet's own narration. */
export const valenceLexiconSchema = z.strictObject({
  positive: z.array(phraseSchema).min(1),
  negative: z.array(phraseSchema).min(1),
});

/** Where in a text unit a match lies: the outlet's own words, or words inside quotation marks. */
export const wordsIn = ['narration', 'quote'] as const;

/** A lexicon phrase found in a text unit (a sentence or the teaser). */
export const phraseMatchSchema = z.strictObject({
  /** The lexicon entry that matched. */
  phrase: z.string(),
  /** The words of the text it matched. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  in: z.enum(wordsIn),
});

/** A theme found in one text unit, with the phrases behind it. */
export const themeTagSchema = z.strictObject({
  theme: kebabId,
  unitId: z.string(),
  /** Summed weight of the distinct phrases in the outlet's own words / inside quotes. */
  narrationWeight: z.number().nonnegative(),
  quoteWeight: z.number().nonnegative(),
  /** min(1, weight) of the stronger side. */
  confidence: z.number().min(0).max(1),
  matches: z.array(phraseMatchSchema).min(1),
});

export const factMentionSchema = z.strictObject({
  fact: kebabId,
  unitId: z.string(),
  /** 'quote' when the fact only appears inside quotation marks. */
  in: z.enum(wordsIn),
  confidence: z.number().min(0).max(1),
  matches: z.array(phraseMatchSchema).min(1),
});

/** Words an outlet used to label a subject ("Chinese leader", "no limits partnership"). */
export const descriptorSchema = z.strictObject({
  subject: z.enum(descriptorSubjects),
  /** Lowercase form used to compare outlets. */
  key: z.string(),
  text: z.string(),
  unitId: z.string(),
  in: z.enum(wordsIn),
  /** `lexicon`: a phrase of story.yaml; `title`: the words before a name ending in a title. */
  rule: z.enum(['lexicon', 'title']),
  confidence: z.number().min(0).max(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

export const valenceHitSchema = z.strictObject({
  polarity: z.enum(['positive', 'negative']),
  phrase: z.string(),
  text: z.string(),
  unitId: z.string(),
});

/** The framing analysis of one article: every label with the text unit behind it. */
export const articleFramingSchema = z.strictObject({
  /** Text units analysed: the teaser and every sentence. */
  units: z.number().int().nonnegative(),
  narrationWords: z.number().int().nonnegative(),
  quoteWords: z.number().int().nonnegative(),
  themes: z.array(themeTagSchema),
  facts: z.array(factMentionSchema),
  descriptors: z.array(descriptorSchema),
  /** Evaluative words in the outlet's own narration only. */
  valence: z.array(valenceHitSchema),
});

export const outletAttributionMethods = ['metadata', 'inferred', 'unattributed'] as const;

/** How the outlet of an article was decided, with the evidence behind it. */
export const outletAttributionSchema = z.strictObject({
  method: z.enum(outletAttributionMethods),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string()),
});

export const outletRefSchema = z.strictObject({
  id: kebabId,
  name: z.string(),
  /** False for an outlet named in a sidecar that has no registry entry. */
  registered: z.boolean(),
});

export const sourceRefSchema = z.strictObject({
  /** Path relative to the project root, with forward slashes. */
  file: z.string(),
  /** 1-based line of the teaser; the body is the next non-blank line. */
  line: z.number().int().positive(),
});

/** One article record: the unit the site is built from. */
export const articleSchema = z.strictObject({
  id: kebabId,
  href: z.string().regex(/^\/articles\/[a-z0-9-]+\/$/),
  /** 1-based position of the article within its source file. */
  position: z.number().int().positive(),
  source: sourceRefSchema,
  bodyLine: z.number().int().positive(),
  outlet: outletRefSchema.nullable(),
  attribution: outletAttributionSchema,
  headline: z.string().nullable(),
  teaser: z.string(),
  /** The teaser as plain text. */
  teaserText: z.string(),
  /** Sanitised inline HTML of the teaser. */
  teaserHtml: z.string(),
  /** The teaser ends in "..." or "…": it was cut by the collection. */
  teaserTruncated: z.boolean(),
  /** The body line exactly as in the source. */
  markdown: z.string(),
  /** The body as plain text: link text kept, link targets dropped. */
  text: z.string(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  byline: z.string().nullable(),
  section: z.string().nullable(),
  /** Where the provenance fields came from, if any sidecar described this article. */
  sidecar: sourceRefSchema.nullable(),
  /** Other places the same article appears (same teaser and body after normalising); shown once. */
  alsoIn: z.array(sourceRefSchema),
  links: z.array(linkSchema),
  sentences: z.array(sentenceSchema).min(1),
  quotes: z.array(quoteSchema),
  framing: articleFramingSchema,
});

/** An item of dist/data/articles.json: the record without rendered HTML. */
export const publishedArticleSchema = articleSchema.omit({ teaserHtml: true, framing: true }).extend({
  sentences: z.array(sentenceSchema.omit({ html: true })).min(1),
});

/** An item of dist/data/quotes.json. */
export const publishedQuoteSchema = quoteSchema.extend({
  articleId: kebabId,
  outlet: outletRefSchema.nullable(),
  /** The article page with the #id of the element holding the quote. */
  href: z.string().regex(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/),
});

/** A sentence (or teaser) behind a derived value, and the link to it on its article page. */
export const evidenceSchema = z.strictObject({
  sentenceId: z.string(),
  /** The article page with the #id of the sentence's element. */
  href: z.string().regex(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/),
  /** The words of the sentence that produced the value. */
  words: z.array(z.string()),
  in: z.enum(wordsIn),
});

/** A share of text units with its 95% Wilson interval. */
export const shareSchema = z.strictObject({
  units: z.number().int().nonnegative(),
  share: z.number().min(0).max(1),
  low: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
});

/** How much of a body of text touches one theme, in the outlet's own words and in quotes. */
export const themeScoreSchema = z.strictObject({
  theme: kebabId,
  narration: shareSchema,
  quote: shareSchema,
  /** Mean confidence of the tags behind the narration share; null when there are none. */
  confidence: z.number().min(0).max(1).nullable(),
  evidence: z.array(evidenceSchema),
});

export const factScoreSchema = z.strictObject({
  fact: kebabId,
  mentioned: z.boolean(),
  units: z.number().int().nonnegative(),
  /** False when the fact appears only inside quotation marks. */
  inNarration: z.boolean(),
  confidence: z.number().min(0).max(1).nullable(),
  evidence: z.array(evidenceSchema),
});

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

export const citedDomainSchema = z.strictObject({
  domain: z.string(),
  /** The domain belongs to the outlet that links to it. */
  own: z.boolean(),
  /** The outlet of the domain, when the registry knows it. */
  outlet: z.string().nullable(),
  links: z.number().int().positive(),
  evidence: z.array(evidenceSchema),
});

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

/** tests/fixtures/framing-gold.yaml: sentences labelled by meaning, blind to the lexicons. */
export const framingGoldSchema = z.strictObject({
  sentences: z.array(
    z.strictObject({
      text: z.string().min(1),
      style: z.string(),
      themes: z.array(kebabId),
      facts: z.array(kebabId),
      hard: z.boolean(),
    }),
  ),
});

export type Outlet = z.infer<typeof outletSchema>;
export type PublishedQuote = z.infer<typeof publishedQuoteSchema>;
export type Person = z.infer<typeof personSchema>;
export type VoiceCategory = (typeof voiceCategories)[number];
export type Quote = z.infer<typeof quoteSchema>;
export type QuoteKind = (typeof quoteKinds)[number];
export type SpeakerRef = z.infer<typeof speakerRefSchema>;
export type QuoteGold = z.infer<typeof quoteGoldSchema>;
export type Fingerprints = z.infer<typeof fingerprintsSchema>;
export type SidecarEntry = z.infer<typeof sidecarEntrySchema>;
export type Sidecar = z.infer<typeof sidecarSchema>;
export type Sentence = z.infer<typeof sentenceSchema>;
export type FragmentReason = (typeof fragmentReasons)[number];
export type Link = z.infer<typeof linkSchema>;
export type OutletAttribution = z.infer<typeof outletAttributionSchema>;
export type OutletRef = z.infer<typeof outletRefSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Article = z.infer<typeof articleSchema>;
export type PublishedArticle = z.infer<typeof publishedArticleSchema>;
export type Story = z.infer<typeof storySchema>;
export type Fact = z.infer<typeof factSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type ValenceLexicon = z.infer<typeof valenceLexiconSchema>;
export type DescriptorSubject = (typeof descriptorSubjects)[number];
export type FrameDimension = (typeof frameDimensions)[number];
export type WordsIn = (typeof wordsIn)[number];
export type PhraseMatch = z.infer<typeof phraseMatchSchema>;
export type ThemeTag = z.infer<typeof themeTagSchema>;
export type FactMention = z.infer<typeof factMentionSchema>;
export type Descriptor = z.infer<typeof descriptorSchema>;
export type ValenceHit = z.infer<typeof valenceHitSchema>;
export type ArticleFraming = z.infer<typeof articleFramingSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Share = z.infer<typeof shareSchema>;
export type ThemeScore = z.infer<typeof themeScoreSchema>;
export type FactScore = z.infer<typeof factScoreSchema>;
export type DescriptorScore = z.infer<typeof descriptorScoreSchema>;
export type CitedDomain = z.infer<typeof citedDomainSchema>;
export type ValenceScore = z.infer<typeof valenceScoreSchema>;
export type FramingProfile = z.infer<typeof framingProfileSchema>;
export type PublishedFraming = z.infer<typeof publishedFramingSchema>;
export type FramingGold = z.infer<typeof framingGoldSchema>;
