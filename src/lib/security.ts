/**
 * The site's security policy, shared by Astro's CSP <meta> and the `_headers` file for
 * static hosts, so both say the same thing.
 */

/** CSP directives besides script-src and style-src (which Astro writes, with hashes). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** script-src sources; Astro adds the hashes of its own scripts. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Headers a static host should send with every response (frame-ancestors only works as a header). */
export const HARDENING_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const;

/**
 * The `_headers` file (Netlify / Cloudflare Pages format): the union of the CSPs of all
 * pages, so one policy fits every path, plus frame-ancestors and the hardening headers.
 */
export function toHeadersFile(pagePolicies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of pagePolicies) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const source of sources) set.add(source);
      merged.set(name, set);
    }
  }
  merged.set('frame-ancestors', new Set(["'none'"]));
  const csp = [...merged.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, sources]) => [name, ...[...sources].sort()].join(' '))
    .join('; ');
  const lines = ['/*', `  Content-Security-Policy: ${csp}`];
  for (const [name, value] of Object.entries(HARDENING_HEADERS)) lines.push(`  ${name}: ${value}`);
  return `${lines.join('\n')}\n`;
}
