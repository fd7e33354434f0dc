/**
 * Hand-labelled gold sets under tests/fixtures/ that `npm run eval` scores the quote
 * attribution and the framing lexicons against.
 */
import { z } from 'astro/zod';
import { quoteCuts, quoteKinds } from './article.ts';
import { kebabId } from './fields.ts';

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

/** tests/fixtures/quotes-gold.yaml. */
export type QuoteGold = z.infer<typeof quoteGoldSchema>;

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

/** tests/fixtures/framing-gold.yaml. */
export type FramingGold = z.infer<typeof framingGoldSchema>;
