/**
 * Each gate fails loudly when broken: the same checks the site passes, run on a page that
 * breaks every one of them (tests/fixtures/bad-pages).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
import { belowThreshold } from '../../scripts/lib/lighthouse-scores.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { brokenLinks, validateHtml } from './support/dist-checks.ts';
import {
  axeViolations,
  cutLabels,
  findForeignResources,
  findInlineHandlers,
  findScripts,
  findUnsafeExternalLinks,
  horizontalOverflow,
  walkKeyboard,
  watchTraffic,
} from './support/gates.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/bad-pages');
const badHtml = readFileSync(path.join(FIXTURES, 'index.html'), 'utf8');

let server: StaticServer;
let browser: Browser;
let page: Page;
let traffic: ReturnType<typeof watchTraffic>;

beforeAll(async () => {
  server = await serveStatic(FIXTURES);
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
  traffic = watchTraffic(page, server.url);
  await page.goto(`${server.url}/`);
  await page.waitForLoadState('networkidle');
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the gates, on a page that breaks them', () => {
  it('axe reports the missing alt text and the low contrast', async () => {
    const violations = await axeViolations(page);
    expect(violations.some((line) => line.startsWith('image-alt'))).toBe(true);
    expect(violations.some((line) => line.startsWith('color-contrast'))).toBe(true);
  });

  it('the traffic watch reports the console error, the failed request and the foreign host', () => {
    expect(traffic.errors).toContain('boom');
    expect(traffic.failed.some((line) => line.includes('/missing.png'))).toBe(true);
    expect(traffic.foreign).toContain('https://cdn.example.com/x.png');
  });

  it('the keyboard walk reports the unreachable link and the hidden focus', async () => {
    const walk = await walkKeyboard(page);
    expect(walk.unreached).toContain('a “A link the keyboard cannot reach”');
    expect(walk.invisible).toContain('a “A link that hides its focus”');
  });

  it('the layout check reports horizontal scroll', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    expect(await horizontalOverflow(page)).toBeGreaterThan(0);
  });

  it('the label check reports the chart label past its chart’s edge, the ellipsis and the cut caption', async () => {
    expect(await cutLabels(page)).toEqual([
      'outside its chart: A column label drawn far past the right edge of the chart',
      'ends in an ellipsis: Multipolar order and anti…',
      'text-overflow: ellipsis: ICC arrest warrant for Putin',
      'wider than its box: ICC arrest warrant for Putin',
    ]);
  });

  it('html-validate reports errors', async () => {
    const errors = await validateHtml([path.join(FIXTURES, 'index.html')]);
    expect(
      errors.some((line) => /close-order|no-inline-style|element-required-attributes|wcag/.test(line)),
    ).toBe(true);
  });

  it('linkinator reports the missing page and the missing fragment', async () => {
    const broken = await brokenLinks(path.join(FIXTURES, 'broken-links'));
    expect(broken.some((line) => line.includes('missing.html'))).toBe(true);
    expect(broken.some((line) => line.includes('#nowhere'))).toBe(true);
    expect(broken.some((line) => line.includes('index.html#top'))).toBe(false);
  }, 60_000);

  it('the file checks report the script, the inline handler, the unsafe link and the foreign resource', () => {
    expect(findScripts(badHtml)).toEqual(['<script>']);
    expect(findScripts('<script type="application/ld+json">{}</script>')).toEqual([]);
    expect(findInlineHandlers(badHtml)).toEqual(['onclick']);
    expect(findUnsafeExternalLinks(badHtml)).toEqual(['https://example.com/']);
    expect(findForeignResources(badHtml)).toEqual(['https://cdn.example.com/x.png']);
  });

  it('the Lighthouse threshold reports every score below 95', () => {
    expect(
      belowThreshold(
        [{ page: '/', scores: { performance: 100, accessibility: 94, 'best-practices': 96, seo: 90 } }],
        95,
      ),
    ).toEqual(['/ accessibility 94', '/ seo 90']);
  });
});
