/**
 * The outlet registry (content/outlets.yaml): lookups by name, alias and domain.
 */
import { outletRegistrySchema, type Outlet } from '../schema/index.ts';
import { parseYaml } from '../input/yaml.ts';

/** Parses and validates the registry; throws an InputError naming file and line. */
export function parseOutletRegistry(file: string, text: string): Outlet[] {
  return parseYaml(
    file,
    text,
    outletRegistrySchema,
    'fix this entry of the outlet registry; the comment at the top of the file explains each field',
  ).data;
}

// "The Guardian", "guardian" and "People's Daily" / "Peoples Daily" compare equal.
function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Finds an outlet by id, name or alias, ignoring case and a leading "The". */
export function findOutletByName(registry: readonly Outlet[], name: string): Outlet | undefined {
  const wanted = normaliseName(name);
  return registry.find(
    (outlet) =>
      outlet.id === name.trim().toLowerCase() ||
      normaliseName(outlet.name) === wanted ||
      outlet.aliases.some((alias) => normaliseName(alias) === wanted),
  );
}

/** The outlet publishing on a host ("edition.cnn.com" → CNN), by the longest matching domain. */
export function findOutletByHost(
  registry: readonly Outlet[],
  host: string,
): { outlet: Outlet; domain: string } | undefined {
  let best: { outlet: Outlet; domain: string } | undefined;
  for (const outlet of registry) {
    for (const domain of outlet.domains) {
      if ((host === domain || host.endsWith(`.${domain}`)) && (!best || domain.length > best.domain.length)) {
        best = { outlet, domain };
      }
    }
  }
  return best;
}

// FNV-1a: a short, stable fingerprint of a name that has no Latin letters to slug.
function hashName(name: string): string {
  let hash = 0x811c9dc5;
  for (const char of name.normalize('NFC')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A kebab-case id for a name that has no registry entry ("Le Monde diplomatique" →
 * "le-monde-diplomatique"); names without Latin letters or digits get "outlet-<hash>".
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `outlet-${hashName(name)}` : slug;
}
