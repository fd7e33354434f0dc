/**
 * content/theme-model.json: the framing decisions learned from labelled sentences
 * (`npm run train-themes`). Per theme, a logistic model over what the themes.yaml lexicon
 * found and over the words (lemmas) of the sentence (src/lib/analysis/theme-model.ts); per
 * key fact, one over the words alone (fact-model.ts).
 */
import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/** The lexicon's findings a theme's model weighs, in this order (see lexiconFeatures). */
export const lexiconFeatureNames = ['score', 'reaches', 'fact', 'other', 'share'] as const;

export const themeWeightsSchema = z.strictObject({
  bias: z.number(),
  lexicon: z.array(z.number()).length(lexiconFeatureNames.length),
  /** Weight of each word (a lowercase lemma) the training sentences used at least twice. */
  words: z.record(z.string().min(1), z.number()),
});

/** One theme's learned weights. */
export type ThemeWeights = z.infer<typeof themeWeightsSchema>;

export const factWeightsSchema = z.strictObject({
  bias: z.number(),
  /**
   * Whether the lexicon's find of the fact in a unit is right: a model of the words alone,
   * trained on the sentences where the lexicon found the fact. Absent where it found it in none.
   */
  confirm: z.strictObject({ bias: z.number(), words: z.record(z.string().min(1), z.number()) }).optional(),
  /** Weight of each word (a lowercase lemma) the training sentences used at least twice. */
  words: z.record(z.string().min(1), z.number()),
});

/** One key fact's learned weights: a model of the sentence's words alone. */
export type FactWeights = z.infer<typeof factWeightsSchema>;

export const themeModelSchema = z.strictObject({
  /** What the model was trained with: a model trained with other lexicons is out of date. */
  trainedWith: z.strictObject({
    /** sha256 of content/themes.yaml and content/story.yaml as they were. */
    themesSha256: z.string().regex(/^[0-9a-f]{64}$/),
    storySha256: z.string().regex(/^[0-9a-f]{64}$/),
    files: z.array(z.string()).min(1),
    sentences: z.number().int().positive(),
  }),
  themes: z.record(kebabId, themeWeightsSchema),
  /** Per key fact of story.yaml: the facts a sentence reports in words the lexicon has no phrase for. */
  facts: z.record(kebabId, factWeightsSchema),
});

/** content/theme-model.json. */
export type ThemeModel = z.infer<typeof themeModelSchema>;
