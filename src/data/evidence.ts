/**
 * Each theme's and fact's sentences grouped by outlet, computed once per build: the theme
 * and fact pages and their later pages show them, and the links to an outlet's part of
 * them (matrices, profiles, pair pages) read where it starts. So too where each outlet's
 * voice and speaker groups start on its quote pages.
 */
import { factEvidence, themeEvidence, type EvidenceGroup } from '../lib/view/evidence.ts';
import { evidenceAnchorPages, type EvidencePages } from '../lib/view/evidence-pages.ts';
import { outletQuotePages, type QuotePages } from '../lib/view/quote-pages.ts';
import { getArticles, getQuotesByOutlet, oncePerBuild } from './collections.ts';
import { getFraming } from './framing.ts';

/** Evidence groups by theme id and by fact id. */
export const getEvidence = oncePerBuild(async () => {
  const articles = await getArticles();
  const { story, themes } = await getFraming();
  const factLabels = new Map(story.facts.map((fact) => [fact.id, fact.label]));
  return {
    themes: new Map<string, EvidenceGroup[]>(
      themes.map((theme) => [theme.id, themeEvidence(articles, theme.id, factLabels)]),
    ),
    facts: new Map<string, EvidenceGroup[]>(
      story.facts.map((fact) => [fact.id, factEvidence(articles, fact.id)]),
    ),
  };
});

/** Where each outlet's sentences start on every theme's and fact's pages. */
export const getEvidencePages = oncePerBuild(async (): Promise<EvidencePages> => {
  const { themes, facts } = await getEvidence();
  const pagesOf = (kind: string, groups: ReadonlyMap<string, EvidenceGroup[]>) =>
    new Map([...groups].map(([id, list]) => [id, evidenceAnchorPages(list, `/${kind}/${id}/`)]));
  return { themes: pagesOf('themes', themes), facts: pagesOf('facts', facts) };
});

/** Where each outlet's voice and speaker groups start on its /quotes/<id>/ pages: for every page that links to them. */
export const getQuotePages = oncePerBuild(async (): Promise<QuotePages> =>
  outletQuotePages(await getQuotesByOutlet()),
);
