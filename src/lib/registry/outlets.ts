/**
 * The outlet registry (content/outlets.yaml): lookups by name, alias and domain.
 */
import { outletRegistrySchema, type Outlet } from '../schema/index.ts';
import { parseYaml } from '../input/yaml.ts';

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** The name of the country of an outlet's headquarters: "GB" → "United Kingdom". */
export function countryName(code: string): string {
  return countryNames.of(code) ?? code;
}

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
