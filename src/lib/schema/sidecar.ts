/**
 * The provenance sidecar `<source>.meta.yaml`: outlet, headline, URL and date of the
 * articles of one source file, by their position in it.
 */
import { z } from 'astro/zod';
import { isoDateSchema } from './fields.ts';

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

/** A provenance sidecar. */
export type Sidecar = z.infer<typeof sidecarSchema>;
