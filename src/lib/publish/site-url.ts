/**
 * Where the built site lives. One setting, `SITE_URL` (the address of the site's root,
 * e.g. "https://example.org/summit/"), gives Astro's `site` (canonical URLs, the sitemap)
 * and `base` (the path every URL of the site starts with). Without it the site lives at
 * the root of whatever host serves it, and builds exactly as it did before the setting.
 *
 * Inside the project every URL is a site path ("/articles/x/", base-free): records, the
 * analysis and the views pass those around, and the base is added once, where a URL is
 * written into a page or a published file (`withBase`).
 */

export interface SiteLocation {
  /** The site's root as an absolute URL with a trailing slash, or undefined without SITE_URL. */
  site: string | undefined;
  /** The path of the site's root: "/" or "/summit/" (always with both slashes). */
  base: string;
}

/** How to fix a bad SITE_URL, said in every error about it. */
const HOW_TO_FIX =
  'set SITE_URL to the address of the site’s root, e.g. SITE_URL=https://example.org/summit/, or leave it unset to build for the root of any host';

/** The site's location from the value of SITE_URL; throws a message naming the fix when it is not usable. */
export function siteLocation(siteUrl: string | undefined): SiteLocation {
  if (siteUrl === undefined || siteUrl.trim() === '') return { site: undefined, base: '/' };
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    throw new Error(`SITE_URL=${siteUrl} is not an absolute URL: ${HOW_TO_FIX}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL=${siteUrl} is not an http(s) address: ${HOW_TO_FIX}`);
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new Error(
      `SITE_URL=${siteUrl} has a query, fragment or credentials, which no site root has: ${HOW_TO_FIX}`,
    );
  }
  // "https://example.org/summit" means the folder, as hosts serve it: /summit/ and below.
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}

/**
 * The URL of a site path on the site as built: "/articles/x/" becomes "/summit/articles/x/"
 * under base "/summit/", and stays as it is under "/". Only site paths (starting with one
 * "/") are accepted: a page that hands anything else here has a bug the build should show.
 */
export function withBase(base: string, sitePath: string): string {
  if (!sitePath.startsWith('/') || sitePath.startsWith('//')) {
    throw new Error(`withBase: "${sitePath}" is not a site path (it must start with a single "/")`);
  }
  return base === '/' ? sitePath : `${base}${sitePath.slice(1)}`;
}

/** The absolute address of a site path, for canonical links and the sitemap: needs `site`. */
export function absoluteUrl(site: string, sitePath: string): string {
  return new URL(sitePath.slice(1), site).href;
}

/**
 * A JSON replacer that writes every `href` under `base`, for a file whose every `href` is a
 * site path (framing.json: its articles and its evidence); none is needed at the root.
 */
export function hrefsUnderBase(base: string): ((key: string, value: unknown) => unknown) | undefined {
  if (base === '/') return undefined;
  return (key, value) => (key === 'href' && typeof value === 'string' ? withBase(base, value) : value);
}

/** The site path of a URL written under `base` (the inverse of `withBase`). */
export function withoutBase(base: string, url: string): string {
  if (!url.startsWith(base)) throw new Error(`withoutBase: "${url}" is not under the base "${base}"`);
  return `/${url.slice(base.length)}`;
}
