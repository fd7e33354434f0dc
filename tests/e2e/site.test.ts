/**
 * The built site in a real browser: every page type renders, without errors, reachable by
 * keyboard, without horizontal scroll, accessible in light and dark, chart labels whole, and
 * search works.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveBuiltSite } from './support/served-site.ts';
import { axeViolations, cutLabels, horizontalOverflow, walkKeyboard, watchTraffic } from './support/gates.ts';
import { builtArticles, builtFraming, pageTypes } from './support/site.ts';
import { voiceLabel } from '../../src/lib/analysis/voices.ts';
import { pairPath } from '../../src/lib/view/pairs.ts';

const site = serveBuiltSite();

/** A fresh page in its own context (axe needs one from site.browser.newContext()). */
async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await site.browser.newContext(options);
  return context.newPage();
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

describe.each(pageTypes())('the $name page ($path)', ({ path, status }) => {
  it('renders with its status, a title, a main landmark and one h1', async () => {
    const page = await openPage();
    const response = await page.goto(site.url + path);
    expect(response?.status()).toBe(status);
    expect(await page.title()).not.toBe('');
    expect(await page.getByRole('main').count()).toBe(1);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    await page.context().close();
  });

  it('logs no errors and makes no failed or foreign requests, favicon included', async () => {
    const page = await openPage();
    const traffic = watchTraffic(page, site.url, { expectedStatus: status });
    await page.goto(site.url + path);
    await settle(page);
    expect(traffic.errors).toEqual([]);
    expect(traffic.failed).toEqual([]);
    expect(traffic.foreign).toEqual([]);
    await page.context().close();
  });

  it('reaches every focusable element by keyboard, each with a visible focus indicator', async () => {
    const page = await openPage();
    await page.goto(site.url + path);
    await settle(page);
    const walk = await walkKeyboard(page);
    expect(walk.unreached).toEqual([]);
    expect(walk.invisible).toEqual([]);
    await page.context().close();
  });

  it.each([360, 1280])('has no horizontal scroll at %i px', async (width) => {
    const page = await openPage({ viewport: { width, height: 800 } });
    await page.goto(site.url + path);
    await settle(page);
    expect(await horizontalOverflow(page)).toBe(0);
    await page.context().close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations in the %s colour scheme',
    async (colorScheme) => {
      const page = await openPage({ colorScheme });
      await page.goto(site.url + path);
      await settle(page);
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  // /search/ is the one page with JavaScript; its weight, with a query, is checked under 'search'.
  it.skipIf(path.startsWith('/search/'))('loads no JavaScript and at most 100 KiB in all', async () => {
    const page = await openPage();
    const traffic = watchTraffic(page, site.url, { expectedStatus: status });
    await page.goto(site.url + path);
    await settle(page);
    expect(traffic.responses.filter((response) => response.type === 'script')).toEqual([]);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    const total = traffic.responses.reduce((sum, response) => sum + response.bytes, 0);
    expect(total).toBeLessThanOrEqual(100 * 1024);
    await page.context().close();
  });
});

describe('chart and table labels', () => {
  const [first, second] = builtFraming().outlets;
  const paths = [
    '/compare/',
    '/timeline/',
    ...(first && second ? [pairPath(first.id, second.id), `/outlets/${first.id}/`] : []),
  ];

  it.each([390, 1280])(
    'are never cut at %i px: inside their chart, no ellipsis, none wider than its box',
    async (width) => {
      for (const path of paths) {
        const page = await openPage({ viewport: { width, height: 800 } });
        await page.goto(site.url + path);
        expect(await cutLabels(page), path).toEqual([]);
        await page.context().close();
      }
    },
  );

  it('draw each matrix row and column whole, as its table names it', async () => {
    const page = await openPage();
    await page.goto(`${site.url}/compare/`);
    const matrices = await page.locator('figure.matrix').all();
    expect(matrices.length).toBeGreaterThan(0);
    for (const matrix of matrices) {
      const drawn = await matrix
        .locator('svg text.matrix-column, svg text.matrix-row')
        .evaluateAll((labels) =>
          labels.map((label) =>
            [...label.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
          ),
        );
      const named = await matrix.locator('thead th:not(:first-child), tbody th').allTextContents();
      expect(drawn.length).toBeGreaterThan(0);
      expect(drawn).toEqual(named.map((label) => label.trim()));
    }
    await page.context().close();
  });
});

describe('search', () => {
  const articles = builtArticles();
  const target = articles.find((article) => article.outlet !== null)!;
  const outlet = target.outlet!.name;
  // A long word from the target's text: likely to be found, and found in few articles.
  const word = target.text
    .split(/[^\p{L}]+/u)
    .filter((candidate) => candidate.length >= 6)
    .sort((a, b) => b.length - a.length)[0]!;

  it('filtered by outlet, finds only that outlet’s articles and lands on the article', async () => {
    const page = await openPage();
    await page.goto(`${site.url}/search/`);
    await page.getByLabel('Words to find').fill(word);
    await page.getByLabel('Outlet').selectOption(outlet);
    await page.getByLabel('Show').selectOption('article');
    await page.getByRole('button', { name: 'Search' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/found for/);
    expect(await status.textContent()).toContain(outlet);
    const results = page.locator('#results li');
    const outlets = await results.locator('.result-outlet').allTextContents();
    expect(outlets.length).toBeGreaterThan(0);
    expect(new Set(outlets)).toEqual(new Set([`Article · ${outlet}`]));
    await page.locator(`#results a[href^="${target.href}"]`).click();
    await page.waitForURL(`**${target.href}**`);
    expect(await page.locator('[data-pagefind-meta="outlet"]').textContent()).toBe(outlet);
    await page.context().close();
  });

  it('with another outlet’s filter, does not return that article', async () => {
    const other = articles.find(
      (article) => article.outlet !== null && article.outlet.id !== target.outlet!.id,
    );
    if (!other) return;
    const page = await openPage();
    await page.goto(
      `${site.url}/search/?q=${encodeURIComponent(word)}&outlet=${encodeURIComponent(other.outlet!.name)}`,
    );
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found for/);
    expect(await page.locator(`#results a[href^="${target.href}"]`).count()).toBe(0);
    await page.context().close();
  });

  it('lists an outlet’s quotes with no words at all, each landing on its quote', async () => {
    const quoted = articles.find((article) => article.outlet !== null && article.quotes.length > 0)!;
    const outletName = quoted.outlet!.name;
    const expected = articles
      .filter((article) => article.outlet?.id === quoted.outlet!.id)
      .flatMap((article) => article.quotes);
    const page = await openPage();
    await page.goto(`${site.url}/search/?type=quote&outlet=${encodeURIComponent(outletName)}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found/);
    const hrefs = await page
      .locator('#results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBe(Math.min(expected.length, 10));
    const first = hrefs[0]!;
    await page.locator(`#results a[href="${first}"]`).click();
    await page.waitForURL(`**${first.split('#')[0]!}**`);
    const id = first.split('#')[1]!.split(':~:')[0]!;
    const quote = expected.find((item) => item.id === id)!;
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain(quote.text);
    await page.context().close();
  });

  it('filters quotes by speaker', async () => {
    const quote = articles.flatMap((article) => article.quotes).find((item) => item.speaker !== null)!;
    const page = await openPage();
    await page.goto(`${site.url}/search/?speaker=${encodeURIComponent(quote.speaker!.name)}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found/);
    const metas = await page.locator('#results .result-outlet').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain(`Quote · ${quote.speaker!.name} ·`);
    await page.context().close();
  });

  it('lists results a page at a time; "Show more" adds the next and moves focus to the first of them', async () => {
    const quotes = articles.flatMap((article) => article.quotes);
    const page = await openPage();
    await page.goto(`${site.url}/search/?type=quote`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found/);
    expect(await page.getByRole('status').textContent()).toBe(`${quotes.length} results found (quote).`);
    const links = page.locator('#results a');
    expect(await links.count()).toBe(Math.min(quotes.length, 10));
    const more = page.getByRole('button', { name: /^Show \d+ more/ });
    if (quotes.length <= 10) {
      expect(await more.isVisible()).toBe(false);
    } else {
      await more.click();
      await expect.poll(() => links.count()).toBe(Math.min(quotes.length, 30));
      expect(await links.nth(10).evaluate((link) => link === document.activeElement)).toBe(true);
      const hrefs = await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')));
      expect(new Set(hrefs).size).toBe(hrefs.length);
    }
    await page.context().close();
  });

  it('filters quotes by voice', async () => {
    const byHref = new Map(
      articles.flatMap((article) =>
        article.quotes.map((quote): [string, (typeof article.quotes)[number]] => [
          `${article.href}#${quote.id}`,
          quote,
        ]),
      ),
    );
    const page = await openPage();
    await page.goto(`${site.url}/search/`);
    const voice = page.getByLabel('Voice');
    const label = (await voice.locator('option').nth(1).textContent())!.trim();
    await voice.selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found/);
    const hrefs = await page
      .locator('#results a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(voiceLabel(byHref.get(href)?.speaker ?? null), href).toBe(label);
    await page.context().close();
  });

  it('shows a quote result’s sentence with the quote marked and the matched word highlighted, says where it matched, and links to the quote', async () => {
    // A quote and a word of its sentence that the quote itself does not hold: the longest,
    // likely found in few records, so that the quote is among the first listed.
    const [quote, sentenceWord] = articles
      .flatMap((article) =>
        article.quotes.flatMap((item) => {
          const sentence = article.sentences.find((candidate) => candidate.id === item.sentenceId)!.text;
          const outside = `${sentence.slice(0, item.start)} ${sentence.slice(item.end)}`;
          const own = new Set(item.text.toLowerCase().split(/[^\p{L}]+/u));
          return outside
            .split(/[^\p{L}]+/u)
            .filter((candidate) => !own.has(candidate.toLowerCase()))
            .map((candidate) => [{ ...item, href: `${article.href}#${item.id}` }, candidate] as const);
        }),
      )
      .sort(([, a], [, b]) => b.length - a.length)[0]!;
    const page = await openPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(sentenceWord)}&type=quote`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found for/);
    const item = page.locator('#results li').filter({ has: page.locator(`a[href="${quote.href}"]`) });
    expect(await item.count()).toBe(1);
    expect(await item.locator('.excerpt mark.quote').textContent()).toBe(quote.text);
    expect(await item.locator('.excerpt mark:not(.quote)').allTextContents()).toContain(sentenceWord);
    expect(await item.locator('.result-match').textContent()).toContain('the sentence around it');
    await page.context().close();
  });

  it('finds nothing for a name no source has, rather than another word’s stem ("Biden" is not "bid")', async () => {
    const page = await openPage();
    await page.goto(`${site.url}/search/?q=Biden`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/found for/);
    expect(await status.textContent()).toBe('0 results found for “Biden”.');
    await page.context().close();
  });

  it('applies a filter as soon as it changes, and puts it in the address', async () => {
    const page = await openPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(word)}`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/found for/);
    await page.getByLabel('Outlet').selectOption(outlet);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(`(${outlet})`);
    expect(new URL(page.url()).searchParams.get('outlet')).toBe(outlet);
    const outlets = await page.locator('#results .result-outlet').allTextContents();
    for (const text of outlets) expect(text).toContain(outlet);
    await page.context().close();
  });

  it('runs the search when Enter is pressed on a filter', async () => {
    const page = await openPage();
    await page.goto(`${site.url}/search/`);
    await page.getByLabel('Words to find').fill(word);
    await page.getByLabel('Show').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found for/);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    await page.context().close();
  });

  it('asks the search worker before it puts the search in the address, which then still follows', async () => {
    const page = await openPage();
    // Records the order of the two calls: pushState took ~2 ms of a 30 ms search at 10,000 articles.
    await page.addInitScript(() => {
      const order: string[] = [];
      (window as unknown as { callOrder: string[] }).callOrder = order;
      const record = (owner: object, method: string, name: string) => {
        const original = Object.getOwnPropertyDescriptor(owner, method)!.value as (
          ...args: unknown[]
        ) => unknown;
        Object.defineProperty(owner, method, {
          configurable: true,
          writable: true,
          value: function (this: unknown, ...args: unknown[]) {
            order.push(name);
            return original.apply(this, args);
          },
        });
      };
      record(Worker.prototype, 'postMessage', 'ask');
      record(History.prototype, 'pushState', 'address');
    });
    await page.goto(`${site.url}/search/`);
    await page.getByLabel('Words to find').fill(word);
    await page.getByLabel('Words to find').press('Enter');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found for/);
    expect(
      await page.evaluate(() => (window as unknown as { callOrder: string[] }).callOrder.slice(0, 2)),
    ).toEqual(['ask', 'address']);
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    await page.context().close();
  });

  it('takes ids as well as display names in the address, in any letter case', async () => {
    const quote = articles.flatMap((article) => article.quotes).find((item) => item.speaker !== null)!;
    const cases = [
      ['outlet', target.outlet!.id, 'Outlet', outlet],
      ['outlet', outlet.toUpperCase(), 'Outlet', outlet],
      ['speaker', quote.speaker!.id, 'Speaker', quote.speaker!.name],
      ['speaker', quote.speaker!.name.toLowerCase(), 'Speaker', quote.speaker!.name],
      ['type', 'Quote', 'Show', 'quote'],
    ] as const;
    const page = await openPage();
    for (const [name, value, label, chosen] of cases) {
      await page.goto(`${site.url}/search/?${name}=${encodeURIComponent(value)}`);
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/found/);
      expect(await status.textContent(), value).not.toMatch(/^No /);
      expect(await page.getByLabel(label).inputValue(), value).toBe(chosen);
    }
    await page.context().close();
  });

  it('says so when the address names an outlet the sources do not have (an old link), and searches without it', async () => {
    const page = await openPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(word)}&outlet=No+Such+Outlet`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/found for/);
    expect(await status.textContent()).toMatch(
      /^No outlet “No Such Outlet” in these sources\. \d+ results? found for/,
    );
    expect(await page.getByLabel('Outlet').inputValue()).toBe('');
    await page.context().close();
  });

  it.each([
    ['the whole index', '**/pagefind/**'],
    ['Pagefind’s WebAssembly', '**/pagefind/wasm.*'],
    ['a merged bundle', '**/pagefind/quotes-1/**'],
  ])(
    'says search is not available when %s cannot be loaded, and does not stay busy',
    async (_what, pattern) => {
      const page = await openPage();
      // Workers' requests go through the context's routes.
      await page.context().route(pattern, (route) => route.abort());
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(word)}`);
      const status = page.getByRole('status');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/not available/);
      expect(await page.locator('#results').getAttribute('aria-busy')).toBe('false');
      await page.context().close();
    },
  );

  it('lists the first part of the index’s results at once, then the whole index’s in their place', async () => {
    const quote = articles.flatMap((article) => article.quotes).find((item) => /\p{L}{5,}/u.test(item.text))!;
    const quoteWord = /\p{L}{5,}/u.exec(quote.text)![0];
    const page = await openPage();
    // The quotes' bundle waits until the first part's results are shown.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.context().route('**/pagefind/quotes-1/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(quoteWord)}`);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/so far/);
    expect(await status.textContent()).toMatch(
      /^\d+ results? so far for “.+”, from the first part of the index; searching the rest…$/,
    );
    expect(await page.locator('#results').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('#results .result-quote').count()).toBe(0);
    expect(await page.locator('#results-more').isHidden()).toBe(true);
    release();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/found for/);
    expect(await page.locator('#results').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('#results .result-quote').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('announces the number of results in a live region', async () => {
    const page = await openPage();
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(word)}`);
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ results? found for/);
    await page.context().close();
  });

  it('loads at most 100 KiB for the search page and a query', async () => {
    const page = await openPage();
    const traffic = watchTraffic(page, site.url);
    await page.goto(`${site.url}/search/?q=${encodeURIComponent(word)}`);
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/found for/);
    await settle(page);
    const total = traffic.responses.reduce((sum, response) => sum + response.bytes, 0);
    expect(total).toBeLessThanOrEqual(100 * 1024);
    await page.context().close();
  });

  it('works from the header form without JavaScript', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${site.url}/about/`);
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await box.fill(word);
    await box.press('Enter');
    await page.waitForURL('**/search/?q=*');
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    await expect
      .poll(() => page.getByText('Search runs in your browser and needs JavaScript').isVisible())
      .toBe(true);
    await page.context().close();
  });
});
