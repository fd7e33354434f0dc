import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/index.ts';
import {
  CSV_COLUMNS,
  QUOTE_CSV_COLUMNS,
  toArticlesCsv,
  toArticlesJson,
  toQuotesCsv,
  toPublishedQuotes,
  toQuotesJson,
} from '../../../src/lib/publish/data-files.ts';
import { quoteSentences, toSearchRecord } from '../../../src/lib/publish/search-records.ts';
import { inputWith, seedInput } from '../../helpers.ts';

describe('toArticlesJson', () => {
  it('publishes the documented fields of every article, without rendered HTML', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const published = JSON.parse(toArticlesJson(articles)) as Record<string, unknown>[];
    expect(published).toHaveLength(articles.length);
    for (const item of published) {
      for (const field of [
        'id',
        'href',
        'outlet',
        'attribution',
        'headline',
        'teaser',
        'markdown',
        'text',
        'url',
        'published',
        'byline',
        'source',
        'links',
        'sentences',
      ]) {
        expect(item).toHaveProperty(field);
      }
      expect(item).not.toHaveProperty('teaserHtml');
      expect(JSON.stringify(item)).not.toContain('"html"');
    }
    expect(published[2]).toMatchObject({
      outlet: { id: 'al-jazeera', name: 'Al Jazeera' },
      attribution: { method: 'metadata', confidence: 1 },
      sentences: expect.arrayContaining([
        expect.objectContaining({ id: 'xi-putin-moscow-2023-3-s1', fragment: true }),
      ]),
    });
  });

  it('is byte-for-byte the same for the same input', async () => {
    const one = toArticlesJson((await ingest(seedInput({ withSidecar: false }))).articles);
    const two = toArticlesJson((await ingest(seedInput({ withSidecar: false }))).articles);
    expect(two).toBe(one);
  });
});

describe('toArticlesCsv', () => {
  it('writes a header and one row per article, quoting commas, quotes and line breaks', async () => {
    const { articles } = await ingest(inputWith({ 'content/sources/s.txt': 'A "quoted", teaser\nBody.\n' }));
    const csv = toArticlesCsv(articles);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(row).toContain('"A ""quoted"", teaser"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('toQuotesJson and toQuotesCsv', () => {
  it('publishes every quote with id, article, outlet, text, kind, speaker, rule, confidence, href and sentence', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const quotes = JSON.parse(toQuotesJson(articles)) as Record<string, unknown>[];
    expect(quotes).toHaveLength(articles.reduce((sum, article) => sum + article.quotes.length, 0));
    expect(quotes.find((quote) => quote['text'] === 'carefully studied')).toMatchObject({
      id: 'xi-putin-moscow-2023-5-s9-q1',
      articleId: 'xi-putin-moscow-2023-5',
      outlet: { id: 'npr', name: 'NPR' },
      kind: 'partial',
      speaker: { id: 'vladimir-putin', name: 'Vladimir Putin', category: 'russian-official' },
      rule: 'speaker-before',
      href: '/articles/xi-putin-moscow-2023-5/#xi-putin-moscow-2023-5-s9-q1',
    });
    // The sentence a reader needs to know what the quote was about; start and end point into it.
    for (const quote of quotes) {
      const { sentence, start, end, text } = quote as {
        sentence: string;
        start: number;
        end: number;
        text: string;
      };
      expect(text.startsWith(sentence.slice(start, end))).toBe(true);
    }
    expect(quotes.find((quote) => quote['text'] === 'carefully studied')!['sentence']).toMatch(
      /^Speaking to Xi in front of cameras .* Putin said he had "carefully studied"/,
    );
    const csv = toQuotesCsv(articles).split('\r\n');
    expect(csv[0]).toBe(QUOTE_CSV_COLUMNS.join(','));
    expect(csv).toHaveLength(quotes.length + 2);
  });
});

describe('the data files of a site under a sub-path (SITE_URL)', () => {
  it('write every article and quote href under the base, and the sources’ own links as written', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const atRoot = JSON.parse(toArticlesJson(articles)) as { href: string; links: { href: string }[] }[];
    const underBase = JSON.parse(toArticlesJson(articles, '/summit/')) as typeof atRoot;
    expect(underBase.map((article) => article.href)).toEqual(
      atRoot.map((article) => `/summit${article.href}`),
    );
    expect(underBase.map((article) => article.links)).toEqual(atRoot.map((article) => article.links));
    expect(atRoot.some((article) => article.links.length > 0)).toBe(true);

    const quotes = JSON.parse(toQuotesJson(articles, '/summit/')) as { href: string }[];
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((quote) => quote.href.startsWith('/summit/articles/'))).toBe(true);
    const hrefColumn = (csv: string, columns: readonly string[]) =>
      csv
        .split('\r\n')
        .slice(1, -1)
        .map((row) => row.split(',')[columns.indexOf('href')]);
    expect(hrefColumn(toQuotesCsv(articles, '/summit/'), QUOTE_CSV_COLUMNS)).toEqual(
      quotes.map((quote) => quote.href),
    );
    expect(hrefColumn(toArticlesCsv(articles, '/summit/'), CSV_COLUMNS)).toEqual(
      underBase.map((article) => article.href),
    );
  });
});

describe('toSearchRecord', () => {
  it('makes one Pagefind record per quote, linking to its anchor, with its sentence, its speaker and one filter per facet value', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const sentences = new Map(
      articles.flatMap((article) => article.sentences.map((item) => [item.id, item.text])),
    );
    const quote = toPublishedQuotes(articles).find((item) => item.text === 'carefully studied')!;
    const sentence =
      'Speaking to Xi in front of cameras at the start of discussions Monday, Putin said he had "carefully studied" the Chinese proposals, was "open to peace talks," and welcomed China\'s "constructive role."';
    const start = sentence.indexOf('carefully');
    expect(toSearchRecord(quote, (id) => sentences.get(id))).toEqual({
      url: '/articles/xi-putin-moscow-2023-5/#xi-putin-moscow-2023-5-s9-q1',
      content: `${sentence} — Vladimir Putin`,
      language: 'en',
      meta: {
        kind: 'quote',
        title: '“carefully studied”',
        speaker: 'Vladimir Putin',
        outlet: 'NPR',
        voice: 'Russian official',
        quoted: `${start}-${start + 'carefully studied'.length}`,
        sentenceEnd: String(sentence.length),
      },
      filters: {
        'outlet.npr': ['yes'],
        'speaker.vladimir-putin': ['yes'],
        'voice.russian-official': ['yes'],
      },
    });
  });
});

describe('quoteSentences', () => {
  const texts: Record<string, string> = { s1: 'He said: “We will stay.', s2: 'We will not go,” he added.' };

  it('joins the sentences of a quote in parts, each once, and gives each part its span in them', () => {
    const quote = {
      text: 'We will stay. We will not go,',
      parts: [
        { sentenceId: 's1', start: 10, end: 23 },
        { sentenceId: 's2', start: 0, end: 14 },
      ],
    };
    const context = quoteSentences(quote, (id) => texts[id]);
    expect(context).toEqual({ text: `${texts['s1']!} ${texts['s2']!}`, quoted: '10-23,24-38' });
    expect(context.text.slice(24, 38)).toBe('We will not go');
  });

  it('falls back to the quote alone when a sentence is not known', () => {
    const quote = { text: 'We will stay.', parts: [{ sentenceId: 'gone', start: 0, end: 13 }] };
    expect(quoteSentences(quote, () => undefined)).toEqual({ text: 'We will stay.', quoted: '0-13' });
  });
});
