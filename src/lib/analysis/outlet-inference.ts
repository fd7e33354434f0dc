/**
 * Inferring which outlet wrote an unlabelled article from registry fingerprints: links to
 * the outlet's own domains, its site-relative link patterns, self-mentions ("told CBS
 * News") and wire datelines ("/TASS/"). A wrong guess is worse than none, so an article is
 * attributed only when one outlet's evidence clearly outweighs every other's, and what
 * reads as a citation of an outlet ("the BBC reported", "told CNN") counts for little: a
 * self-mention can corroborate a link or a dateline but never decides alone.
 */
import { findOutletByHost } from '../registry/outlets.ts';
import { hostOf, isSiteRelative } from '../input/markdown.ts';
import type { Outlet } from '../schema/index.ts';

/** Weights of one piece of evidence. Datelines only open an agency's own copy. */
export const EVIDENCE_WEIGHTS = {
  ownDomainLink: 1,
  /** A link to a wire, or an absolute link to an outlet that links to itself relatively. */
  citedDomainLink: 0.5,
  /** A link whose text, or the words just before it, name the outlet: a citation. */
  namedCitationLink: 0,
  relativeLinkPattern: 1,
  /**
   * All of an outlet's self-mentions together, counted once and below MIN_SCORE: "told CNN"
   * is what every outlet writes when it quotes an interview CNN got (PolNeAR train + dev:
   * 47 of 53 self-mentions of a non-agency outlet were in another publisher's copy), so it
   * needs a link or a dateline of the same outlet before it decides.
   */
  selfMention: 0.5,
  dateline: 3,
} as const;

/** The winner must have at least this score… */
export const MIN_SCORE = 1;
/** …and at least this many times the runner-up's. */
export const MIN_LEAD = 2;
/** A dateline counts only near the start of a sentence, where wire copy puts it. */
export const DATELINE_WINDOW = 80;

export interface Candidate {
  outlet: Outlet;
  score: number;
  evidence: string[];
}

export interface Inference {
  outlet: Outlet | null;
  confidence: number;
  evidence: string[];
  /** Every outlet with any evidence, strongest first. */
  candidates: Candidate[];
}

export interface UnlabelledLink {
  href: string;
  text: string;
  /** Plain text just before the link. */
  before: string;
}

