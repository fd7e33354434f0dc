/**
 * An article imported from a web page, a Markdown file or a batch export, as stored in
 * `content/articles/<outlet-id>/<slug>.md`: YAML front matter with its metadata, then its
 * paragraphs (inline Markdown, links kept), separated by blank lines.
 */
import { z } from 'astro/zod';
import { isoDateSchema } from './fields.ts';

const text = z.string().trim().min(1);

/** The front matter of a stored article. Unknown keys are an error. */
export const articleFrontMatterSchema = z.strictObject({
  headline: text,
  /** The publisher as the page names it (og:site_name, the JSON-LD publisher), or the canonical host. */
  outlet: text.nullable().optional(),
  /** The canonical address of the article. */
  url: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
  published: isoDateSchema.nullable().optional(),
  byline: text.nullable().optional(),
  section: text.nullable().optional(),
  /** A news agency whose copy the page republishes (Reuters, AP, AFP), from its byline or dateline. */
  wire: text.nullable().optional(),
  /** The page's standfirst or description; the headline stands in when there is none. */
  teaser: text.nullable().optional(),
  /** Where each field came from, as a reader can check it: `outlet: og:site_name = "DW"`. */
  evidence: z.array(text).optional(),
});

/** The front matter of a stored article. */
export type ArticleFrontMatter = z.infer<typeof articleFrontMatterSchema>;

/** An imported article: its metadata and its paragraphs of inline Markdown. */
export interface ImportedArticle {
  frontMatter: ArticleFrontMatter;
  paragraphs: string[];
}
