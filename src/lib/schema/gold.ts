/**
 * Hand-labelled gold sets that `npm run eval` scores the quote attribution and the framing
 * lexicons against: ours under tests/fixtures/, and PolNeAR's in ../shared/corpora/polnear.
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
      /** A sentence of an article body, or a teaser or headline (the second blind set). */
      kind: z.enum(['sentence', 'teaser']).optional(),
      themes: z.array(kebabId),
      facts: z.array(kebabId),
      /** Facts the sentence says were absent ("weapons were not raised"): tagging them is wrong. */
      absent: z.array(kebabId).optional(),
      hard: z.boolean(),
    }),
  ),
});

/** tests/fixtures/framing-gold.yaml. */
export type FramingGold = z.infer<typeof framingGoldSchema>;

/** One labelled unit of an article of the article-level framing gold set. */
const framingGoldUnitSchema = z.strictObject({
  text: z.string().min(1),
  /** Facts the unit refers to in any wording, read in the context of the article so far. */
  facts: z.array(kebabId),
  /** Whether one of those facts is expressed only by a reference back ("the plan"). */
  refers: z.boolean(),
  /** Facts the unit says were absent: tagging them is wrong. */
  absent: z.array(kebabId),
});

/**
 * tests/fixtures/framing-gold-articles.yaml: whole short articles, each unit labelled by
 * meaning in the context of the sentences before it, blind to the lexicons, for the
 * references back to a fact ("the plan") that a sentence alone cannot show.
 */
export const framingArticlesGoldSchema = z.strictObject({
  articles: z.array(
    z.strictObject({
      style: z.string(),
      teaser: framingGoldUnitSchema,
      sentences: z.array(framingGoldUnitSchema).min(1),
    }),
  ),
});

/** tests/fixtures/framing-gold-articles.yaml. */
export type FramingArticlesGold = z.infer<typeof framingArticlesGoldSchema>;

/**
 * tests/fixtures/framing-gold-seed-a.yaml and -b.yaml: the seed's real articles (content/), every
 * unit labelled by meaning with its themes and facts in the context of the units before it,
 * by each of two people blind to the lexicons, the model and each other.
 */
export const framingUnitsGoldSchema = z.strictObject({
  articles: z.array(
    z.strictObject({
      /** The article's id in the build. */
      article: z.string().min(1),
      outlet: z.string().nullable(),
      units: z
        .array(
          z.strictObject({
            /** The unit's id in the build: `<article>-headline`, `<article>-teaser`, `<article>-s<n>`. */
            id: z.string().min(1),
            text: z.string().min(1),
            themes: z.array(kebabId),
            facts: z.array(kebabId),
            /** Facts the unit says were absent: tagging them is wrong. */
            absent: z.array(kebabId),
          }),
        )
        .min(1),
    }),
  ),
});

/** tests/fixtures/framing-gold-seed-a.yaml. */
export type FramingUnitsGold = z.infer<typeof framingUnitsGoldSchema>;

/**
 * `<split>.gold.json` of the PolNeAR corpus in our source format (../shared/corpora/polnear):
 * each article's publisher and wire, and each quoted span of an annotated attribution with
 * its Source and Cue as written. Scored by `npm run eval` (scripts/lib/polnear.ts).
 */
export const polnearGoldSchema = z.strictObject({
  /** The source file these labels describe, e.g. "polnear-dev.txt". */
  source: z.string(),
  articles: z.array(
    z.strictObject({
      /** Position in the source file: article n is lines 2n-1 and 2n. */
      article: z.number().int().positive(),
      /** The corpus's own name for the article. */
      file: z.string(),
      /** The corpus's publisher key: breitbart, huff-post, nyt, politico, usa-today, wash-post, west-journal. */
      publisher: z.string().min(1),
      /** The wire the copy came from (AP, AFP, Reuters, reuters, UPI), or "None" / "NA". */
      wire: z.string(),
      author: z.string(),
      title: z.string(),
      date: z.string(),
    }),
  ),
  quotes: z.array(
    z.strictObject({
      article: z.number().int().positive(),
      /** What is inside the quotation marks, whitespace collapsed; empty for a bare `""` (one in train). */
      text: z.string(),
      /** The annotated Source span as written ("Sen. Ben Sasse (R-Neb.)", "he", "the report"); may be empty. */
      source: z.string(),
      /** The annotated Cue span ("said", "told reporters", "according to"). */
      cue: z.string(),
      publisher: z.string(),
    }),
  ),
});

/** A PolNeAR gold file. */
export type PolnearGold = z.infer<typeof polnearGoldSchema>;

/**
 * tests/fixtures/search-relevance.yaml: searches a reader would type and the results that
 * must come first, decided from the sources, for the relevance test of the search page.
 */
export const searchRelevanceSchema = z.strictObject({
  searches: z.array(
    z.strictObject({
      query: z.string().min(1),
      /** Searches quotes or articles only, as the `type` filter does. */
      type: z.enum(['article', 'quote']).optional(),
      /** Why these results: the words of the sources that decide it. */
      why: z.string().min(1),
      /** The results that must come first, in any order among themselves: page or quote addresses. */
      top: z.array(z.string().startsWith('/')),
      /** No result but those of `top`. */
      only: z.boolean().default(false),
    }),
  ),
});

/** tests/fixtures/search-relevance.yaml. */
export type SearchRelevance = z.infer<typeof searchRelevanceSchema>;
