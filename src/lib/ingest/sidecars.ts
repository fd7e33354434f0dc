/**
 * Sidecars: the optional `<name>.meta.yaml` next to a source, describing its articles
 * (outlet, headline, url, …) by number. Reading them, matching entries to articles, and
 * deciding an article's outlet when a sidecar names one.
 */
import type { Inference } from '../analysis/index.ts';
import { slugify } from '../ids.ts';
import { decodeText, type FileInput } from '../input/source.ts';
import { parseYaml, type ParsedYaml } from '../input/yaml.ts';
import type { Problem } from '../problems.ts';
import { findOutletByName } from '../registry/outlets.ts';
import {
  sidecarSchema,
  type Outlet,
  type OutletAttribution,
  type OutletRef,
  type SidecarEntry,
} from '../schema/index.ts';

/** `content/sources/xi.txt` → `content/sources/xi.meta.yaml`. */
export function sidecarPathFor(sourceFile: string): string {
  return sourceFile.replace(/\.txt$/, '.meta.yaml');
}

const SIDECAR_HINT =
  'fix this sidecar entry: `articles:` is a list of {article, outlet, headline, url, published, byline, section}; see README "Sidecar"';

/** Reads a sidecar file: a list of entries describing the articles of one source. */
export function parseSidecar(input: FileInput): ParsedYaml<{ articles: SidecarEntry[] }> {
  return parseYaml(input.file, decodeText(input.file, input.bytes), sidecarSchema, SIDECAR_HINT);
}

/**
 * A sidecar entry and where it stands, for the article it describes; or an imported
 * article's front matter, which describes its article the same way.
 */
export interface SidecarContext {
  file: string;
  entry: SidecarEntry;
  line: number | null;
  /** The line of the entry's `outlet:` key, for messages about the outlet. */
  outletLine: number | null;
  /** What describes the article: a sidecar, or an imported article's front matter. */
  kind?: 'sidecar' | 'front matter';
  /** A wire service whose copy the article is (front matter only). */
  wire?: string | null;
  /** Where the importer found each field, e.g. `outlet: og:site_name = "DW"` (front matter only). */
  evidence?: readonly string[];
}

/**
 * The entries of a source's sidecar by article number; an entry for an article the source
 * does not have is a problem.
 */
export function indexSidecarEntries(
  sidecar: ParsedYaml<{ articles: SidecarEntry[] }>,
  sidecarFile: string,
  source: { file: string; articleCount: number },
  problems: Problem[],
): Map<number, SidecarContext> {
  const contexts = new Map<number, SidecarContext>();
  sidecar.data.articles.forEach((entry, index) => {
    const line = sidecar.lineAt(['articles', index]);
    if (entry.article > source.articleCount) {
      problems.push({
        file: sidecarFile,
        line,
        message: `an entry for article ${entry.article}, but ${source.file} has ${source.articleCount} article${source.articleCount === 1 ? '' : 's'}`,
        hint: 'article numbers count teaser+body pairs from the top of the source, starting at 1; fix the number or remove the entry',
      });
      return;
    }
    const outletLine = sidecar.lineAt(['articles', index, 'outlet']) ?? line;
    contexts.set(entry.article, { file: sidecarFile, entry, line, outletLine });
  });
  return contexts;
}

/** Warns about each sidecar that has no source file: it is ignored. */
export function warnOrphanSidecars(
  sidecarFiles: Iterable<string>,
  sources: readonly FileInput[],
  warnings: Problem[],
): void {
  for (const file of sidecarFiles) {
    if (!sources.some((source) => sidecarPathFor(source.file) === file)) {
      warnings.push({
        file,
        line: null,
        message: 'a sidecar without a source file; it is ignored',
        hint: `name it after its source (<name>.txt → <name>.meta.yaml), or delete it`,
      });
    }
  }
}

/** The outlet of an article: the sidecar's if it names one (checked against the text), else the inferred one. */
export function decideOutlet(
  inference: Inference,
  sidecar: SidecarContext | undefined,
  registry: readonly Outlet[],
  warnings: Problem[],
): { outlet: OutletRef | null; attribution: OutletAttribution } {
  const named = sidecar?.entry.outlet;
  if (sidecar && named) {
    const where = `${sidecar.file}${sidecar.line === null ? '' : `:${sidecar.line}`}`;
    const registered = findOutletByName(registry, named);
    const outlet: OutletRef = registered
      ? { id: registered.id, name: registered.name, registered: true }
      : { id: slugify(named), name: named, registered: false };
    if (!registered) {
      warnings.push({
        file: sidecar.file,
        line: sidecar.outletLine,
        message: `outlet "${named}" has no registry entry; it is shown with its name only`,
        hint: 'add it to content/outlets.yaml (domains, country, kind, fingerprints), or use the name of an existing entry',
      });
    }
    const evidence = [
      `${sidecar.kind ?? 'sidecar'} ${where} names the outlet “${named}”`,
      ...(sidecar.evidence ?? []).filter((line) => /^(?:outlet|wire):/.test(line)),
    ];
    const wire = sidecar.wire ? findOutletByName(registry, sidecar.wire) : undefined;
    if (inference.outlet && inference.outlet.id === outlet.id) {
      evidence.push(`text fingerprints agree: ${inference.evidence.join('; ')}`);
    } else if (inference.outlet && inference.outlet.id === wire?.id) {
      // A site's copy of a wire story carries the wire's fingerprints: both are recorded.
      evidence.push(
        `text fingerprints name the wire it republishes, ${wire.name}: ${inference.evidence.join('; ')}`,
      );
    } else if (inference.outlet) {
      evidence.push(
        `text fingerprints point to ${inference.outlet.name} instead: ${inference.evidence.join('; ')}`,
      );
      warnings.push({
        file: sidecar.file,
        line: sidecar.outletLine,
        message: `the ${sidecar.kind ?? 'sidecar'} says ${outlet.name}, but the text's fingerprints point to ${inference.outlet.name}`,
        hint: `check the outlet in the ${sidecar.kind ?? 'sidecar'}${sidecar.kind === 'front matter' ? ' (a site that republishes wire copy names the wire in `wire:`)' : ' and its article number'}; it wins until it is changed`,
      });
    } else {
      evidence.push(`text fingerprints alone would not decide (${inference.evidence.join('; ')})`);
    }
    return { outlet, attribution: { method: 'metadata', confidence: 1, evidence } };
  }
  if (inference.outlet) {
    return {
      outlet: { id: inference.outlet.id, name: inference.outlet.name, registered: true },
      attribution: { method: 'inferred', confidence: inference.confidence, evidence: inference.evidence },
    };
  }
  return {
    outlet: null,
    attribution: { method: 'unattributed', confidence: 0, evidence: inference.evidence },
  };
}
