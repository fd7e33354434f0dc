/**
 * The home page leads with the comparison: a first-time reader on a 1280×800 screen sees at
 * least three differences between the outlets, each a link to its sentences, before scrolling.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.ts';
import { DIST } from './support/site.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await server.close();
});

describe('the home page', () => {
  it('shows three or more differences, each linked to its evidence, above the fold at 1280×800', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const links = await page.locator('.differences li a').evaluateAll((anchors) =>
      anchors.map((anchor) => ({
        href: anchor.getAttribute('href') ?? '',
        bottom: anchor.getBoundingClientRect().bottom,
        text: anchor.textContent,
      })),
    );
    const aboveTheFold = links.filter((link) => link.bottom <= 800);
    expect(aboveTheFold.length, JSON.stringify(links)).toBeGreaterThanOrEqual(3);
    for (const link of aboveTheFold) {
      expect(link.text).toMatch(/\d/);
      const response = await page.request.get(server.url + link.href.split('#')[0]!);
      expect(response.status(), link.href).toBe(200);
    }
    await context.close();
  });
});
