/**
 * One article record from one teaser+body pair of a source: its ids and sentences, its
 * outlet, links, quotes, rendered HTML and framing, validated against the schema.
 */
import {
  emptyFraming,
  extractQuotes,
  inferOutlet,
  unvalidatedFraming,
  type FramingLexicons,
  type SpeakerSpan,
} from '../analysis/index.ts';
import { slugify } from '../ids.ts';
import {
  extractLinks,
  hostOf,
  isSiteRelative,
  parseArticleMarkdown,
  resolveHref,
  toPlainText,
  type InlineLink,
} from '../input/markdown.ts';
import type { InlineRenderer } from '../input/render.ts';
import {
  detectFragmentReasons,
  isCutByCollection,
  splitSentences,
  type SentenceSpan,
} from '../input/sentences.ts';
import type { RawArticle } from '../input/source.ts';
import type { Problem } from '../problems.ts';
import {
  articleSchema,
  type Article,
  type Link,
  type Outlet,
  type OutletAttribution,
  type OutletRef,
  type FragmentReason,
  type Person,
  type Quote,
  type Sentence,
} from '../schema/index.ts';
import { decideOutlet, type SidecarContext } from './sidecars.ts';

/** What building an article needs besides the article: registries, lexicons, renderer, and where warnings go. */
export interface ArticleContext {
  registry: readonly Outlet[];
  people: readonly Person[];
  /** Null when the lexicons are invalid: the ingest fails then, but still reports all problems. */
  lexicons: FramingLexicons | null;
  renderer: InlineRenderer;
  warnings: Problem[];
}

/** An article as it stands in its source file, with its sidecar entry if there is one. */
export interface SourcedArticle {
  file: string;
  raw: RawArticle;
  sidecar: SidecarContext | undefined;
}

/** The texts of an article under their ids, with the links found in them. */
interface ArticleText {
  id: string;
  teaserId: string;
  teaserText: string;
  spans: SentenceSpan[];
  /** The paragraph of each sentence, from 0. */
  paragraphs: number[];
  sentenceIds: string[];
  sentenceTexts: string[];
  /** Why each sentence reads as a fragment the collection cut (empty when it does not). */
  fragmentReasons: FragmentReason[][];
  rawLinks: (InlineLink & { sentenceId: string })[];
}

/**
 * What a file's article ids start with: `content/sources/xi.txt` → `xi`, and for an
 * imported article its path under content/articles, `content/articles/dw/xi-visit.md` →
 * `dw/xi-visit` (slugified by the caller).
 */
export function stemOf(file: string): string {
  const imported = /(?:^|\/)articles\/(.+)\.md$/.exec(file);
  if (imported) return imported[1]!;
  return (file.split('/').at(-1) ?? file).replace(/\.txt$/, '');
}

/** Splits a body into sentences, never across a paragraph break, with each one's paragraph. */
function splitParagraphs(raw: RawArticle): { spans: SentenceSpan[]; paragraphs: number[] } {
  const starts = [0, ...(raw.paragraphStarts ?? []), raw.body.length];
  const spans: SentenceSpan[] = [];
  const paragraphs: number[] = [];
  for (let index = 0; index < starts.length - 1; index++) {
    const [from, to] = [starts[index]!, starts[index + 1]!];
    for (const span of splitSentences(raw.body.slice(from, to))) {
      spans.push({ ...span, start: span.start + from, end: span.end + from });
      paragraphs.push(index);
    }
  }
  return { spans, paragraphs };
}

/** Gives the teaser and each sentence an id and a plain text, and collects their links. */
function readArticleText(file: string, raw: RawArticle): ArticleText {
  const id = `${slugify(stemOf(file))}-${raw.position}`;
  const { spans, paragraphs } = splitParagraphs(raw);
  const teaserId = `${id}-teaser`;
  const sentenceIds = spans.map((_span, index) => `${id}-s${index + 1}`);
  const linkedParts = [
    { id: teaserId, markdown: raw.teaser },
    ...spans.map((span, index) => ({ id: sentenceIds[index]!, markdown: span.markdown })),
  ];
  // Every reader below, and the renderer, reads the trees parsed here; a body of one
  // paragraph was parsed whole to split it, and its sentences are cut from that tree.
  const line = raw.paragraphStarts?.length ? undefined : { text: raw.body, spans };
  parseArticleMarkdown(
    linkedParts.map((part) => part.markdown),
    line,
  );
  const rawLinks = linkedParts.flatMap((part) =>
    extractLinks(part.markdown).map((link) => ({ ...link, sentenceId: part.id })),
  );
  const sentenceTexts = spans.map((span) => toPlainText(span.markdown));
  return {
    id,
    teaserId,
    teaserText: toPlainText(raw.teaser),
    spans,
    paragraphs,
    sentenceIds,
    sentenceTexts,
    fragmentReasons: spans.map((span, index) => detectFragmentReasons(span.markdown, sentenceTexts[index]!)),
    rawLinks,
  };
}

/** The article's outlet (sidecar or inference) and the homepage its relative links resolve against. */
function decideArticleOutlet(
  text: ArticleText,
  sidecar: SidecarContext | undefined,
  context: ArticleContext,
): { outlet: OutletRef | null; attribution: OutletAttribution; linkBase: string | null } {
  const { registry, warnings } = context;
  const inference = inferOutlet(
    { teaser: text.teaserText, sentences: text.sentenceTexts, links: text.rawLinks },
    registry,
  );
  const { outlet, attribution } = decideOutlet(inference, sidecar, registry, warnings);
  const registered = outlet?.registered ? registry.find((entry) => entry.id === outlet.id) : undefined;
  return { outlet, attribution, linkBase: registered ? registered.homepage : null };
}

