/**
 * From source files, sidecars and the outlet registry to validated article records.
 * Pure: it takes file contents and returns records; reading files is the caller's job.
 * One article's record is built in article-records.ts; sidecars, duplicates and the cache
 * have their own modules, re-exported here for the loaders and scripts.
 */
import { compileLexicons, type FramingLexicons } from '../analysis/index.ts';
import { buildArticle, stemOf, type ArticleContext, type SourcedArticle } from './article-records.ts';
import { mergeDuplicates } from './duplicates.ts';
import { slugify } from '../ids.ts';
import { createInlineRenderer } from '../input/render.ts';
import { isArticleFile, parseArticleFile } from '../input/article-file.ts';
import { decodeText, parseSource, type FileInput, type RawArticle } from '../input/source.ts';
import { InputError, type Problem } from '../problems.ts';
import { parseOutletRegistry } from '../registry/outlets.ts';
import { parsePeopleRegistry } from '../registry/people.ts';
import {
  checkFactSpeakers,
  checkFactThemes,
  checkThemeModel,
  parseStory,
  parseThemeModel,
  parseThemes,
  parseValence,
} from '../registry/story.ts';
import type { Article, Outlet, Person, Story, Theme } from '../schema/index.ts';
import {
  indexSidecarEntries,
  parseSidecar,
  sidecarPathFor,
  warnOrphanSidecars,
  type SidecarContext,
} from './sidecars.ts';
import { hashSharedInputs, keySource, type IngestCache } from './source-cache.ts';

export type { SourcedArticle } from './article-records.ts';
export { mergeDuplicates } from './duplicates.ts';
export type { FileInput } from '../input/source.ts';
export { sidecarPathFor } from './sidecars.ts';
export type { CachedSource, IngestCache } from './source-cache.ts';

/** The files the ingest reads: the registries, the story's lexicons, the sources and their sidecars. */
export interface IngestInput {
  registry: FileInput;
  people: FileInput;
  story: FileInput;
  themes: FileInput;
  valence: FileInput;
  /** content/theme-model.json; without it, themes are decided by the lexicon alone. */
  themeModel?: FileInput;
  sources: readonly FileInput[];
  sidecars: readonly FileInput[];
}

/** What the ingest gives the site: the registries, the story, the article records and the warnings. */
export interface IngestResult {
  registry: Outlet[];
  people: Person[];
  story: Story | null;
  themes: Theme[];
  articles: Article[];
  warnings: Problem[];
}

/** The records of some articles of one source, in order, and the warnings building them gave. */
export interface BuiltArticles {
  articles: Article[];
  warnings: Problem[];
}

/**
 * Builds the records of some articles of one source, as `buildArticles` does: on worker
 * threads, for one (scripts/lib/parallel-ingest.ts).
 */
export type ArticleBuilder = (articles: readonly SourcedArticle[]) => Promise<BuiltArticles>;

/** The files an article's record depends on besides its source and sidecar. */
export type SharedInput = Omit<IngestInput, 'sources' | 'sidecars'>;

/**
 * A source of this many articles or more goes to `IngestOptions.buildArticles`. Starting a
 * worker took 2.2 s (importing the code 0.8 s, reading the registries and lexicons 1.4 s),
 * what some 200 quote-dense articles take to build on one thread (9.7 ms each).
 */
export const MIN_ARTICLES_TO_SHARE = 200;

/** How to run the ingest: a cache of earlier runs, and a progress callback. */
export interface IngestOptions {
  /**
   * Builds the articles of a source of `MIN_ARTICLES_TO_SHARE` or more (on several threads);
   * without it, they are built here one after another. Records and warnings are the same.
   */
  buildArticles?: ArticleBuilder;
  /** Analysed sources from earlier runs; unchanged sources are not analysed again. */
  cache?: IngestCache;
  /** Part of every cache key: changes when the analysis code changes. */
  cacheVersion?: string;
  /** Called after each source. */
  onProgress?: (progress: { sources: number; of: number; articles: number }) => void;
}

interface SourceContext extends ArticleContext {
  problems: Problem[];
  buildArticles: ArticleBuilder | undefined;
}

type Collector = <T>(work: () => T) => T | undefined;