export interface UnlabelledArticle {
  /** Plain text of the teaser. */
  teaser: string;
  /** Plain text of each body sentence. */
  sentences: readonly string[];
  links: readonly UnlabelledLink[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Offsets where `phrase` occurs in `text` as whole words. */
function findPhrase(text: string, phrase: string): number[] {
  const found: number[] = [];
  const startsWithWord = WORD_CHAR.test(phrase[0] ?? '');
  const endsWithWord = WORD_CHAR.test(phrase.at(-1) ?? '');
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
    const before = text[at - 1];
    const after = text[at + phrase.length];
    if (startsWithWord && before !== undefined && WORD_CHAR.test(before)) continue;
    if (endsWithWord && after !== undefined && WORD_CHAR.test(after)) continue;
    found.push(at);
  }
  return found;
}

// Wire copy writes its dateline dash as "-", "–", "—" or "--": compare them as one.
function normaliseDashes(text: string): string {
  return text.replace(/--|[–—]/g, '-');
}

function namesOutlet(text: string, outlet: Outlet): boolean {
  const lower = text.toLowerCase();
  return [outlet.name, ...outlet.aliases].some((name) => findPhrase(lower, name.toLowerCase()).length > 0);
}

/** Adds a piece of evidence, with its weight, to an outlet's candidacy. */
type AddEvidence = (outlet: Outlet, score: number, evidence: string) => void;

interface LinkCounts {
  /** Links to a registry domain, apart from those whose text names the outlet (citations). */
  domainLinks: Map<string, { outlet: Outlet; count: number; named: number }>;
  /** Site-relative links in an outlet's pattern. */
  relativeLinks: Map<string, { outlet: Outlet; count: number; example: string }>;
}

/** Counts an article's links per registry domain and per outlet's site-relative pattern. */
function countLinks(links: UnlabelledArticle['links'], registry: readonly Outlet[]): LinkCounts {
  const domainLinks = new Map<string, { outlet: Outlet; count: number; named: number }>();
  const relativeLinks = new Map<string, { outlet: Outlet; count: number; example: string }>();
  for (const link of links) {
    if (isSiteRelative(link.href)) {
      for (const outlet of registry) {
        if (outlet.fingerprints.relativeLinks.some((pattern) => new RegExp(pattern).test(link.href))) {
          const entry = relativeLinks.get(outlet.id) ?? { outlet, count: 0, example: link.href };
          entry.count++;
          relativeLinks.set(outlet.id, entry);
        }
      }
      continue;
    }
    const host = hostOf(link.href);
    const match = host === null ? undefined : findOutletByHost(registry, host);
    if (match) {
      const entry = domainLinks.get(match.domain) ?? { outlet: match.outlet, count: 0, named: 0 };
      // "[the BBC reported](bbc.com/…)", "The New York Times [reported](nytimes.com/…)".
      const cue = `${link.before.slice(-60)} ${link.text}`;
      if (namesOutlet(cue, match.outlet)) entry.named++;
      else entry.count++;
      domainLinks.set(match.domain, entry);
    }
  }
  return { domainLinks, relativeLinks };
}

/** The evidence of links: to an outlet's domain, naming it as a source, or in its relative pattern. */
function addLinkEvidence({ domainLinks, relativeLinks }: LinkCounts, add: AddEvidence): void {
  for (const [domain, { outlet, count, named }] of domainLinks) {
    if (count > 0) {
      const cited = outlet.citedOften || outlet.fingerprints.ownLinksRelative;
      const why = outlet.citedOften
        ? ' (an agency others often link to: weak evidence)'
        : outlet.fingerprints.ownLinksRelative
          ? ` (${outlet.name} links to itself site-relatively: weak evidence)`
          : '';
      add(
        outlet,
        count * (cited ? EVIDENCE_WEIGHTS.citedDomainLink : EVIDENCE_WEIGHTS.ownDomainLink),
        `${plural(count, 'link')} to ${domain}${why}`,
      );
    }
    if (named > 0) {
      add(
        outlet,
        named * EVIDENCE_WEIGHTS.namedCitationLink,
        `${plural(named, 'link')} to ${domain} naming ${outlet.name} as a source (a citation: not counted)`,
      );
    }
  }
  for (const { outlet, count, example } of relativeLinks.values()) {
    add(
      outlet,
      count * EVIDENCE_WEIGHTS.relativeLinkPattern,
      `${plural(count, 'site-relative link')} in ${outlet.name}'s pattern (e.g. ${example})`,
    );
  }
}

/** The evidence of the text: self-mentions anywhere, and datelines where a text opens. */
function addTextEvidence(article: UnlabelledArticle, registry: readonly Outlet[], add: AddEvidence): void {
  const texts = [article.teaser, ...article.sentences];
  // Sentences that begin inside a quotation (their first curly mark closes one) cannot
  // carry the outlet's own dateline.
  const datelineTexts = texts
    .filter((text) => /[“”]/.exec(text)?.[0] !== '”')
    .map((text) => normaliseDashes(text.slice(0, DATELINE_WINDOW)));
  for (const outlet of registry) {
    const mentions = outlet.fingerprints.selfMentions.flatMap((phrase) => {
      const count = texts.reduce((sum, text) => sum + findPhrase(text, phrase).length, 0);
      return count === 0 ? [] : [`‘${phrase}’${count > 1 ? ` ×${count}` : ''}`];
    });
    // Repeating "told CNN" does not make it less of a citation: the phrases count once.
    if (mentions.length > 0) {
      add(
        outlet,
        EVIDENCE_WEIGHTS.selfMention,
        `${mentions.length === 1 ? 'self-mention' : 'self-mentions'} ${mentions.join(', ')} (also how others quote ${outlet.name}: weak evidence, not enough alone)`,
      );
    }
    for (const dateline of outlet.fingerprints.datelines) {
      const wanted = normaliseDashes(dateline);
      // Not inside a quotation: a dateline quoted by another outlet is not a signature.
      const opens = datelineTexts.some((text) =>
        findPhrase(text, wanted).some((at) => !/["“‘«]/.test(text.slice(0, at))),
      );
      if (opens) add(outlet, EVIDENCE_WEIGHTS.dateline, `dateline ‘${dateline}’`);
    }
  }
}

/** Collects the evidence for each outlet of the registry found in an article. */
export function collectEvidence(article: UnlabelledArticle, registry: readonly Outlet[]): Candidate[] {
  const byOutlet = new Map<string, Candidate>();
  const add: AddEvidence = (outlet, score, evidence) => {
    const candidate = byOutlet.get(outlet.id) ?? { outlet, score: 0, evidence: [] };
    candidate.score += score;
    candidate.evidence.push(evidence);
    byOutlet.set(outlet.id, candidate);
  };
  addLinkEvidence(countLinks(article.links, registry), add);
  addTextEvidence(article, registry, add);
  return [...byOutlet.values()].sort((a, b) => b.score - a.score || a.outlet.id.localeCompare(b.outlet.id));
}

/**
 * Infers the outlet of an article. Confidence grows with the weight of the evidence
 * (1 − 0.5^score: one link gives 0.5, a link and a self-mention 0.65, a dateline 0.875)
 * and shrinks with the share the runner-up holds.
 */
export function inferOutlet(article: UnlabelledArticle, registry: readonly Outlet[]): Inference {
  const candidates = collectEvidence(article, registry);
  const [best, second] = candidates;
  if (!best) {
    return {
      outlet: null,
      confidence: 0,
      evidence: ['no registry fingerprint found in the text'],
      candidates,
    };
  }
  const describe = (candidate: Candidate) => `${candidate.outlet.name}: ${candidate.evidence.join('; ')}`;
  if (best.score < MIN_SCORE) {
    return {
      outlet: null,
      confidence: 0,
      evidence: [`too little evidence to decide (${candidates.map(describe).join(' | ')})`],
      candidates,
    };
  }
  if (second && best.score < MIN_LEAD * second.score) {
    return {
      outlet: null,
      confidence: 0,
      evidence: [`ambiguous: ${candidates.map(describe).join(' | ')}`],
      candidates,
    };
  }
  const strength = 1 - 0.5 ** best.score;
  const share = best.score / (best.score + (second?.score ?? 0));
  const confidence = Math.round(strength * share * 100) / 100;
  const evidence = [...best.evidence];
  for (const other of candidates.slice(1)) evidence.push(`outweighed: ${describe(other)}`);
  return { outlet: best.outlet, confidence, evidence, candidates };
}