/** Resolves each link against the outlet's homepage and records its domain. */
function resolveLinks(rawLinks: ArticleText['rawLinks'], linkBase: string | null): Link[] {
  return rawLinks.map((link) => {
    const relative = isSiteRelative(link.href);
    const resolved = resolveHref(link.href, linkBase);
    return {
      text: link.text,
      href: link.href,
      domain: resolved === null ? (relative ? null : hostOf(link.href)) : hostOf(resolved),
      resolved,
      relative,
      sentenceId: link.sentenceId,
    };
  });
}

/** The body sentences as texts under their ids, as the quote and framing analyses read them. */
function bodyUnits(text: ArticleText): { id: string; text: string }[] {
  return text.sentenceIds.map((sentenceId, index) => ({ id: sentenceId, text: text.sentenceTexts[index]! }));
}

/** The body sentences as the quote analysis reads them, each with whether the collection cut it. */
function quoteUnits(text: ArticleText): { id: string; text: string; cut: boolean }[] {
  return bodyUnits(text).map((unit, index) => ({
    ...unit,
    cut: isCutByCollection(text.fragmentReasons[index]!),
  }));
}

/** Renders each sentence to HTML, its quotes marked with their speakers, and notes fragments. */
async function renderSentences(
  text: ArticleText,
  quotes: readonly Quote[],
  linkBase: string | null,
  renderer: InlineRenderer,
): Promise<Sentence[]> {
  const sentences: Sentence[] = [];
  for (const [index, span] of text.spans.entries()) {
    const plain = text.sentenceTexts[index]!;
    const fragmentReasons = text.fragmentReasons[index]!;
    // Every part of a quotation is marked; the first carries its id, the anchor links land on.
    const quoteMarks = quotes.flatMap((quote) =>
      quote.parts.flatMap((part, partIndex) =>
        part.sentenceId === text.sentenceIds[index]
          ? [
              {
                id: partIndex === 0 ? quote.id : `${quote.id}-part${partIndex + 1}`,
                start: part.start,
                end: part.end,
                title: quote.speaker ? `Quote: ${quote.speaker.name}` : 'Quote: speaker not known',
              },
            ]
          : [],
      ),
    );
    sentences.push({
      id: text.sentenceIds[index]!,
      markdown: span.markdown,
      text: plain,
      html: await renderer.render(span.markdown, linkBase, quoteMarks),
      fragment: fragmentReasons.length > 0,
      fragmentReasons,
      paragraph: text.paragraphs[index]!,
    });
  }
  return sentences;
}

/**
 * The words each quote with a speaker covers, part by part, with the speaker's country from
 * the people registry (null for a speaker it does not have). Quotes are found in the body
 * sentences only (extractQuotes), so a headline or teaser has none.
 */
function speakerSpans(quotes: readonly Quote[], people: readonly Person[]): SpeakerSpan[] {
  return quotes.flatMap(({ speaker, parts }) => {
    if (!speaker) return [];
    const country = speaker.registered
      ? (people.find((person) => person.id === speaker.id)?.country ?? null)
      : null;
    return parts.map(({ sentenceId, start, end }) => ({
      unitId: sentenceId,
      start,
      end,
      speaker: { ...speaker, country },
    }));
  });
}

/** Builds the validated record of one article. */
export async function buildArticle(article: SourcedArticle, context: ArticleContext): Promise<Article> {
  const { file, raw, sidecar } = article;
  const text = readArticleText(file, raw);
  const { outlet, attribution, linkBase } = decideArticleOutlet(text, sidecar, context);
  const links = resolveLinks(text.rawLinks, linkBase);
  const quotes = extractQuotes(quoteUnits(text), text.teaserText, context.people);
  const sentences = await renderSentences(text, quotes, linkBase, context.renderer);
  const entry = sidecar?.entry;
  const headline = entry?.headline ?? null;
  // The headline is what a reader meets first: a fact or theme there is reported, not left out.
  // An imported page without a teaser uses its headline as one: that text is read once.
  const ownHeadline = headline !== null && headline.trim() !== text.teaserText.trim();
  const units = [
    ...(ownHeadline ? [{ id: `${text.id}-headline`, text: headline }] : []),
    { id: text.teaserId, text: text.teaserText },
    ...bodyUnits(text),
  ];
  // Without valid lexicons the ingest fails anyway; the article is built to find more problems.
  const framing = context.lexicons
    ? unvalidatedFraming(units, context.lexicons, speakerSpans(quotes, context.people))
    : emptyFraming(units.length);
  const id = text.id;
  return articleSchema.parse({
    id,
    href: `/articles/${id}/`,
    position: raw.position,
    source: { file, line: raw.teaserLine },
    bodyLine: raw.bodyLine,
    outlet,
    attribution,
    headline,
    teaser: raw.teaser,
    teaserText: text.teaserText,
    teaserHtml: await context.renderer.render(raw.teaser, linkBase),
    teaserTruncated: /(\.\.\.|…)\s*$/.test(raw.teaser),
    markdown: raw.body,
    text: sentences.map((sentence) => sentence.text).join(' '),
    url: entry?.url ?? null,
    published: entry?.published ?? null,
    byline: entry?.byline ?? null,
    section: entry?.section ?? null,
    wire: sidecar?.wire ?? null,
    sidecar: sidecar ? { file: sidecar.file, line: sidecar.line ?? 1 } : null,
    alsoIn: [],
    links,
    sentences,
    quotes,
    framing,
  });
}