/** Runs `work`; an InputError it throws adds its problems to `problems` and gives undefined. */
function collectInto(problems: Problem[]): Collector {
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

/** The registries and lexicons that every article is read against; a broken file adds problems. */
function parseRegistries(
  input: SharedInput,
  collect: Collector,
  warnings: Problem[],
): {
  registry: Outlet[];
  people: Person[];
  story: Story | undefined;
  themes: Theme[] | undefined;
  lexicons: FramingLexicons | null;
} {
  const registry =
    collect(() =>
      parseOutletRegistry(input.registry.file, decodeText(input.registry.file, input.registry.bytes)),
    ) ?? [];
  const people =
    collect(() =>
      parsePeopleRegistry(input.people.file, decodeText(input.people.file, input.people.bytes)),
    ) ?? [];
  const storyText = collect(() => decodeText(input.story.file, input.story.bytes));
  const story = storyText === undefined ? undefined : collect(() => parseStory(input.story.file, storyText));
  const themesText = collect(() => decodeText(input.themes.file, input.themes.bytes));
  const themes =
    themesText === undefined ? undefined : collect(() => parseThemes(input.themes.file, themesText));
  const valence = collect(() =>
    parseValence(input.valence.file, decodeText(input.valence.file, input.valence.bytes)),
  );
  // A fact naming an unknown theme would tag nothing for it: refuse it like a broken file.
  const factThemesKnown =
    storyText !== undefined &&
    story !== undefined &&
    themes !== undefined &&
    collect(() => {
      checkFactThemes(input.story.file, storyText, story, themes);
      return true;
    }) === true;
  // Nor would a fact reported through speakers no person of the registry fits (a registry
  // that failed to parse has its own problems and no people).
  if (storyText !== undefined && story !== undefined && people.length > 0)
    collect(() => {
      checkFactSpeakers(input.story.file, storyText, story, people);
    });
  const modelInput = input.themeModel;
  const themeModel =
    modelInput &&
    collect(() => parseThemeModel(modelInput.file, decodeText(modelInput.file, modelInput.bytes)));
  if (themeModel && storyText !== undefined && themesText !== undefined) {
    warnings.push(
      ...checkThemeModel(modelInput.file, themeModel, {
        themes: { file: input.themes.file, text: themesText },
        story: { file: input.story.file, text: storyText },
      }),
    );
  }
  const lexicons = factThemesKnown && valence ? compileLexicons(story, themes, valence, themeModel) : null;
  return { registry, people, story, themes, lexicons };
}

/** Reports two sources whose file names would give their articles the same ids. */
function checkSourceIds(sources: readonly FileInput[], problems: Problem[]): void {
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
}

/** The record of an imported article (content/articles/…/*.md): its front matter describes it. */
async function ingestArticleFile(source: FileInput, context: SourceContext): Promise<Article[]> {
  const stored = collectInto(context.problems)(() => parseArticleFile(source.file, source.bytes));
  if (!stored) return [];
  context.warnings.push(...stored.warnings);
  const { frontMatter, paragraphs } = stored;
  let body = '';
  const paragraphStarts: number[] = [];
  for (const paragraph of paragraphs) {
    if (body !== '') {
      body += ' ';
      paragraphStarts.push(body.length);
    }
    body += paragraph.markdown;
  }
  const raw: RawArticle = {
    position: 1,
    teaserLine: stored.headlineLine,
    teaser: frontMatter.teaser ?? frontMatter.headline,
    bodyLine: paragraphs[0]!.line,
    body,
    paragraphStarts,
  };
  const { evidence, wire, teaser: _teaser, ...entry } = frontMatter;
  const sidecar: SidecarContext = {
    file: source.file,
    entry: { article: 1, ...entry },
    line: stored.headlineLine,
    outletLine: stored.outletLine,
    kind: 'front matter',
    wire: wire ?? null,
    evidence: evidence ?? [],
  };
  return [await buildArticle({ file: source.file, raw, sidecar }, context)];
}

/** The article records of one source and its sidecar; problems and warnings are collected. */
async function ingestSource(
  source: FileInput,
  sidecarInput: FileInput | undefined,
  context: SourceContext,
): Promise<Article[]> {
  if (isArticleFile(source.file)) return ingestArticleFile(source, context);
  const { problems, warnings } = context;
  const collect = collectInto(problems);
  const parsed = collect(() => parseSource(source.file, source.bytes));
  const sidecar = sidecarInput ? collect(() => parseSidecar(sidecarInput)) : undefined;
  if (!parsed) return [];
  warnings.push(...parsed.warnings);

  const contexts =
    sidecar && sidecarInput
      ? indexSidecarEntries(
          sidecar,
          sidecarInput.file,
          { file: source.file, articleCount: parsed.articles.length },
          problems,
        )
      : undefined;
  const sourced = parsed.articles.map((raw) => ({
    file: source.file,
    raw,
    sidecar: contexts?.get(raw.position),
  }));
  const built =
    context.buildArticles && sourced.length >= MIN_ARTICLES_TO_SHARE
      ? await context.buildArticles(sourced)
      : await buildArticles(sourced, context);
  warnings.push(...built.warnings);
  return built.articles;
}

/** The records of some articles of one source, built one after another. */
export async function buildArticles(
  articles: readonly SourcedArticle[],
  context: Omit<ArticleContext, 'warnings'>,
): Promise<BuiltArticles> {
  const warnings: Problem[] = [];
  const records: Article[] = [];
  for (const article of articles) records.push(await buildArticle(article, { ...context, warnings }));
  return { articles: records, warnings };
}

/**
 * What building an article reads, made from the registry and lexicon files as the ingest
 * makes it (for a worker that builds articles; problems in the files are the ingest's to report).
 */
export async function readArticleContext(input: SharedInput): Promise<Omit<ArticleContext, 'warnings'>> {
  const { registry, people, lexicons } = parseRegistries(input, collectInto([]), []);
  return { registry, people, lexicons, renderer: await createInlineRenderer() };
}

/**
 * One source's records, problems and warnings: from the cache when nothing it depends on
 * changed, else analysed, and cached when it had no problems.
 */
async function ingestSourceThroughCache(
  source: FileInput,
  sidecarInput: FileInput | undefined,
  context: Omit<SourceContext, 'warnings' | 'problems'>,
  cache: { store: IngestCache | undefined; key: string },
): Promise<{ articles: Article[]; problems: Problem[]; warnings: Problem[] }> {
  const cached = context.lexicons ? cache.store?.get(cache.key) : undefined;
  if (cached) return { articles: cached.articles, problems: [], warnings: cached.warnings };
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const articles = await ingestSource(source, sidecarInput, { ...context, problems, warnings });
  if (context.lexicons && problems.length === 0) cache.store?.set(cache.key, { articles, warnings });
  return { articles, problems, warnings };
}

/**
 * Ingests every source. Collects all problems before failing, so one run shows everything
 * a maintainer has to fix; throws an InputError when there is any.
 */
export async function ingest(input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const { registry, people, story, themes, lexicons } = parseRegistries(
    input,
    collectInto(problems),
    warnings,
  );
  const sources = [...input.sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sidecars = new Map(input.sidecars.map((sidecar) => [sidecar.file, sidecar]));
  checkSourceIds(sources, problems);
  warnOrphanSidecars(sidecars.keys(), sources, warnings);

  const renderer = await createInlineRenderer();
  const articles: Article[] = [];
  // Everything besides a source and its sidecar that its records depend on.
  const shared = hashSharedInputs(options.cacheVersion ?? '', [
    input.registry,
    input.people,
    input.story,
    input.themes,
    input.valence,
    input.themeModel ?? { file: 'no theme model', bytes: new Uint8Array() },
  ]);
  let done = 0;
  for (const source of sources) {
    const sidecarInput = sidecars.get(sidecarPathFor(source.file));
    const key = keySource(shared, source, sidecarInput);
    const built = await ingestSourceThroughCache(
      source,
      sidecarInput,
      { registry, people, lexicons, renderer, buildArticles: options.buildArticles },
      { store: options.cache, key },
    );
    problems.push(...built.problems);
    warnings.push(...built.warnings);
    articles.push(...built.articles);
    done++;
    options.onProgress?.({ sources: done, of: sources.length, articles: articles.length });
  }
  if (problems.length > 0) throw new InputError(problems);
  const unique = mergeDuplicates(articles, warnings);
  return { registry, people, story: story ?? null, themes: themes ?? [], articles: unique, warnings };
}
