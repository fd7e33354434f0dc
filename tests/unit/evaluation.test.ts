import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { evaluateQuotes, QUOTE_TARGETS } from '../../src/lib/evaluation.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { quoteGoldSchema } from '../../src/lib/schema.ts';
import { readProjectFile, seedInput } from '../helpers.ts';

const gold = quoteGoldSchema.parse(parse(readProjectFile('tests/fixtures/quotes-gold.yaml')));

describe('evaluateQuotes on the hand-labelled seed', () => {
  it('meets the targets: spans P and R ≥ 0.95, speakers ≥ 0.90, at most one wrong name', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const result = evaluateQuotes(articles, gold);
    expect(result.precision).toBeGreaterThanOrEqual(QUOTE_TARGETS.precision);
    expect(result.recall).toBeGreaterThanOrEqual(QUOTE_TARGETS.recall);
    expect(result.speakerAccuracy).toBeGreaterThanOrEqual(QUOTE_TARGETS.speakerAccuracy);
    expect(result.wrongNames.length).toBeLessThanOrEqual(QUOTE_TARGETS.maxWrongNames);
  });

  it('counts misses, spurious quotes and wrong names', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const broken = articles.map((article) => ({
      ...article,
      quotes: article.quotes.map((quote) =>
        quote.speaker?.id === 'lilya'
          ? { ...quote, speaker: { id: 'xi-jinping', name: 'Xi', category: null, registered: true } }
          : quote,
      ),
    }));
    broken[0]!.quotes = broken[0]!.quotes.slice(1);
    const result = evaluateQuotes(broken, gold);
    expect(result.missed).toHaveLength(1);
    expect(result.wrongNames).toEqual([expect.stringMatching(/xi-jinping instead of lilya/)]);
    expect(result.recall).toBeLessThan(1);
  });
});
