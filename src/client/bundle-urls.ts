/**
 * Where the search page's worker finds Pagefind: the primary bundle and the bundle list,
 * under the site's base ("/", or SITE_URL's path). Vite writes BASE_URL in at build time,
 * with its final "/"; at the root these are the same strings as before the base existed.
 */
import { BUNDLE_LIST, PRIMARY_FOLDER } from '../lib/publish/search-filters.ts';

/** The primary bundle's URL: it holds the Pagefind script every engine runs. */
export const primaryBundle = `${import.meta.env.BASE_URL}${PRIMARY_FOLDER}`;

/** The URL of the list of bundles the worker searches. */
export const bundleListUrl = `${primaryBundle}${BUNDLE_LIST}`;
