/**
 * Charts on a phone (390 px): every chart text is drawn at 12 px or more, and a chart wider
 * than the screen scrolls inside a focusable region with a visible cue.
 */
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from './support/served-site.ts';
import { builtFraming } from './support/site.ts';

const site = serveBuiltSite();

// The pages that draw charts: the matrices (when the build has two outlets) and the timeline.
const chartPages = () => [
  ...(builtFraming().outlets.length >= 2 ? ['/compare/', '/compare/without-opinion/'] : []),
  '/timeline/',
];

describe('charts at 390 px', () => {
  it('draw every text at 12 px or more (the font size times the chart’s scale)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of chartPages()) {
      await page.goto(site.url + path);
      const sizes = await page.locator('svg:has(text)').evaluateAll((charts) =>
        charts.flatMap((chart) => {
          const svg = chart as SVGSVGElement;
          const scale =
            svg.getBoundingClientRect().width /
            (svg.viewBox.baseVal.width || svg.getBoundingClientRect().width);
          return [...svg.querySelectorAll('text')].map((text) => ({
            text: text.textContent,
            px: Math.round(Number.parseFloat(getComputedStyle(text).fontSize) * scale * 10) / 10,
          }));
        }),
      );
      expect(sizes.length, path).toBeGreaterThan(0);
      expect(
        sizes.filter((size) => size.px < 12),
        path,
      ).toEqual([]);
    }
    await context.close();
  });

  it('scroll a chart wider than the screen in a focusable region, with a visible cue', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/compare/`);
    const regions = await page.locator('.chart-scroll').evaluateAll((elements) =>
      elements.map((element) => ({
        scrolls: element.scrollWidth > element.clientWidth,
        focusable: element.getAttribute('tabindex') === '0',
        named: (element.getAttribute('aria-label') ?? '').length > 0,
        cue: (() => {
          const cue = element.nextElementSibling;
          return (
            cue !== null && cue.classList.contains('scroll-cue') && getComputedStyle(cue).display !== 'none'
          );
        })(),
      })),
    );
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions)
      expect(region).toEqual({ scrolls: true, focusable: true, named: true, cue: true });
    // A keyboard reader scrolls it with the arrow keys once it has focus.
    const first = page.locator('.chart-scroll').first();
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Chromium scrolls smoothly, over several frames: read the position until it moves (a
    // single read right after the key press saw 0 on one CI run of three).
    await expect
      .poll(() => first.evaluate((element) => element.scrollLeft), { timeout: 3000 })
      .toBeGreaterThan(0);
    await context.close();
  });
});
