/**
 * Ids for things that have a name: outlets and speakers without a registry entry, and the
 * file names of new sources. One function, so an id looks the same wherever it is made.
 */

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
