import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/index.ts';
import {
  buildFraming,
  groupOutlets,
  profileArticles,
  profileGroups,
} from '../../../src/lib/analysis/index.ts';
import { parseOutletRegistry } from '../../../src/lib/registry/outlets.ts';
import { parseStory, parseThemes } from '../../../src/lib/registry/story.ts';
import type { Article, Outlet } from '../../../src/lib/schema/index.ts';
import { REGISTRY, readProjectFile, seedInput, STORY, THEMES } from '../../helpers.ts';

const registry: Outlet[] = parseOutletRegistry(REGISTRY, readProjectFile(REGISTRY));
const story = parseStory(STORY, readProjectFile(STORY));
const themes = parseThemes(THEMES, readProjectFile(THEMES));
const { articles } = await ingest(seedInput({ withSidecar: true }));

/** An article of the seed attributed to another outlet, as if that outlet had written it. */
function asIf(article: Article, outlet: { id: string; name: string }): Article {
  return { ...article, id: `${article.id}-as-${outlet.id}`, outlet: { ...article.outlet!, ...outlet } };
}

describe('groupOutlets', () => {
  it('groups the outlets by the country of their headquarters, named in full, most articles first, then by name', () => {
    const groups = groupOutlets(articles, registry, 'country');
    // The Guardian's three articles and the American outlets' three together: a tie, by name.
    expect(groups.map((group) => [group.id, group.name, group.members.map((member) => member.name)])).toEqual(
      [
        ['gb', 'United Kingdom', ['The Guardian']],
        ['us', 'United States', ['CBS News', 'CNN', 'NPR']],
        ['qa', 'Qatar', ['Al Jazeera']],
      ],
    );
  });

  it('groups them by kind of outlet, with each member’s article count, and holds every attributed article once', () => {
    const groups = groupOutlets(articles, registry, 'kind');
    expect(groups.map((group) => group.id)).toEqual([
      'newspaper',
      'commercial-broadcaster',
      'public-broadcaster',
      'state-funded-broadcaster',
    ]);
    expect(groups[1]!.name).toBe('Commercial broadcaster');
    expect(groups[1]!.members).toEqual([
      { id: 'cbs-news', name: 'CBS News', articles: 1 },
      { id: 'cnn', name: 'CNN', articles: 1 },
    ]);
    const grouped = groups.flatMap((group) => group.articles.map((article) => article.id)).sort();
    const attributed = articles.filter((article) => article.outlet !== null).map((article) => article.id);
    expect(grouped).toEqual(attributed.sort());
  });

  it('puts outlets the registry does not know in a group of their own, and leaves unattributed articles out', () => {
    const unknown = asIf(articles[0]!, { id: 'daily-bugle', name: 'Daily Bugle' });
    const orphan = { ...articles[1]!, id: 'orphan', outlet: null };
    const groups = groupOutlets([unknown, orphan], registry, 'country');
    expect(groups).toEqual([
      {
        id: 'not-in-registry',
        name: 'Not in the outlet registry',
        members: [{ id: 'daily-bugle', name: 'Daily Bugle', articles: 1 }],
        articles: [unknown],
      },
    ]);
  });
});

describe('profileGroups', () => {
  it('draws a group’s profile over all its members’ articles together, as an outlet’s is over its own', () => {
    const groups = groupOutlets(articles, registry, 'country');
    const us = profileGroups(groups, story, themes, registry).find((group) => group.id === 'us');
    expect(us).toEqual({
      id: 'us',
      name: 'United States',
      ...profileArticles(groups.find((group) => group.id === 'us')!.articles, story, themes, registry),
    });
    const framing = buildFraming(articles, story, themes, registry);
    const memberUnits = framing.outlets
      .filter((outlet) => ['cbs-news', 'cnn', 'npr'].includes(outlet.id))
      .reduce((sum, outlet) => sum + outlet.units, 0);
    expect(us!.units).toBe(memberUnits);
  });
});
