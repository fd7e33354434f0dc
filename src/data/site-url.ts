/**
 * Site paths as URLs of this build: the one place pages add the base that SITE_URL gives
 * (astro.config.mjs, src/lib/publish/site-url.ts).
 */
import { withBase } from '../lib/publish/site-url.ts';

/** The base of this build, "/" or "/summit/" (Astro's BASE_URL, with its final slash). */
export const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** "/articles/x/" as a URL of this build: "/summit/articles/x/" under /summit/. */
export function url(sitePath: string): string {
  return withBase(BASE, sitePath);
}
