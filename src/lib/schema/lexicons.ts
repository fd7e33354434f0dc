/**
 * The story lexicons: content/story.yaml (the event, descriptor subjects, key facts),
 * content/themes.yaml (framing themes) and content/valence.yaml (evaluative words).
 */
import { z } from 'astro/zod';
import { isoDateSchema, kebabId } from './fields.ts';
import { voiceCategories } from './registries.ts';
import { uniqueBy } from './unique.ts';

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

/** A Media Frames Corpus dimension. */
export type FrameDimension = (typeof frameDimensions)[number];

/** Subjects a descriptor can describe, in display order. */
export const descriptorSubjects = ['xi', 'putin', 'leaders', 'relationship', 'visit'] as const;

/** A subject a descriptor can describe. */
export type DescriptorSubject = (typeof descriptorSubjects)[number];

/** A fact's match: a phrase, or phrases that must all occur in the same sentence. */
export const factMatchSchema = z.union([phraseSchema, z.array(phraseSchema).min(2)]);

/** One key fact of content/story.yaml, tracked across outlets. */
export const factSchema = z.strictObject({
  id: kebabId,
  label: z.string().min(1),
  description: z.string().min(1),
  match: z.array(factMatchSchema).min(1),
  exclude: z.array(phraseSchema),
  /**
   * Definite references that stand for the fact once the article has named it ("the plan",
   * "the warrant"): they count for it at a lower confidence, with the naming sentence as
   * evidence. Optional.
   */
  refer: z.array(phraseSchema).optional(),
  /**
   * Themes (ids of content/themes.yaml) a unit reporting the fact touches: China's position
   * paper is the peace plan theme whatever words name it. Optional.
   */
  themes: z.array(kebabId).optional(),
  /**
   * Speakers whose quoted words in a unit report the fact, by their content/people.yaml
   * `country` and `category`: a US official quoted on the visit is Washington's reaction
   * whether or not the sentence names him ("He added: …" after John Kirby). Optional.
   */
  quotedBy: z
    .array(
      z.strictObject({
        country: z.string().regex(/^[A-Z]{2}$/, 'use an ISO 3166-1 alpha-2 code such as "US"'),
        category: z.enum(voiceCategories),
      }),
    )
    .min(1)
    .optional(),
});

/** One key fact of content/story.yaml. */
export type Fact = z.infer<typeof factSchema>;

/**
 * Whether a speaker (a person of content/people.yaml, or a quote's speaker with his country)
 * is one of a fact's `quotedBy`: the same country and category as one of them.
 */
export function quotedByFits(
  quotedBy: NonNullable<Fact['quotedBy']>,
  speaker: { country: string | null; category: string },
): boolean {
  return quotedBy.some((by) => by.country === speaker.country && by.category === speaker.category);
}

/** content/story.yaml: the event, who descriptors describe, and the facts to track. */
export const storySchema = z
  .strictObject({
    title: z.string().min(1),
    start: isoDateSchema,
    end: isoDateSchema,
    place: z.string().min(1),
    summary: z.string().min(1),
    subjects: z
      .array(
        z.strictObject({
          id: z.enum(descriptorSubjects),
          label: z.string().min(1),
          /** How text names the subject; titles placed right before a name are descriptors. */
          names: z.array(phraseSchema),
        }),
      )
      .superRefine(
        uniqueBy((subject) => subject.id, { what: 'subject', rule: 'list each subject once', path: ['id'] }),
      ),
    /** Head nouns of a title placed before a name ("Chinese leader Xi Jinping"). */
    titles: z.array(z.string().regex(/^[a-z]+$/, 'use one lowercase word, such as "leader"')).min(1),
    descriptors: z.array(
      z.strictObject({
        subject: z.enum(descriptorSubjects),
        phrases: z.array(phraseSchema).min(1),
      }),
    ),
    facts: z
      .array(factSchema)
      .min(1)
      .superRefine(
        uniqueBy((fact) => fact.id, { what: 'fact id', rule: 'ids must be unique', path: ['id'] }),
      ),
  })
  .superRefine((story, ctx) => {
    if (story.end < story.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'the end date is before the start date' });
    }
    const subjects = new Set<string>(story.subjects.map((subject) => subject.id));
    for (const id of descriptorSubjects) {
      if (!subjects.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['subjects'], message: `subject "${id}" is missing` });
      }
    }
  });

/** content/story.yaml. */
export type Story = z.infer<typeof storySchema>;

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
  /**
   * Themes (ids of the same file) that take this one's place: a unit touching one of them
   * does not touch this theme. Optional.
   */
  yieldsTo: z.array(kebabId).optional(),
});

/** One framing theme of content/themes.yaml. */
export type Theme = z.infer<typeof themeSchema>;

/** content/themes.yaml: ids unique, and a theme yields only to other themes of the file. */
export const themesSchema = z
  .array(themeSchema)
  .min(1)
  .superRefine(uniqueBy((theme) => theme.id, { what: 'theme id', rule: 'ids must be unique', path: ['id'] }))
  .superRefine((themes, ctx) => {
    const ids = new Set(themes.map((theme) => theme.id));
    themes.forEach((theme, index) => {
      (theme.yieldsTo ?? []).forEach((id, at) => {
        if (!ids.has(id) || id === theme.id) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'yieldsTo', at],
            message: `"${id}" is not another theme of this file`,
          });
        }
      });
    });
  });

/** content/valence.yaml: evaluative words counted in an outlet's own narration. */
export const valenceLexiconSchema = z.strictObject({
  positive: z.array(phraseSchema).min(1),
  negative: z.array(phraseSchema).min(1),
});

/** content/valence.yaml. */
export type ValenceLexicon = z.infer<typeof valenceLexiconSchema>;
