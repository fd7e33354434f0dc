/**
 * The article record the ingest makes of each teaser and body: its sentences, links,
 * quotes, framing labels, and where its outlet and text came from.
 */
import { z } from 'astro/zod';
import { kebabId } from './fields.ts';
import { articleFramingSchema } from './article-framing.ts';
import { voiceCategories } from './registries.ts';

/** The voice category of a speaker the people registry does not know (yet). */
export const UNKNOWN_VOICE = 'unknown';

/** A speaker's voice category: the registry's, or "unknown" for a name found in the text. */
export type SpeakerCategory = (typeof voiceCategories)[number] | typeof UNKNOWN_VOICE;

/** Why a sentence is flagged as a fragment of the original article. */
export const fragmentReasons = [
  'starts-with-link',
  'starts-lowercase',
  'starts-inside-quote',
  'link-only',
  'no-end-punctuation',
] as const;

/** Why a sentence is flagged as a fragment. */
export type FragmentReason = (typeof fragmentReasons)[number];

/** One sentence of an article body, as markdown, plain text and sanitised HTML. */
export const sentenceSchema = z.strictObject({
  /** Unique across the site; also the element id on the article page. */
  id: z.string(),
  markdown: z.string(),
  text: z.string(),
  /** Sanitised inline HTML of the sentence. */
  html: z.string(),
  fragment: z.boolean(),
  fragmentReasons: z.array(z.enum(fragmentReasons)),
  /** The paragraph it stands in, from 0 (a source of excerpts is one paragraph). */
  paragraph: z.number().int().nonnegative(),
});

/** One sentence of an article body. */
export type Sentence = z.infer<typeof sentenceSchema>;

/** A link in a teaser or sentence, with where it points. */
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

/** A link in a teaser or sentence. */
export type Link = z.infer<typeof linkSchema>;

/** Kinds of quotation: a full statement, a few words, or scare quotes. */
export const quoteKinds = ['full', 'partial', 'scare'] as const;

/** A kind of quotation. */
export type QuoteKind = (typeof quoteKinds)[number];

/**
 * Which marks of a quote its sentence lacks: the opening or the closing mark (cut by the
 * collection, or the quotation runs on into the next sentence), or both (a sentence in
 * the middle of a quotation that runs over several).
 */
export const quoteCuts = ['unopened', 'unclosed', 'unmarked'] as const;

/** Which mark of a quote the collection cut. */
export type QuoteCut = (typeof quoteCuts)[number];

/** The speaker a quote is attributed to, registered in content/people.yaml or not. */
export const speakerRefSchema = z.strictObject({
  id: kebabId,
  name: z.string(),
  /** "unknown" for a speaker found in the text but not in content/people.yaml, until a person adds them. */
  category: z.enum([...voiceCategories, UNKNOWN_VOICE]),
  registered: z.boolean(),
});

/** The speaker a quote is attributed to. */
export type SpeakerRef = z.infer<typeof speakerRefSchema>;

/** How he or she was resolved to a person (README → Quotes). */
export const pronounRules = [
  'pronoun-named-in-sentence',
  'pronoun-named-in-previous-sentence',
  'pronoun-recent-speaker',
  'pronoun-named-in-teaser',
] as const;

/** The rules that can name a quote's speaker (src/lib/analysis/speaker-rules.ts, README → Quotes). */
export const speakerRules = [
  'label',
  'signature',
  'speaker-after',
  'speaker-after-pronoun-named-in-sentence',
  'speaker-after-pronoun-named-in-previous-sentence',
  'speaker-after-pronoun-recent-speaker',
  'speaker-after-pronoun-named-in-teaser',
  'speaker-before',
  'speaker-before-pronoun-named-in-sentence',
  'speaker-before-pronoun-named-in-previous-sentence',
  'speaker-before-pronoun-recent-speaker',
  'speaker-before-pronoun-named-in-teaser',
  'document',
  'both-leaders',
  'according-to',
  'continues-previous-speaker',
  'continues-previous-quote',
  'continued-in-next-sentence',
  'clause-subject',
  'clause-subject-pronoun-named-in-sentence',
  'clause-subject-pronoun-named-in-previous-sentence',
  'clause-subject-pronoun-recent-speaker',
  'clause-subject-pronoun-named-in-teaser',
  'sentence-end',
  'sentence-end-pronoun-named-in-sentence',
  'sentence-end-pronoun-named-in-previous-sentence',
  'sentence-end-pronoun-recent-speaker',
  'sentence-end-pronoun-named-in-teaser',
  'ranked-mention',
] as const;

