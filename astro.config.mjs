// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Source text is rendered by src/lib/render.ts through this same unified processor
  // family; keep Astro's own Markdown on unified too, with quotes left as written.
  markdown: { processor: unified({ smartypants: false }) },
  integrations: [pagefind()],
});
