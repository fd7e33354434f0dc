// @ts-check
import { env } from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { pagefind } from './src/integrations/pagefind.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/security.ts';
import { siteLocation, withoutBase } from './src/lib/publish/site-url.ts';
import { isReversedPairPath } from './src/lib/view/pairs.ts';

// Where the site lives, from one setting (README, Deploying): SITE_URL=https://example.org/summit/
// builds for that address; without it, for the root of any host, as before the setting.
const { site, base } = siteLocation(env['SITE_URL']);

export default defineConfig({
  ...(site === undefined ? {} : { site }),
  base,
  trailingSlash: 'always',
  // Four pages at a time: one renders while others wait on the disk (3,000 articles: 46 s → 43 s).
  build: { format: 'directory', concurrency: 4 },
  // Source text is rendered by src/lib/input/render.ts through this same unified processor
  // family; keep Astro's own Markdown on unified too, with quotes left as written. No
  // syntax highlighting: sources hold no code, and Shiki's inline styles break the CSP.
  markdown: { processor: unified({ smartypants: false }), syntaxHighlight: false },
  // A strict policy: everything from this site only, scripts by hash, no inline handlers.
  // Pagefind compiles its search index as WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
    },
  },
  // Canonical URLs need the site's address: the sitemap, robots.txt and _redirects only come with SITE_URL.
  integrations: [
    pagefind(base),
    securityHeaders(),
    ...(site === undefined
      ? []
      : [
          // A pair in the other order only points on to its page: not a page to list.
          sitemap({ filter: (page) => !isReversedPairPath(withoutBase(base, new URL(page).pathname)) }),
          siteFiles({ site, base }),
        ]),
  ],
  // The pages of a build read content/ themselves (src/data/collections.ts): from here,
  // whatever the working folder.
  vite: {
    define: { 'import.meta.env.PROJECT_ROOT': JSON.stringify(fileURLToPath(new URL('.', import.meta.url))) },
  },
});
