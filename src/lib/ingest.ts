/**
 * From source files, sidecars and the outlet registry to validated article records.
 * Pure: it takes file contents and returns records; reading files is the caller's job.
 */
import {
  analyseFraming,
  compileLexicons,
  emptyFraming,
  extractQuotes,
  inferOutlet,
  type FramingLexicons,
  type Inference,
} from './analysis/index.ts';
import { extractLinks, hostOf, isSiteRelative, resolveHref, toPlainText } from './input/markdown.ts';
import { slugify } from './ids.ts';
import { findOutletByName, parseOutletRegistry } from './registry/outlets.ts';
import { InputError, type Problem } from './problems.ts';
import { createInlineRenderer, type InlineRenderer } from './input/render.ts';
import {
  articleSchema,
  sidecarSchema,
  type Article,
  type OutletAttribution,
  type Link,
  type Outlet,
  type Person,
  type OutletRef,
  type Sentence,
  type SidecarEntry,
  type Story,
  type Theme,
} from './schema/index.ts';
import { createHash } from 'node:crypto';
import { parseStory, parseThemes, parseValence } from './registry/story.ts';
import { detectFragmentReasons, splitSentences } from './input/sentences.ts';
import { decodeText, parseSource, type RawArticle } from './input/source.ts';
import { parsePeopleRegistry } from './registry/people.ts';
import { parseYaml, type ParsedYaml } from './input/yaml.ts';

/** A file's path (relative to the project root, with forward slashes) and its bytes. */
export interface FileInput {
  file: string;
  bytes: Uint8Array;
}

export interface IngestInput {
  registry: FileInput;
  people: FileInput;
  story: FileInput;
  themes: FileInput;
  valence: FileInput;
  sources: readonly FileInput[];
  sidecars: readonly FileInput[];
}

export interface IngestResult {
  registry: Outlet[];
  people: Person[];
  story: Story | null;
  themes: Theme[];
  articles: Article[];
  warnings: Problem[];
}

/** `content/sources/xi.txt` → `content/sources/xi.meta.yaml`. */
export function sidecarPathFor(sourceFile: string): string {
  return sourceFile.replace(/\.txt$/, '.meta.yaml');
}

function stemOf(file: string): string {
  return (file.split('/').at(-1) ?? file).replace(/\.txt$/, '');
}

const SIDECAR_HINT =
  'fix this sidecar entry: `articles:` is a list of {article, outlet, headline, url, published, byline, section}; see README "Sidecar"';

function parseSidecar(input: FileInput): ParsedYaml<{ articles: SidecarEntry[] }> {
  return parseYaml(input.file, decodeText(input.file, input.bytes), sidecarSchema, SIDECAR_HINT);
}

interface SidecarContext {
  file: string;
  entry: SidecarEntry;
  line: number | null;
  /** The line of the entry's `outlet:` key, for messages about the outlet. */
  outletLine: number | null;
}

function decideAttribution(
  inference: Inference,
  sidecar: SidecarContext | undefined,
  registry: readonly Outlet[],
  warnings: Problem[],
): { outlet: OutletRef | null; attribution: OutletAttribution } {
  const named = sidecar?.entry.outlet;
  if (sidecar && named) {
    const where = `${sidecar.file}${sidecar.line === null ? '' : `:${sidecar.line}`}`;
    const registered = findOutletByName(registry, named);
    const outlet: OutletRef = registered
      ? { id: registered.id, name: registered.name, registered: true }
      : { id: slugify(named), name: named, registered: false };
    if (!registered) {
      warnings.push({
        file: sidecar.file,
        line: sidecar.outletLine,
        message: `outlet "${named}" has no registry entry; it is shown with its name only`,
        hint: 'add it to content/outlets.yaml (domains, country, kind, fingerprints), or use the name of an existing entry',
      });
    }
    const evidence = [`sidecar ${where} names the outlet “${named}”`];
    if (inference.outlet && inference.outlet.id === outlet.id) {
      evidence.push(`text fingerprints agree: ${inference.evidence.join('; ')}`);
    } else if (inference.outlet) {
      evidence.push(
        `text fingerprints point to ${inference.outlet.name} instead: ${inference.evidence.join('; ')}`,
      );
      warnings.push({
        file: sidecar.file,
        line: sidecar.outletLine,
        message: `the sidecar says ${outlet.name}, but the text's fingerprints point to ${inference.outlet.name}`,
        hint: 'check the article number and outlet in the sidecar; the sidecar wins until it is changed',
      });
    } else {
      evidence.push(`text fingerprints alone would not decide (${inference.evidence.join('; ')})`);
    }
    return { outlet, attribution: { method: 'metadata', confidence: 1, evidence } };
  }
  if (inference.outlet) {
    return {
      outlet: { id: inference.outlet.id, name: inference.outlet.name, registered: true },
      attribution: { method: 'inferred', confidence: inference.confidence, evidence: inference.evidence },
    };
  }
  return {
    outlet: null,
    attribution: { method: 'unattributed', confidence: 0, evidence: inference.evidence },
  };
}

