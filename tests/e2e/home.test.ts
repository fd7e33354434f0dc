/**
 * The home page leads with the comparison: a first-time reader on a 1280×800 screen sees at
 * least three differences between the outlets, each a link to its sentences, before scrolling.
 */
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from './support/served-site.ts';

const site = serveBuiltSite();

describe('the home page', () => {
  it('shows three or more differences, each linked to its evidence, above the fold at 1280×800', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
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
      const response = await page.request.get(site.url + link.href.split('#')[0]!);
      expect(response.status(), link.href).toBe(200);
    }
    await context.close();
  });
});
