/**
 * Adding a source file: where it goes, the sidecar skeleton a person confirms, and the
 * report of what the new file brings. Pure: the script does the reading and writing.
 */
import { slugify } from '../../src/lib/ids.ts';
import { findOutletByHost } from '../../src/lib/registry/outlets.ts';
import type { Article, Outlet } from '../../src/lib/schema/index.ts';

/** "~/Downloads/Reuters March.TXT" → "reuters-march.txt". */
export function sourceNameFor(path: string): string {
  const base = path.split(/[\\/]/).at(-1) ?? path;
  const stem = base.replace(/\.[^.]*$/, '');
  return `${slugify(stem) || 'source'}.txt`;
}

/** Counted names, most first, then by name. */
function mostFirst(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'));
}

/**
 * The sites an article links to that no registry outlet publishes on, most linked first:
 * the clue to an outlet the registry has never seen (its own links are usually the most).
 */
export function unregisteredDomains(article: Pick<Article, 'links'>, registry: readonly Outlet[]): string[] {
  const counts = new Map<string, number>();
  for (const { domain } of article.links) {
    if (domain === null || findOutletByHost(registry, domain)) continue;
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return mostFirst(counts).map(([domain]) => domain);
}

// A YAML double-quoted scalar: safe for any outlet name.
const quoted = (text: string) => JSON.stringify(text);

/**
 * The sidecar skeleton for a new source: one entry per article. With `outlet`, every entry
 * names it. Without, the outlet stays null and a comment gives the inference and its
 * evidence: a person confirms it by writing the name, so an inference never becomes
 * metadata unchecked.
 */
export function sidecarSkeleton(
  sourceName: string,
  articles: readonly Article[],
  outlet: string | null,
  registry: readonly Outlet[],
): string {
  const lines = [
    `# Provenance of ${sourceName}: one entry per article, by its position in that file`,
    '# (1 = its first teaser and body). Written by `npm run add-source`; check each entry.',
    '# Fill in what you can verify; leave null what you cannot (it shows as "unknown").',
    'articles:',
  ];
  for (const article of articles) {
    lines.push(`  - article: ${article.position}`);
    if (outlet === null) {
      const { method, confidence, evidence } = article.attribution;
      lines.push(
        method === 'inferred' && article.outlet
          ? `    # inferred: ${article.outlet.name} (confidence ${confidence}); confirm by writing outlet: ${quoted(article.outlet.name)}`
          : '    # the text does not say which outlet wrote it; write its name if you know it',
      );
      for (const item of evidence) lines.push(`    #   - ${item.replace(/\s+/g, ' ')}`);
      if (article.outlet === null) {
        for (const domain of unregisteredDomains(article, registry))
          lines.push(`    #   - links to ${domain}, which no registry outlet publishes on`);
      }
      lines.push('    outlet: null');
    } else {
      lines.push(`    outlet: ${quoted(outlet)}`);
    }
    lines.push('    headline: null', '    published: null', '    url: null', '    byline: null');
  }
  return `${lines.join('\n')}\n`;
}

/** What a new source brings, for the maintainer who added it. */
export interface AdditionReport {
  articles: number;
  /** Articles of the new file already in another source (merged into the first copy). */
  duplicates: number;
  outlets: {
    name: string;
    articles: number;
    /** No article of the other sources had this outlet. */
    newToSite: boolean;
    /** The outlet has no entry in content/outlets.yaml. */
    unregistered: boolean;
  }[];
  unattributed: number;
  /** Sites the unattributed articles link to that no registry outlet publishes on, with article counts. */
  unattributedDomains: [string, number][];
  quotes: number;
  quotesWithSpeaker: number;
  /** Speakers the people registry does not know, with their quote counts. */
  unknownSpeakers: [string, number][];
}

/** Summarises the articles of the new `files` against the rest of the site's articles. */
export function reportAddition(
  files: readonly string[],
  articles: readonly Article[],
  registry: readonly Outlet[],
): AdditionReport {
  const isNew = (file: string) => files.includes(file);
  const own = articles.filter((article) => isNew(article.source.file));
  const others = articles.filter((article) => !isNew(article.source.file));
  const duplicates = others.filter((article) => article.alsoIn.some((place) => isNew(place.file))).length;
  const outlets = new Map<string, AdditionReport['outlets'][number]>();
  for (const article of own) {
    if (article.outlet === null) continue;
    const entry = outlets.get(article.outlet.id) ?? {
      name: article.outlet.name,
      articles: 0,
      newToSite: !others.some((other) => other.outlet?.id === article.outlet!.id),
      unregistered: !registry.some((outlet) => outlet.id === article.outlet!.id),
    };
    entry.articles++;
    outlets.set(article.outlet.id, entry);
  }
  const domains = new Map<string, number>();
  for (const article of own.filter((item) => item.outlet === null)) {
    for (const domain of unregisteredDomains(article, registry))
      domains.set(domain, (domains.get(domain) ?? 0) + 1);
  }
  const quotes = own.flatMap((article) => article.quotes);
  const unknown = new Map<string, number>();
  for (const quote of quotes) {
    if (quote.speaker && !quote.speaker.registered) {
      unknown.set(quote.speaker.name, (unknown.get(quote.speaker.name) ?? 0) + 1);
    }
  }
  return {
    articles: own.length + duplicates,
    duplicates,
    outlets: [...outlets.values()].sort(
      (a, b) => b.articles - a.articles || a.name.localeCompare(b.name, 'en'),
    ),
    unattributed: own.filter((article) => article.outlet === null).length,
    unattributedDomains: mostFirst(domains),
    quotes: quotes.length,
    quotesWithSpeaker: quotes.filter((quote) => quote.speaker !== null).length,
    unknownSpeakers: mostFirst(unknown),
  };
}

/** The report as lines for a terminal. */
export function formatAdditionReport(report: AdditionReport): string[] {
  const lines = [`${report.articles} article${report.articles === 1 ? '' : 's'}`];
  if (report.duplicates > 0) {
    lines.push(`  ${report.duplicates} already in another source: shown once, with both places`);
  }
  lines.push('Outlets:');
  for (const outlet of report.outlets) {
    const flags = [
      outlet.newToSite ? 'new to the site' : null,
      outlet.unregistered
        ? 'not in content/outlets.yaml: add it (domains, fingerprints) to recognise it'
        : null,
    ].filter((flag) => flag !== null);
    lines.push(`  ${outlet.name}: ${outlet.articles}${flags.length > 0 ? ` (${flags.join('; ')})` : ''}`);
  }
  if (report.unattributed > 0) {
    lines.push(`  unattributed: ${report.unattributed} (name the outlet in the sidecar, or use --outlet)`);
    if (report.unattributedDomains.length > 0) {
      lines.push(
        `    they link to ${report.unattributedDomains.map(([domain, count]) => `${domain} (${count})`).join(', ')}, which no registry outlet publishes on: an outlet to add to content/outlets.yaml?`,
      );
    }
  }
  lines.push(`Quotes: ${report.quotes}, ${report.quotesWithSpeaker} with a speaker`);
  if (report.unknownSpeakers.length > 0) {
    lines.push(
      `Speakers not in content/people.yaml: ${report.unknownSpeakers.map(([name, count]) => `${name} (${count})`).join(', ')}`,
    );
  }
  return lines;
}
