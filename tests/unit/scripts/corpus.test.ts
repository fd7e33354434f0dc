import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/lib/corpus.ts';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { parseOutletRegistry } from '../../../src/lib/registry/outlets.ts';
import { parsePeopleRegistry } from '../../../src/lib/registry/people.ts';
import { inputWith, PEOPLE, readProjectFile, REGISTRY } from '../../helpers.ts';

const registry = parseOutletRegistry(REGISTRY, readProjectFile(REGISTRY));
const people = parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE));

describe('generateCorpus', () => {
  it('gives the same bytes for the same options, and other bytes for another seed', () => {
    const a = generateCorpus({ articles: 30, seed: 3 }, registry, people);
    expect(generateCorpus({ articles: 30, seed: 3 }, registry, people)).toEqual(a);
    expect(generateCorpus({ articles: 30, seed: 4 }, registry, people).files[0]!.text).not.toBe(
      a.files[0]!.text,
    );
  });

  it('splits articles into files of `perFile` teaser and body lines', () => {
    const corpus = generateCorpus({ articles: 25, seed: 1, perFile: 10 }, registry, people);
    expect(corpus.files.map((file) => file.text.split('\n').length - 1)).toEqual([20, 20, 10]);
  });

  it('makes `quoteShare` of the body sentences quotes: about two an article by default, six at 0.75', () => {
    const quotesPerArticle = (options: { quoteShare?: number }) =>
      (
        generateCorpus({ articles: 300, seed: 2, ...options }, registry, people).files[0]!.text.match(/“/g) ??
        []
      ).length / 300;
    expect(quotesPerArticle({})).toBeCloseTo(2, 0);
    expect(quotesPerArticle({ quoteShare: 0.75 })).toBeCloseTo(6, 0);
  });

  it('ingests cleanly, with quotes, links and fragments, mostly attributed to the outlet it was written as', async () => {
    const corpus = generateCorpus({ articles: 60, seed: 11 }, registry, people);
    const { articles } = await ingest(
      inputWith(Object.fromEntries(corpus.files.map((file) => [`content/sources/${file.name}`, file.text]))),
    );
    expect(articles).toHaveLength(60);
    expect(new Set(corpus.outlets).size).toBeGreaterThan(20);
    expect(
      articles.flatMap((article) => article.quotes).filter((quote) => quote.speaker !== null).length,
    ).toBeGreaterThan(60);
    expect(articles.some((article) => article.sentences.some((sentence) => sentence.fragment))).toBe(true);
    const right = articles.filter((article, index) => article.outlet?.id === corpus.outlets[index]).length;
    const wrong = articles.filter(
      (article, index) => article.outlet !== null && article.outlet.id !== corpus.outlets[index],
    ).length;
    expect(right / 60).toBeGreaterThan(0.8);
    expect(wrong).toBeLessThanOrEqual(3);
  });
});
