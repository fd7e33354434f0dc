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

export const attributionMethods = ['metadata', 'inferred', 'unattributed'] as const;

/** How the outlet of an article was decided, with the evidence behind it. */
export const attributionSchema = z.strictObject({
  method: z.enum(attributionMethods),
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
  attribution: attributionSchema,
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
  links: z.array(linkSchema),
  sentences: z.array(sentenceSchema).min(1),
  quotes: z.array(quoteSchema),
});

/** An item of dist/data/articles.json: the record without rendered HTML. */
export const publishedArticleSchema = articleSchema.omit({ teaserHtml: true }).extend({
  sentences: z.array(sentenceSchema.omit({ html: true })).min(1),
});

/** An item of dist/data/quotes.json. */
export const publishedQuoteSchema = quoteSchema.extend({
  articleId: kebabId,
  outlet: outletRefSchema.nullable(),
  /** The article page with the #id of the element holding the quote. */
  href: z.string().regex(/^\/articles\/[a-z0-9-]+\/#[a-z0-9-]+$/),
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
export type Attribution = z.infer<typeof attributionSchema>;
export type OutletRef = z.infer<typeof outletRefSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Article = z.infer<typeof articleSchema>;
export type PublishedArticle = z.infer<typeof publishedArticleSchema>;
