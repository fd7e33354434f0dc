/**
 * Lighthouse audits of the built site: performance, accessibility, best practices and SEO
 * for the home page, an article and search, in the system Chromium.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, findChromium } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  page: string;
  scores: Record<Category, number>;
}

/** Scores under the threshold, as "page category score" lines. */
export function belowThreshold(results: readonly PageScores[], threshold: number): string[] {
  return results.flatMap(({ page, scores }) =>
    CATEGORIES.filter((category) => scores[category] < threshold).map(
      (category) => `${page} ${category} ${scores[category]}`,
    ),
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Runs Lighthouse on each URL and returns 0–100 scores, each the median of `runs` runs:
 * Lighthouse's performance score varies from run to run, and one slow run should neither
 * fail nor pass the gate.
 */
export async function auditPages(origin: string, pages: readonly string[], runs = 3): Promise<PageScores[]> {
  const chrome = await launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_FLAGS });
  try {
    const results: PageScores[] = [];
    for (const page of pages) {
      const samples: Record<Category, number>[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(`${origin}${page}`, {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
        samples.push(
          Object.fromEntries(
            CATEGORIES.map((category) => [
              category,
              Math.round((result.lhr.categories[category]?.score ?? 0) * 100),
            ]),
          ) as Record<Category, number>,
        );
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, median(samples.map((sample) => sample[category]))]),
      ) as Record<Category, number>;
      results.push({ page, scores });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
