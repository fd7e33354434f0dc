/**
 * The framing labels of one article: themes, key facts, descriptors and evaluative words
 * found in its text units (the teaser and each sentence), each with the words behind it.
 */
import { z } from 'astro/zod';
import { kebabId } from './fields.ts';
import { descriptorSubjects } from './lexicons.ts';

/** Where in a text unit a match lies: the outlet's own words, or words inside quotation marks. */
export const wordsIn = ['narration', 'quote'] as const;

/** Where in a text unit a match lies. */
export type WordsIn = (typeof wordsIn)[number];

/** A lexicon phrase found in a text unit (a sentence or the teaser). */
export const phraseMatchSchema = z.strictObject({
  /** The lexicon entry that matched. */
  phrase: z.string(),
  /** The words of the text it matched. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  in: z.enum(wordsIn),
  /** A word the theme model learned to weigh (content/theme-model.json), not a lexicon phrase. */
  learned: z.literal(true).optional(),
});

/** A lexicon phrase found in a text unit. */
export type PhraseMatch = z.infer<typeof phraseMatchSchema>;

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
  /** Key facts the unit reports that belong to the theme (story.yaml `themes`), counted with its phrases. */
  facts: z.array(kebabId).optional(),
});

/** A theme found in one text unit. */
export type ThemeTag = z.infer<typeof themeTagSchema>;

/** A key fact found in one text unit, with the phrases behind it. */
export const factMentionSchema = z.strictObject({
  fact: kebabId,
  unitId: z.string(),
  /** 'quote' when the fact only appears inside quotation marks. */
  in: z.enum(wordsIn),
  confidence: z.number().min(0).max(1),
  matches: z.array(phraseMatchSchema).min(1),
  /**
   * For a reference back to the fact ("the plan", after a sentence named China's position
   * paper): the unit that named it. Absent for a direct mention.
   */
  antecedent: z.string().optional(),
  /**
   * For a fact the unit reports through whom it quotes (story.yaml `quotedBy`): the speakers'
   * ids in content/people.yaml, in the order of their words; the matches are the quoted words.
   * Absent otherwise.
   */
  speakers: z.array(kebabId).min(1).optional(),
});

/** A key fact found in one text unit. */
export type FactMention = z.infer<typeof factMentionSchema>;

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

/** Words an outlet used to label a subject. */
export type Descriptor = z.infer<typeof descriptorSchema>;

/** An evaluative word of content/valence.yaml found in the outlet's own narration. */
export const valenceHitSchema = z.strictObject({
  polarity: z.enum(['positive', 'negative']),
  phrase: z.string(),
  text: z.string(),
  unitId: z.string(),
});

/** An evaluative word found in narration. */
export type ValenceHit = z.infer<typeof valenceHitSchema>;

/** The framing analysis of one article: every label with the text unit behind it. */
export const articleFramingSchema = z.strictObject({
  /** Text units analysed: the teaser and every sentence. */
  units: z.number().int().nonnegative(),
  narrationWords: z.number().int().nonnegative(),
  quoteWords: z.number().int().nonnegative(),
  themes: z.array(themeTagSchema),
  facts: z.array(factMentionSchema),
  /** Facts a unit says were left out ("Taiwan was not discussed"): not reported, noted absent. */
  absentFacts: z.array(factMentionSchema),
  descriptors: z.array(descriptorSchema),
  /** Evaluative words in the outlet's own narration only. */
  valence: z.array(valenceHitSchema),
});

/** The framing analysis of one article. */
export type ArticleFraming = z.infer<typeof articleFramingSchema>;
