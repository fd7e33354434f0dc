/**
 * Inferring which outlet wrote an unlabelled article from registry fingerprints: links to
 * the outlet's own domains, its site-relative link patterns, self-mentions ("told CBS
 * News") and wire datelines ("/TASS/"). A wrong guess is worse than none, so an article is
 * attributed only when one outlet's evidence clearly outweighs every other's.
 */
import { findOutletByHost } from './outlets.ts';
import { hostOf, isSiteRelative } from './markdown.ts';
import type { Outlet } from './schema.ts';

/** Weights of one piece of evidence. Datelines only open an agency's own copy. */
export const EVIDENCE_WEIGHTS = {
  ownDomainLink: 1,
  /** A link to a wire, or an absolute link to an outlet that links to itself relatively. */
  citedDomainLink: 0.5,
  relativeLinkPattern: 1,
  selfMention: 2,
  dateline: 3,
} as const;

/** The winner must have at least this score… */
export const MIN_SCORE = 1;
/** …and at least this many times the runner-up's. */
export const MIN_LEAD = 2;

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

export interface UnlabelledArticle {
  teaser: string;
  body: string;
  hrefs: readonly string[];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function containsPhrase(text: string, phrase: string): number {
  let count = 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf(phrase, from);
    if (at === -1) return count;
    const before = text[at - 1];
    const after = text[at + phrase.length];
    const wordChar = /[\p{L}\p{N}]/u;
    const startsWithWord = wordChar.test(phrase[0] ?? '');
    const endsWithWord = wordChar.test(phrase.at(-1) ?? '');
    if (
      !(startsWithWord && before && wordChar.test(before)) &&
      !(endsWithWord && after && wordChar.test(after))
    ) {
      count++;
    }
    from = at + phrase.length;
  }
}

/** Collects the evidence for each outlet of the registry found in an article. */
export function collectEvidence(article: UnlabelledArticle, registry: readonly Outlet[]): Candidate[] {
  const byOutlet = new Map<string, Candidate>();
  const add = (outlet: Outlet, score: number, evidence: string) => {
    const candidate = byOutlet.get(outlet.id) ?? { outlet, score: 0, evidence: [] };
    candidate.score += score;
    candidate.evidence.push(evidence);
    byOutlet.set(outlet.id, candidate);
  };

  const domainLinks = new Map<string, { outlet: Outlet; count: number }>();
  const relativeLinks = new Map<string, { outlet: Outlet; count: number; example: string }>();
  for (const href of article.hrefs) {
    if (isSiteRelative(href)) {
      for (const outlet of registry) {
        if (outlet.fingerprints.relativeLinks.some((pattern) => new RegExp(pattern).test(href))) {
          const entry = relativeLinks.get(outlet.id) ?? { outlet, count: 0, example: href };
          entry.count++;
          relativeLinks.set(outlet.id, entry);
        }
      }
      continue;
    }
    const host = hostOf(href);
    const match = host === null ? undefined : findOutletByHost(registry, host);
    if (match) {
      const entry = domainLinks.get(match.domain) ?? { outlet: match.outlet, count: 0 };
      entry.count++;
      domainLinks.set(match.domain, entry);
    }
  }
  for (const [domain, { outlet, count }] of domainLinks) {
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
  for (const { outlet, count, example } of relativeLinks.values()) {
    add(
      outlet,
      count * EVIDENCE_WEIGHTS.relativeLinkPattern,
      `${plural(count, 'site-relative link')} in ${outlet.name}'s pattern (e.g. ${example})`,
    );
  }

  const text = `${article.teaser}\n${article.body}`;
  for (const outlet of registry) {
    for (const phrase of outlet.fingerprints.selfMentions) {
      const count = containsPhrase(text, phrase);
      if (count > 0)
        add(
          outlet,
          count * EVIDENCE_WEIGHTS.selfMention,
          `self-mention ‘${phrase}’${count > 1 ? ` ×${count}` : ''}`,
        );
    }
    for (const dateline of outlet.fingerprints.datelines) {
      const count = containsPhrase(text, dateline);
      if (count > 0) add(outlet, EVIDENCE_WEIGHTS.dateline, `dateline ‘${dateline}’`);
    }
  }
  return [...byOutlet.values()].sort((a, b) => b.score - a.score || a.outlet.id.localeCompare(b.outlet.id));
}

/**
 * Infers the outlet of an article. Confidence grows with the weight of the evidence
 * (1 − 0.4^score) and shrinks with the share the runner-up holds.
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
  const strength = 1 - 0.4 ** best.score;
  const share = best.score / (best.score + (second?.score ?? 0));
  const confidence = Math.round(strength * share * 100) / 100;
  const evidence = [...best.evidence];
  for (const other of candidates.slice(1)) evidence.push(`outweighed: ${describe(other)}`);
  return { outlet: best.outlet, confidence, evidence, candidates };
}
