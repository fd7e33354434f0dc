import { describe, expect, it } from 'vitest';
import type { PublishedQuote } from '../../../src/lib/schema/index.ts';
import { groupByVoice } from '../../../src/lib/analysis/index.ts';
import {
  paginateQuotes,
  paginateStatements,
  quoteAnchorHref,
  quoteAnchorPages,
} from '../../../src/lib/view/quote-pages.ts';
import { korolev, publishedQuote, putin } from '../../support/quotes.ts';

const quote = (id: string, speaker: PublishedQuote['speaker']) => publishedQuote(id, `Words ${id}`, speaker);

// groupByVoice's order: Russian officials (Putin: q1–q3), analysts (Korolev: q4, q5), then no speaker (q6).
const quotes = [
  quote('q1', putin),
  quote('q4', korolev),
  quote('q2', putin),
  quote('q6', null),
  quote('q3', putin),
  quote('q5', korolev),
];

const shape = (page: ReturnType<typeof paginateQuotes>[number]) =>
  page.groups.map((group) => ({
    anchor: group.anchor,
    continued: group.continued,
    speakers: group.speakers.map((speakers) => ({
      id: speakers.speaker?.id ?? null,
      continued: speakers.continued,
      quotes: speakers.quotes.map((item) => item.id),
    })),
  }));

describe('paginateQuotes', () => {
  it('keeps a list that fits on one page exactly as groupByVoice groups it, nothing continued', () => {
    const [page, ...rest] = paginateQuotes(quotes, '/quotes/');
    expect(rest).toEqual([]);
    const grouped = groupByVoice(quotes);
    expect(page!.groups.map((group) => group.anchor)).toEqual(grouped.map((group) => group.anchor));
    expect(page!.groups.flatMap((group) => group.speakers.flatMap((s) => s.quotes))).toEqual(
      grouped.flatMap((group) => group.speakers.flatMap((s) => s.quotes)),
    );
    expect(page!.groups.every((group) => !group.continued && group.speakers.every((s) => !s.continued))).toBe(
      true,
    );
  });

  it('pages by quotes in the groups’ order, repeating a group begun on an earlier page as continued', () => {
    const pages = paginateQuotes(quotes, '/quotes/', 2);
    expect(pages.map((page) => page.items.map((item) => item.id))).toEqual([
      ['q1', 'q2'],
      ['q3', 'q4'],
      ['q5', 'q6'],
    ]);
    expect(shape(pages[1]!)).toEqual([
      {
        anchor: 'voice-russian-official',
        continued: true,
        speakers: [{ id: 'vladimir-putin', continued: true, quotes: ['q3'] }],
      },
      {
        anchor: 'voice-analyst',
        continued: false,
        speakers: [{ id: 'alexander-korolev', continued: false, quotes: ['q4'] }],
      },
    ]);
    expect(shape(pages[2]!)[1]).toEqual({
      anchor: 'voice-none',
      continued: false,
      speakers: [{ id: null, continued: false, quotes: ['q6'] }],
    });
  });

  it('keeps each group’s whole count on every page it appears on', () => {
    const pages = paginateQuotes(quotes, '/quotes/', 2);
    expect(pages[1]!.groups[0]!.count).toBe(3);
  });
});

describe('quoteAnchorPages', () => {
  it('sends each voice and speaker anchor to the page its group starts on', () => {
    expect(Object.fromEntries(quoteAnchorPages(quotes, '/quotes/cnn/', 2))).toEqual({
      'voice-russian-official': '/quotes/cnn/',
      'speaker-vladimir-putin': '/quotes/cnn/',
      'voice-analyst': '/quotes/cnn/page/2/',
      'speaker-alexander-korolev': '/quotes/cnn/page/2/',
      'voice-none': '/quotes/cnn/page/3/',
      'speaker-none': '/quotes/cnn/page/3/',
    });
  });
});

describe('quoteAnchorHref', () => {
  it('links to a speaker on the page of the list that shows them', () => {
    expect(quoteAnchorHref(quotes, '/quotes/cnn/', 'speaker-alexander-korolev', 2)).toBe(
      '/quotes/cnn/page/2/#speaker-alexander-korolev',
    );
    expect(quoteAnchorHref(quotes, '/quotes/cnn/', 'speaker-vladimir-putin')).toBe(
      '/quotes/cnn/#speaker-vladimir-putin',
    );
  });
});

describe('paginateStatements', () => {
  it('numbers a speaker’s statements through all pages and keeps every quote of one to compare with', () => {
    const [q1, q2, q3] = quotes.filter((item) => item.speaker?.id === 'vladimir-putin');
    const pages = paginateStatements([[q1!, q2!], [q3!]], '/speakers/vladimir-putin/', 1);
    expect(pages.map((page) => page.path)).toEqual([
      '/speakers/vladimir-putin/',
      '/speakers/vladimir-putin/page/2/',
      '/speakers/vladimir-putin/page/3/',
    ]);
    const second = pages[1]!.groups[0]!;
    expect(second.group.number).toBe(1);
    expect(second.continued).toBe(true);
    expect(second.items).toEqual([q2]);
    expect(second.group.quotes).toEqual([q1, q2]);
    expect(pages[2]!.groups[0]).toMatchObject({ group: { number: 2 }, continued: false });
  });
});
