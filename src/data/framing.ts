/**
 * The framing data the compare, theme, fact and outlet pages read: computed once per build
 * from the collections (every page of a build sees the same articles).
 */
import { getCollection, getEntry } from 'astro:content';
import {
  buildFraming,
  groupOutlets,
  profileGroups,
  type GroupDimension,
  type OutletGroup,
} from '../lib/analysis/index.ts';
import type { Article, Outlet, PublishedFraming, Story, Theme } from '../lib/schema/index.ts';
import { articleKind } from '../lib/view/article-kind.ts';
import { getArticles, oncePerBuild } from './collections.ts';

export interface FramingData {
  framing: PublishedFraming;
  story: Story;
  themes: Theme[];
  registry: Outlet[];
}

/** The story, its themes in their order, and the outlet registry. */
async function loadRegistries(): Promise<{ story: Story; themes: Theme[]; registry: Outlet[] }> {
  const storyEntry = await getEntry('story', 'story');
  if (!storyEntry) throw new Error('content/story.yaml was not loaded');
  const themes = (await getCollection('themes'))
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...theme }) => theme);
  const registry = (await getCollection('outlets')).map((entry) => entry.data);
  return { story: storyEntry.data, themes, registry };
}

async function loadFraming(keep: (article: Article) => boolean = () => true): Promise<FramingData> {
  const articles = (await getArticles()).filter(keep);
  const { story, themes, registry } = await loadRegistries();
  return { framing: buildFraming(articles, story, themes, registry), story, themes, registry };
}

export interface GroupFramingData {
  story: Story;
  themes: Theme[];
  /** The groups with their members and articles, in the order of `profiles`. */
  groups: OutletGroup[];
  /** Each group's profile, shaped as an outlet's in framing.json. */
  profiles: PublishedFraming['outlets'];
}

async function loadGroupFraming(dimension: GroupDimension): Promise<GroupFramingData> {
  const { story, themes, registry } = await loadRegistries();
  const groups = groupOutlets(await getArticles(), registry, dimension);
  return { story, themes, groups, profiles: profileGroups(groups, story, themes, registry) };
}

/**
 * The outlets grouped along one dimension, with each group's framing (/compare/groups/<dimension>/).
 * Worked out each time, not kept: one page reads each dimension, and keeping both held 169 MB
 * of the build's heap to its end at 10,000 articles (the build's peak is late, on Pagefind's
 * or the last pages' side).
 */
export function getGroupFraming(dimension: GroupDimension): Promise<GroupFramingData> {
  return loadGroupFraming(dimension);
}

/** The framing of every article and outlet; computed once for a production build, fresh in dev. */
export const getFraming = oncePerBuild(() => loadFraming());

/** The same over the articles that are not opinion pieces (/compare/without-opinion/). */
export const getFramingWithoutOpinion = oncePerBuild(async () => {
  const opinion = (await getArticles()).some((article) => articleKind(article) === 'opinion');
  // Without opinion pieces there is nothing to leave out: the same framing, not a second one
  // (at 10,000 articles a second would cost the build its time and memory again).
  return opinion ? loadFraming((article) => articleKind(article) !== 'opinion') : getFraming();
});
