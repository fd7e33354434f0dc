/**
 * Where the numbers of a comparison lead, row by row. A row is an outlet on /compare/, whose
 * numbers lead to its pages and to the theme and fact pages' part for it; or a group of
 * outlets on /compare/groups/<dimension>/, whose numbers lead to the group's own part of
 * that page (its sentences and quotes, member by member). The comparison sections are the
 * same for both; only these addresses differ.
 */
import { descriptorAnchor } from './evidence.ts';
import { factEvidenceHref, themeEvidenceHref, type EvidencePages } from './evidence-pages.ts';
import { anchorHref } from './paging.ts';
import type { QuotePages } from './quote-pages.ts';

export interface ProfileLinks {
  /** What a row is, as a column heading ("Outlet", "Country") and in a sentence ("outlet"). */
  noun: string;
  one: string;
  /** A row's whole profile. */
  profile(id: string): string;
  /** The sentences behind a row's share of a theme. */
  theme(themeId: string, id: string): string;
  /** The sentences behind a row's mention of a fact. */
  fact(factId: string, id: string): string;
  /** A row's quotes; of one voice when given. */
  quotes(id: string, voice?: string): string;
  /** Every use of one word for a subject by a row; every word of a row. */
  descriptor(id: string, subject: string, key: string): string;
  descriptors(id: string): string;
}

/** The rows of /compare/: outlets. */
export const OUTLET_LINKS: ProfileLinks = {
  noun: 'Outlet',
  one: 'outlet',
  profile: (id) => `/outlets/${id}/#framing`,
  theme: (themeId, id) => `/themes/${themeId}/#outlet-${id}`,
  fact: (factId, id) => `/facts/${factId}/#outlet-${id}`,
  quotes: (id, voice) => `/quotes/${id}/${voice === undefined ? '' : `#voice-${voice}`}`,
  descriptor: (id, subject, key) => `/outlets/${id}/#${descriptorAnchor(subject, key)}`,
  descriptors: (id) => `/outlets/${id}/#descriptors`,
};

/**
 * The rows of /compare/, leading to the page each outlet's part of a list starts on once the
 * list is paged: its sentences on a theme's or fact's pages (given `evidence`), a voice's
 * quotes on /quotes/<id>/ (given `quotePages`, from every quote of the outlet, as its list
 * pages them, whatever quotes the comparison counts). Without them, to the first pages.
 */
export function outletLinks(found: { quotePages?: QuotePages; evidence?: EvidencePages }): ProfileLinks {
  const { quotePages, evidence } = found;
  return {
    ...OUTLET_LINKS,
    ...(evidence && {
      theme: (themeId, id) => themeEvidenceHref(evidence, themeId, id),
      fact: (factId, id) => factEvidenceHref(evidence, factId, id),
    }),
    ...(quotePages && {
      quotes: (id, voice) =>
        voice === undefined
          ? OUTLET_LINKS.quotes(id)
          : anchorHref(quotePages.get(id) ?? new Map(), `/quotes/${id}/`, `voice-${voice}`),
    }),
  };
}

/** The anchor of a group's part of its page, and of the parts within it. */
export function groupAnchor(id: string, part?: string): string {
  return part === undefined ? `group-${id}` : `group-${id}-${part}`;
}

/** The rows of /compare/groups/<dimension>/: groups of outlets, each with its part of the page. */
export function groupLinks(dimension: string, noun: string): ProfileLinks {
  const page = `/compare/groups/${dimension}/`;
  const at = (id: string, part?: string) => `${page}#${groupAnchor(id, part)}`;
  return {
    noun,
    one: noun.toLowerCase(),
    profile: (id) => at(id),
    theme: (themeId, id) => at(id, `theme-${themeId}`),
    fact: (factId, id) => at(id, `fact-${factId}`),
    quotes: (id) => at(id, 'quotes'),
    descriptor: (id, subject, key) => at(id, descriptorAnchor(subject, key)),
    descriptors: (id) => at(id, 'descriptors'),
  };
}
