/**
 * `node scripts/lighthouse.ts` (part of `npm run test:e2e`): serves dist/, audits the home
 * page, an article, search, the timeline (an SVG chart) and the comparison by country with Lighthouse, prints the scores, and fails when any is
 * below 95 (the goal is 100).
 */
import { readFileSync } from 'node:fs';
import { auditPages, belowThreshold, CATEGORIES } from './lib/lighthouse-scores.ts';
import { serveStatic } from './lib/serve-static.ts';

const THRESHOLD = 95;
const articles = JSON.parse(readFileSync('dist/data/articles.json', 'utf8')) as { href: string }[];
const pages = [
  '/',
  articles[0]?.href ?? '/about/',
  '/search/?q=Putin',
  '/timeline/',
  '/compare/groups/country/',
];

const server = await serveStatic('dist');
try {
  const results = await auditPages(server.url, pages);
  console.log(`\nLighthouse, median of 3 runs (${CATEGORIES.join(', ')})`);
  for (const { page, scores } of results) {
    console.log(
      `  ${page.padEnd(40)} ${CATEGORIES.map((category) => String(scores[category]).padStart(3)).join('  ')}`,
    );
  }
  const low = belowThreshold(results, THRESHOLD);
  if (low.length > 0) {
    console.error(`\n✗ below ${THRESHOLD}: ${low.join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(`\n✓ every score is ${THRESHOLD} or more`);
  }
} finally {
  await server.close();
}
