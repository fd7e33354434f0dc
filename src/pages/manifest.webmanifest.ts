import { url } from '../data/site-url.ts';

/**
 * dist/manifest.webmanifest, with its start page and icon under the site's base (SITE_URL).
 * Written as the file was before it was generated: at the root, the same bytes.
 */
export function GET() {
  const manifest = [
    '{',
    '  "name": "Summit coverage",',
    '  "short_name": "Summit coverage",',
    '  "description": "How news outlets covered Xi Jinping’s state visit to Moscow, 20–22 March 2023.",',
    `  "start_url": ${JSON.stringify(url('/'))},`,
    '  "display": "browser",',
    '  "background_color": "#ffffff",',
    '  "theme_color": "#1d3557",',
    `  "icons": [{ "src": ${JSON.stringify(url('/favicon.svg'))}, "sizes": "any", "type": "image/svg+xml" }]`,
    '}',
  ];
  return new Response(`${manifest.join('\n')}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