/** How a pronoun was resolved. */
export type PronounRule = (typeof pronounRules)[number];
/** The rule that named a quote's speaker. */
export type SpeakerRuleName = (typeof speakerRules)[number];

/** The stretch of one sentence a quotation covers: offsets in its plain text, end exclusive. */
export const quotePartSchema = z.strictObject({
  sentenceId: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});

/** One quotation: the text inside the marks, where it is, and who said it (with evidence). */
export const quoteSchema = z.strictObject({
  /** Unique across the site; also the element id of the quote on the article page (its first words). */
  id: z.string(),
  /** Where its first words stand: the first of `parts`. */
  sentenceId: z.string(),
  /** Offsets of the quoted text in that sentence's plain text (end exclusive). */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  /**
   * Every sentence the quotation covers, in order: one for most quotes, several for a
   * quotation over sentences or paragraphs (“A. B. C,” she said). Each is marked on the page.
   */
  parts: z.array(quotePartSchema).min(1),
  /** The words of all its parts, joined by a space. */
  text: z.string().min(1),
  kind: z.enum(quoteKinds),
  cut: z.enum(quoteCuts).nullable(),
  speaker: speakerRefSchema.nullable(),
  /** The attribution rule that fired, or null when none was sure. */
  rule: z.enum(speakerRules).nullable(),
  confidence: z.number().min(0).max(1),
  /** The words that gave the speaker away. */
  evidence: z.string().nullable(),
});

/** One quotation. */
export type Quote = z.infer<typeof quoteSchema>;

/** How an article's outlet was decided: from a sidecar, inferred from the text, or not at all. */
export const outletAttributionMethods = ['metadata', 'inferred', 'unattributed'] as const;

/** How the outlet of an article was decided, with the evidence behind it. */
export const outletAttributionSchema = z.strictObject({
  method: z.enum(outletAttributionMethods),
  confidence: z.number().min(0).max(1),
  evidence: z.array(z.string()),
});

/** How the outlet of an article was decided. */
export type OutletAttribution = z.infer<typeof outletAttributionSchema>;

/** The outlet of an article, as the article record names it. */
export const outletRefSchema = z.strictObject({
  id: kebabId,
  name: z.string(),
  /** False for an outlet named in a sidecar that has no registry entry. */
  registered: z.boolean(),
});

/** The outlet of an article. */
export type OutletRef = z.infer<typeof outletRefSchema>;

/** A place in an input file: the file and the line. */
export const sourceRefSchema = z.strictObject({
  /** Path relative to the project root, with forward slashes. */
  file: z.string(),
  /** 1-based line of the teaser; the body is the next non-blank line. */
  line: z.number().int().positive(),
});

/** A place in an input file. */
export type SourceRef = z.infer<typeof sourceRefSchema>;

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
  /** A news agency whose copy the outlet republishes (Reuters, AP, AFP), from the page's metadata. */
  wire: z.string().nullable(),
  /** Where the provenance fields came from: a sidecar, or an imported article's front matter. */
  sidecar: sourceRefSchema.nullable(),
  /** Other places the same article appears (same teaser and body after normalising); shown once. */
  alsoIn: z.array(sourceRefSchema),
  links: z.array(linkSchema),
  sentences: z.array(sentenceSchema).min(1),
  quotes: z.array(quoteSchema),
  framing: articleFramingSchema,
});

/** One article record. */
export type Article = z.infer<typeof articleSchema>;
