/**
 * A theme's or fact's sentences, grouped by outlet, on numbered pages (/themes/<id>/page/N/),
 * and where each outlet's part of them starts, for the links that lead to it.
 */
import type { EvidenceGroup, EvidenceView } from './evidence.ts';
import { anchorHref, groupAnchorPages, paginateGroups, PAGE_SIZE, type GroupPage } from './paging.ts';

/** The anchor of an outlet's sentences on a theme or fact page ("outlet-cnn", "outlet-unattributed"). */
export function evidenceAnchor(outletId: string | null): string {
  return `outlet-${outletId ?? 'unattributed'}`;
}

/** A theme's or fact's evidence groups on pages of `size` sentences at `base` ("/themes/x/"). */
export function paginateEvidence(
  groups: readonly EvidenceGroup[],
  base: string,
  size = PAGE_SIZE,
): GroupPage<EvidenceGroup, EvidenceView>[] {
  return paginateGroups(groups, (group) => group.items, base, size);
}

/** Where each outlet's sentences start on a theme's or fact's pages: anchor → site path. */
export function evidenceAnchorPages(
  groups: readonly EvidenceGroup[],
  base: string,
  size = PAGE_SIZE,
): Map<string, string> {
  return groupAnchorPages(
    groups,
    (group) => group.items,
    (group) => evidenceAnchor(group.outletId),
    base,
    size,
  );
}

/** Each theme's and each fact's anchor pages, by id: what links to an outlet's sentences read. */
export interface EvidencePages {
  themes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  facts: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/** The link to an outlet's sentences on a theme's page, on the page where they start. */
export function themeEvidenceHref(pages: EvidencePages, themeId: string, outletId: string): string {
  const base = `/themes/${themeId}/`;
  return anchorHref(pages.themes.get(themeId) ?? new Map(), base, evidenceAnchor(outletId));
}

/** The link to an outlet's sentences on a fact's page, on the page where they start. */
export function factEvidenceHref(pages: EvidencePages, factId: string, outletId: string): string {
  const base = `/facts/${factId}/`;
  return anchorHref(pages.facts.get(factId) ?? new Map(), base, evidenceAnchor(outletId));
}