async function buildArticle(
  file: string,
  raw: RawArticle,
  sidecar: SidecarContext | undefined,
  registry: readonly Outlet[],
  people: readonly Person[],
  lexicons: FramingLexicons | null,
  renderer: InlineRenderer,
  warnings: Problem[],
): Promise<Article> {
  const id = `${slugify(stemOf(file))}-${raw.position}`;
  const spans = splitSentences(raw.body);
  const teaserId = `${id}-teaser`;
  const linkedParts = [
    { id: teaserId, markdown: raw.teaser },
    ...spans.map((span, index) => ({ id: `${id}-s${index + 1}`, markdown: span.markdown })),
  ];
  const rawLinks = linkedParts.flatMap((part) =>
    extractLinks(part.markdown).map((link) => ({ ...link, sentenceId: part.id })),
  );
  const teaserText = toPlainText(raw.teaser);
  const sentenceTexts = spans.map((span) => toPlainText(span.markdown));
  const inference = inferOutlet({ teaser: teaserText, sentences: sentenceTexts, links: rawLinks }, registry);
  const { outlet, attribution } = decideAttribution(inference, sidecar, registry, warnings);
  const registered = outlet?.registered ? registry.find((entry) => entry.id === outlet.id) : undefined;
  const linkBase = registered ? registered.homepage : null;

  const links: Link[] = rawLinks.map((link) => {
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

  const sentenceIds = spans.map((_span, index) => `${id}-s${index + 1}`);
  const quotes = extractQuotes(
    sentenceIds.map((sentenceId, index) => ({ id: sentenceId, text: sentenceTexts[index]! })),
    teaserText,
    people,
  );
  const sentences: Sentence[] = [];
  for (const [index, span] of spans.entries()) {
    const text = sentenceTexts[index]!;
    const fragmentReasons = detectFragmentReasons(span.markdown, text);
    const quoteMarks = quotes
      .filter((quote) => quote.sentenceId === sentenceIds[index])
      .map((quote) => ({
        id: quote.id,
        start: quote.start,
        end: quote.end,
        title: quote.speaker ? `Quote: ${quote.speaker.name}` : 'Quote: speaker not known',
      }));
    sentences.push({
      id: sentenceIds[index]!,
      markdown: span.markdown,
      text,
      html: await renderer.render(span.markdown, linkBase, quoteMarks),
      fragment: fragmentReasons.length > 0,
      fragmentReasons,
    });
  }
  const units = [
    { id: teaserId, text: teaserText },
    ...sentenceIds.map((sentenceId, index) => ({ id: sentenceId, text: sentenceTexts[index]! })),
  ];
  // Without valid lexicons the ingest fails anyway; the article is built to find more problems.
  const framing = lexicons ? analyseFraming(units, lexicons) : emptyFraming(units.length);
  const entry = sidecar?.entry;
  return articleSchema.parse({
    id,
    href: `/articles/${id}/`,
    position: raw.position,
    source: { file, line: raw.teaserLine },
    bodyLine: raw.bodyLine,
    outlet,
    attribution,
    headline: entry?.headline ?? null,
    teaser: raw.teaser,
    teaserText,
    teaserHtml: await renderer.render(raw.teaser, linkBase),
    teaserTruncated: /(\.\.\.|…)\s*$/.test(raw.teaser),
    markdown: raw.body,
    text: sentences.map((sentence) => sentence.text).join(' '),
    url: entry?.url ?? null,
    published: entry?.published ?? null,
    byline: entry?.byline ?? null,
    section: entry?.section ?? null,
    sidecar: sidecar ? { file: sidecar.file, line: sidecar.line ?? 1 } : null,
    alsoIn: [],
    links,
    sentences,
    quotes,
    framing,
  });
}

interface SourceContext {
  registry: readonly Outlet[];
  people: readonly Person[];
  lexicons: FramingLexicons | null;
  renderer: InlineRenderer;
  problems: Problem[];
  warnings: Problem[];
}

/** Runs `work`; an InputError it throws adds its problems to `problems` and gives undefined. */
function collectInto(problems: Problem[]): <T>(work: () => T) => T | undefined {
  return (work) => {
    try {
      return work();
    } catch (error) {
      if (error instanceof InputError) {
        problems.push(...error.problems);
        return undefined;
      }
      throw error;
    }
  };
}

/** The article records of one source and its sidecar; problems and warnings are collected. */
async function ingestSource(
  source: FileInput,
  sidecarInput: FileInput | undefined,
  context: SourceContext,
): Promise<Article[]> {
  const { problems, warnings } = context;
  const collect = collectInto(problems);
  const parsed = collect(() => parseSource(source.file, source.bytes));
  const sidecar = sidecarInput ? collect(() => parseSidecar(sidecarInput)) : undefined;
  if (!parsed) return [];
  warnings.push(...parsed.warnings);

  const contexts = new Map<number, SidecarContext>();
  sidecar?.data.articles.forEach((entry, index) => {
    const line = sidecar.lineAt(['articles', index]);
    if (entry.article > parsed.articles.length) {
      problems.push({
        file: sidecarInput!.file,
        line,
        message: `an entry for article ${entry.article}, but ${source.file} has ${parsed.articles.length} article${parsed.articles.length === 1 ? '' : 's'}`,
        hint: 'article numbers count teaser+body pairs from the top of the source, starting at 1; fix the number or remove the entry',
      });
      return;
    }
    const outletLine = sidecar.lineAt(['articles', index, 'outlet']) ?? line;
    contexts.set(entry.article, { file: sidecarInput!.file, entry, line, outletLine });
  });

  const articles: Article[] = [];
  for (const raw of parsed.articles) {
    articles.push(
      await buildArticle(
        source.file,
        raw,
        contexts.get(raw.position),
        context.registry,
        context.people,
        context.lexicons,
        context.renderer,
        warnings,
      ),
    );
  }
  return articles;
}

function hashOf(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(typeof part === 'string' ? `s${part.length}:${part}` : `b${part.length}:`);
    if (typeof part !== 'string') hash.update(part);
  }
  return hash.digest('hex');
}

/** What the ingest keeps per source between runs (see src/loaders/ingest-cache.ts). */
export interface CachedSource {
  articles: Article[];
  warnings: Problem[];
}

/** A store for analysed sources, keyed by a hash of everything their records depend on. */
export interface IngestCache {
  get(key: string): CachedSource | undefined;
  set(key: string, value: CachedSource): void;
}

export interface IngestOptions {
  /** Analysed sources from earlier runs; unchanged sources are not analysed again. */
  cache?: IngestCache;
  /** Part of every cache key: changes when the analysis code changes. */
  cacheVersion?: string;
  /** Called after each source. */
  onProgress?: (progress: { sources: number; of: number; articles: number }) => void;
}

// Two copies of an article differ only in spacing and in the shape of quote marks.
function duplicateKey(article: Article): string {
  const normalise = (text: string) =>
    text
      .replace(/[“”„«»]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
  return `${normalise(article.teaser)}\n${normalise(article.markdown)}`;
}

/**
 * One record for an article that appears more than once (in one source or in several):
 * the first copy a sidecar describes, else the first copy, with the other places in its
 * `alsoIn` and a warning for each. A sidecar's outlet and provenance are never dropped for
 * an undescribed copy that happens to come first. The record stays where the article first
 * appears.
 */
export function mergeDuplicates(articles: readonly Article[], warnings: Problem[]): Article[] {
  const copies = new Map<string, Article[]>();
  for (const article of articles) {
    const key = duplicateKey(article);
    const list = copies.get(key);
    if (list) list.push(article);
    else copies.set(key, [article]);
  }
  const unique: Article[] = [];
  for (const list of copies.values()) {
    const kept = list.find((article) => article.attribution.method === 'metadata') ?? list[0]!;
    const others = list.filter((article) => article !== kept);
    for (const other of others) {
      warnings.push({
        file: other.source.file,
        line: other.source.line,
        message: `this article is the same as ${kept.source.file}:${kept.source.line} (${kept.id}); it is shown once, with both places`,
        hint: 'nothing to do if both sources really carry it; remove one copy to silence this warning',
      });
    }
    // A new record, not a change to the kept one: records may be shared with the cache.
    unique.push(
      others.length === 0
        ? kept
        : { ...kept, alsoIn: [...kept.alsoIn, ...others.map((other) => other.source)] },
    );
  }
  return unique;
}

/**
 * Ingests every source. Collects all problems before failing, so one run shows everything
 * a maintainer has to fix; throws an InputError when there is any.
 */
export async function ingest(input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const collect = collectInto(problems);

  const registry =
    collect(() =>
      parseOutletRegistry(input.registry.file, decodeText(input.registry.file, input.registry.bytes)),
    ) ?? [];
  const people =
    collect(() =>
      parsePeopleRegistry(input.people.file, decodeText(input.people.file, input.people.bytes)),
    ) ?? [];
  const story = collect(() => parseStory(input.story.file, decodeText(input.story.file, input.story.bytes)));
  const themes = collect(() =>
    parseThemes(input.themes.file, decodeText(input.themes.file, input.themes.bytes)),
  );
  const valence = collect(() =>
    parseValence(input.valence.file, decodeText(input.valence.file, input.valence.bytes)),
  );
  const lexicons = story && themes && valence ? compileLexicons(story, themes, valence) : null;
  const sources = [...input.sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sidecars = new Map(input.sidecars.map((sidecar) => [sidecar.file, sidecar]));

  const ids = new Map<string, string>();
  for (const source of sources) {
    const id = slugify(stemOf(source.file));
    const other = ids.get(id);
    if (other !== undefined) {
      problems.push({
        file: source.file,
        line: null,
        message: `its articles would get the same ids as those of ${other} ("${id}-N")`,
        hint: 'rename one of the two files so their names differ in letters or digits',
      });
    }
    ids.set(id, source.file);
  }
  for (const file of sidecars.keys()) {
    if (!sources.some((source) => sidecarPathFor(source.file) === file)) {
      warnings.push({
        file,
        line: null,
        message: 'a sidecar without a source file; it is ignored',
        hint: `name it after its source (<name>.txt → <name>.meta.yaml), or delete it`,
      });
    }
  }

  const renderer = await createInlineRenderer();
  const articles: Article[] = [];
  // Everything besides a source and its sidecar that its records depend on.
  const shared = hashOf([
    options.cacheVersion ?? '',
    input.registry.bytes,
    input.people.bytes,
    input.story.bytes,
    input.themes.bytes,
    input.valence.bytes,
  ]);
  let done = 0;
  for (const source of sources) {
    const sidecarInput = sidecars.get(sidecarPathFor(source.file));
    const key = hashOf([shared, source.file, source.bytes, sidecarInput?.bytes ?? 'no sidecar']);
    const cached = lexicons ? options.cache?.get(key) : undefined;
    if (cached) {
      articles.push(...cached.articles);
      warnings.push(...cached.warnings);
    } else {
      const sourceProblems: Problem[] = [];
      const sourceWarnings: Problem[] = [];
      const built = await ingestSource(source, sidecarInput, {
        registry,
        people,
        lexicons,
        renderer,
        problems: sourceProblems,
        warnings: sourceWarnings,
      });
      problems.push(...sourceProblems);
      warnings.push(...sourceWarnings);
      articles.push(...built);
      if (lexicons && sourceProblems.length === 0)
        options.cache?.set(key, { articles: built, warnings: sourceWarnings });
    }
    done++;
    options.onProgress?.({ sources: done, of: sources.length, articles: articles.length });
  }
  if (problems.length > 0) throw new InputError(problems);
  const unique = mergeDuplicates(articles, warnings);
  return { registry, people, story: story ?? null, themes: themes ?? [], articles: unique, warnings };
}
