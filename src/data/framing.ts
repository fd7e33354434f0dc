/**
 * The framing data the compare, theme, fact and outlet pages read: computed once per build
 * from the collections (every page of a build sees the same articles).
 */
import { getCollection, getEntry } from 'astro:content';
import { buildFraming } from '../lib/analysis/index.ts';
import type { Article, Outlet, PublishedFraming, Story, Theme } from '../lib/schema/index.ts';
import { articleKind } from '../lib/view/article-kind.ts';
import { getArticles, oncePerBuild } from './collections.ts';

export interface FramingData {
  framing: PublishedFraming;
  story: Story;
  themes: Theme[];
  registry: Outlet[];
}

async function loadFraming(keep: (article: Article) => boolean = () => true): Promise<FramingData> {
  const articles = (await getArticles()).filter(keep);
  const storyEntry = await getEntry('story', 'story');
  if (!storyEntry) throw new Error('content/story.yaml was not loaded');
  const story = storyEntry.data;
  const themes = (await getCollection('themes'))
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...theme }) => theme);
  const registry = (await getCollection('outlets')).map((entry) => entry.data);
  return { framing: buildFraming(articles, story, themes, registry), story, themes, registry };
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
