/**
 * The quality gates, as functions over a Playwright page or over built HTML, so the same
 * check runs on the real site and on deliberately broken fixtures.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface Traffic {
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that failed or answered ≥ 400 (the expected main document of a 404 page aside). */
  failed: string[];
  /** Requests to any origin but the site's. */
  foreign: string[];
  /** Every response: URL, resource type and body bytes. */
  responses: { url: string; type: string; bytes: number }[];
}

/** Records what a page logs and loads from now on. */
export function watchTraffic(page: Page, origin: string, { expectedStatus = 200 } = {}): Traffic {
  const traffic: Traffic = { errors: [], failed: [], foreign: [], responses: [] };
  let mainDocument: string | undefined;
  page.on('console', (message) => {
    const text = message.text();
    // Chromium logs the 404 page's own status as a console error: that one is expected.
    const expected404 =
      expectedStatus === 404 && /status of 404/.test(text) && message.location().url === mainDocument;
    if (message.type() === 'error' && !expected404) traffic.errors.push(text);
  });
  page.on('pageerror', (error) => traffic.errors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) mainDocument = request.url();
    if (url.protocol !== 'data:' && url.origin !== origin) traffic.foreign.push(request.url());
  });
  page.on('requestfailed', (request) =>
    traffic.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('requestfinished', (request) => {
    void (async () => {
      const response = await request.response();
      if (!response) return;
      const isMain = request.url() === mainDocument;
      if (response.status() >= 400 && !(isMain && response.status() === expectedStatus)) {
        traffic.failed.push(`${request.url()}: HTTP ${response.status()}`);
      }
      // A request that finishes as its page closes has no sizes to give: the test is over.
      const sizes = await request.sizes().catch(() => null);
      if (sizes === null) return;
      traffic.responses.push({
        url: request.url(),
        type: request.resourceType(),
        bytes: sizes.responseBodySize,
      });
    })();
  });
  return traffic;
}

/** How many CSS pixels the page is wider than the viewport (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

export interface KeyboardWalk {
  /** Focusable elements Tab never reached. */
  unreached: string[];
  /** Elements that got focus without a visible focus indicator. */
  invisible: string[];
  steps: number;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Tabs through the page from the top until focus comes back around, and checks that every
 * visible focusable element was reached and showed a focus indicator.
 */
export async function walkKeyboard(page: Page, maxSteps = 300): Promise<KeyboardWalk> {
  const total = await page.evaluate((selector) => {
    const visible = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      // checkVisibility() also sees the hidden content of a closed <details>. A link both
      // hidden from assistive technology and out of the tab order is a deliberate twin of
      // one that is reachable (the matrix SVGs repeat their tables' links for the mouse).
      (element) =>
        ((element.getClientRects().length > 0 && element.checkVisibility()) ||
          element.classList.contains('skip-link')) &&
        !(element.closest('[aria-hidden="true"]') && element.getAttribute('tabindex') === '-1'),
    );
    visible.forEach((element, index) => {
      element.setAttribute('data-keyboard-index', String(index));
    });
    (document.activeElement as HTMLElement | null)?.blur();
    return visible.length;
  }, FOCUSABLE);
  const reached = new Set<number>();
  const invisible: string[] = [];
  let steps = 0;
  for (; steps < maxSteps; steps++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none';
      return {
        index: Number(element.getAttribute('data-keyboard-index') ?? -1),
        name: `${element.tagName.toLowerCase()} “${element.textContent.trim().slice(0, 40) || element.getAttribute('aria-label') || element.getAttribute('name') || ''}”`,
        visible: outline || shadow,
      };
    });
    if (!focus) {
      if (steps > 0) break;
      continue;
    }
    if (reached.has(focus.index)) break;
    reached.add(focus.index);
    if (!focus.visible) invisible.push(focus.name);
  }
  const unreached = await page.evaluate(
    (seen) =>
      [...document.querySelectorAll<HTMLElement>('[data-keyboard-index]')]
        .filter((element) => !seen.includes(Number(element.getAttribute('data-keyboard-index'))))
        .map((element) => `${element.tagName.toLowerCase()} “${element.textContent.trim().slice(0, 40)}”`),
    [...reached],
  );
  return { unreached: total === 0 ? [] : unreached, invisible, steps };
}

/**
 * Labels a reader cannot read whole (issue 16: "Multipolar order and anti…"): SVG chart text
 * drawn outside its chart, which clips it, or ending in an ellipsis; headers, captions and
 * legends cut with text-overflow or narrower than their text. Every <details> is opened
 * first, so the tables behind them are measured too. Each as "<what is wrong>: <text>".
 */
export function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const text = (element: Element) => element.textContent.replace(/\s+/g, ' ').trim();
    const cut: string[] = [];
    for (const label of document.querySelectorAll('svg text')) {
      let chart = label.closest('svg')!;
      while (chart.ownerSVGElement) chart = chart.ownerSVGElement;
      const box = label.getBoundingClientRect();
      const frame = chart.getBoundingClientRect();
      const outside =
        box.left < frame.left - 0.5 ||
        box.right > frame.right + 0.5 ||
        box.top < frame.top - 0.5 ||
        box.bottom > frame.bottom + 0.5;
      if (outside) cut.push(`outside its chart: ${text(label)}`);
      if (/(…|\.\.\.)$/.test(text(label))) cut.push(`ends in an ellipsis: ${text(label)}`);
    }
    for (const label of document.querySelectorAll('th, caption, figcaption, .legend li')) {
      // Text for screen readers only (.visually-hidden) is clipped to 1 px on purpose.
      if (label.getBoundingClientRect().width <= 1) continue;
      if (getComputedStyle(label).textOverflow === 'ellipsis')
        cut.push(`text-overflow: ellipsis: ${text(label)}`);
      if (label.scrollWidth > label.clientWidth + 1) cut.push(`wider than its box: ${text(label)}`);
    }
    return cut;
  });
}

/** axe-core violations on the page, as "rule-id: selector" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

/** Script elements of an HTML document, JSON-LD aside. */
export function findScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => !/type=["']?application\/ld\+json/i.test(tag));
}

/** Inline event-handler attributes (onclick=, onerror=, …) in an HTML document. */
export function findInlineHandlers(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)].map((match) => match[1]!);
}

/** Links to other sites that lack rel="noopener noreferrer". */
export function findUnsafeExternalLinks(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*href="(https?:\/\/[^"]*)"[^>]*>/gi)]
    .filter(
      (match) =>
        !/rel="[^"]*noopener[^"]*noreferrer[^"]*"|rel="[^"]*noreferrer[^"]*noopener[^"]*"/.test(match[0]),
    )
    .map((match) => match[1]!);
}

/** Resources (scripts, styles, images, icons, frames) loaded from another host. */
export function findForeignResources(html: string): string[] {
  const tags = html.match(/<(script|link|img|iframe|source|video|audio)\b[^>]*>/gi) ?? [];
  return tags.flatMap((tag) => {
    if (
      /^<link\b/i.test(tag) &&
      !/rel="(stylesheet|icon|manifest|preload|modulepreload|apple-touch-icon)"/i.test(tag)
    ) {
      return [];
    }
    const url = /\s(?:src|href)="((?:https?:)?\/\/[^"]+)"/i.exec(tag)?.[1];
    return url ? [url] : [];
  });
}
