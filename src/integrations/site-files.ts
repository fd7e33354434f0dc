/**
 * The files a build that knows its address (SITE_URL) writes for crawlers and hosts:
 * robots.txt naming the sitemap (@astrojs/sitemap's sitemap-index.xml) and, for a site
 * under a sub-path, `_redirects` for hosts that serve the folder at their root (Netlify,
 * Cloudflare Pages). Without SITE_URL there is no absolute address to name, and no file:
 * that build stays as it was before the setting.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { absoluteUrl, type SiteLocation } from '../lib/publish/site-url.ts';

/** The text of robots.txt for a site at `site` (an absolute URL ending in "/"). */
export function robotsTxt(site: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, '/sitemap-index.xml')}\n`;
}

/**
 * `_redirects` (Netlify and Cloudflare Pages format) for a site under `base` served from a
 * host's root: every address under the base is answered with the file at the same place
 * without it (a 200 rewrite, not a redirect), and the host's root leads to the site.
 * Nothing to say for a site at the root.
 */
export function redirectsFile(base: string): string | null {
  if (base === '/') return null;
  return [`${base}*  /:splat  200`, `/  ${base}  302`, ''].join('\n');
}

/** Writes robots.txt and, under a sub-path, `_redirects`, for the site at `location`. */
export function siteFiles({ site, base }: SiteLocation): AstroIntegration {
  return {
    name: 'site-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (site === undefined) return;
        const outDir = fileURLToPath(dir);
        await writeFile(path.join(outDir, 'robots.txt'), robotsTxt(site));
        const redirects = redirectsFile(base);
        if (redirects !== null) await writeFile(path.join(outDir, '_redirects'), redirects);
        logger.info(`robots.txt${redirects === null ? '' : ' and _redirects'} written`);
      },
    },
  };
}
