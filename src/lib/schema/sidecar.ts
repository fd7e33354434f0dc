/**
 * The provenance sidecar `<source>.meta.yaml`: outlet, headline, URL and date of the
 * articles of one source file, by their position in it.
 */
import { z } from 'astro/zod';
import { isoDateSchema } from './fields.ts';
import { uniqueBy } from './unique.ts';

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

/** One entry of a `<source>.meta.yaml` sidecar. */
export type SidecarEntry = z.infer<typeof sidecarEntrySchema>;

/** A provenance sidecar: unknown keys are an error, article numbers are unique. */
export const sidecarSchema = z.strictObject({
  articles: z.array(sidecarEntrySchema).superRefine(
    uniqueBy((entry) => entry.article, {
      what: 'article',
      rule: 'keep one entry per article',
      path: ['article'],
    }),
  ),
});

/** A provenance sidecar. */
export type Sidecar = z.infer<typeof sidecarSchema>;
