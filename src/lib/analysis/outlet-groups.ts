/**
 * Groups of outlets, for comparing kinds of coverage as well as single outlets: by the
 * country of an outlet's headquarters, or by its kind (state media, public broadcaster,
 * wire…), as the outlet registry records them. A group's profile is drawn over all its
 * members' articles together, exactly as an outlet's is over its own.
 */
import { slugify } from '../ids.ts';
import { countryName } from '../registry/outlets.ts';
import type { Article, Outlet, Story, Theme } from '../schema/index.ts';
import { groupByOutlet, mostArticlesFirst, profileArticles } from './framing-profiles.ts';

/** The ways outlets can be grouped: each is a field of the outlet registry. */
export const GROUP_DIMENSIONS = ['country', 'kind'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** How a page names a dimension: "by country", and the word for one of its groups. */
export const DIMENSION_LABELS: Readonly<Record<GroupDimension, { by: string; noun: string }>> = {
  country: { by: 'by country', noun: 'Country' },
  kind: { by: 'by kind of outlet', noun: 'Kind of outlet' },
};

/** An outlet of a group, with how many of the group's articles are its own. */
export interface GroupMember {
  id: string;
  name: string;
  articles: number;
}

/** A group of outlets with its members (most articles first) and all their articles. */
export interface OutletGroup {
  id: string;
  name: string;
  members: GroupMember[];
  articles: Article[];
}

/** The group an outlet belongs to along a dimension; outlets the registry lacks share one. */
function groupOf(outlet: Outlet | undefined, dimension: GroupDimension): { id: string; name: string } {
  if (outlet === undefined) return { id: 'not-in-registry', name: 'Not in the outlet registry' };
  if (dimension === 'kind') return { id: slugify(outlet.kind), name: capitalise(outlet.kind) };
  return { id: outlet.country.toLowerCase(), name: countryName(outlet.country) };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The attributed articles grouped along `dimension`: most articles first, then by name, as
 * outlets are listed. Unattributed articles belong to no group.
 */
export function groupOutlets(
  articles: readonly Article[],
  registry: readonly Outlet[],
  dimension: GroupDimension,
): OutletGroup[] {
  const entries = new Map(registry.map((outlet) => [outlet.id, outlet]));
  const groups = new Map<string, OutletGroup>();
  for (const outlet of groupByOutlet(articles)) {
    const { id, name } = groupOf(entries.get(outlet.id), dimension);
    const group = groups.get(id) ?? { id, name, members: [], articles: [] };
    group.members.push({ id: outlet.id, name: outlet.name, articles: outlet.articles.length });
    group.articles.push(...outlet.articles);
    groups.set(id, group);
  }
  return [...groups.values()].sort(mostArticlesFirst);
}

/** Each group's framing profile, shaped as an outlet's in framing.json (`id`, `name`, profile). */
export function profileGroups(
  groups: readonly OutletGroup[],
  story: Story,
  themes: readonly Theme[],
  registry: readonly Outlet[],
) {
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    ...profileArticles(group.articles, story, themes, registry),
  }));
}
