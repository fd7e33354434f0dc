import { describe, expect, it } from 'vitest';
import type { PublishedQuote } from '../../../src/lib/schema/index.ts';
import {
  diffWords,
  groupByVoice,
  groupOverlappingQuotes,
  overlap,
  quotesBySpeaker,
  speakerAnchor,
  statementsBySpeaker,
  tallyVoicesByOutlet,
  voiceLabel,
} from '../../../src/lib/analysis/voices.ts';
import { korolev, publishedQuote as quote, putin } from '../../support/quotes.ts';

describe('groupByVoice', () => {
  it('groups by voice category in a fixed order, then by speaker, most quoted first', () => {
    const groups = groupByVoice([
      quote('q1', 'A', korolev),
      quote('q2', 'B', putin),
      quote('q3', 'C', null),
      quote('q4', 'D', putin),
      quote('q5', 'E', {
        id: 'maria-example',
        name: 'Maria Example',
        category: 'unknown',
        registered: false,
      }),
    ]);
    expect(groups.map((group) => [group.label, group.count])).toEqual([
      ['Russian official', 2],
      ['analyst or academic', 1],
      ['not in the people registry', 1],
      ['speaker not named', 1],
    ]);
    expect(groups.map((group) => group.anchor)).toEqual([
      'voice-russian-official',
      'voice-analyst',
      'voice-unknown',
      'voice-none',
    ]);
    expect(groups[0]?.speakers[0]?.quotes.map((item) => item.id)).toEqual(['q2', 'q4']);
  });

  it('names anchors and labels for unknown speakers too', () => {
    expect(speakerAnchor(null)).toBe('speaker-none');
    expect(voiceLabel(null)).toBe('speaker not named');
  });
});

describe('statementsBySpeaker', () => {
  it('gives each named speaker his quotes in order and their statements, and leaves out unnamed quotes', () => {
    const byId = statementsBySpeaker([
      quote('q1', 'open to peace talks', putin, 'NPR'),
      quote('q2', 'a multipolar world', korolev),
      quote('q3', 'We are open to peace talks,', putin, 'CNN'),
      quote('q4', 'no one said this', null),
    ]);
    expect([...byId.keys()]).toEqual([putin.id, korolev.id]);
    const ids = (quotes: readonly PublishedQuote[]) => quotes.map((item) => item.id);
    expect(ids(byId.get(putin.id)!.quotes)).toEqual(['q1', 'q3']);
    expect(byId.get(putin.id)!.statements.map(ids)).toEqual([['q1', 'q3']]);
    expect(byId.get(korolev.id)!.statements.map(ids)).toEqual([['q2']]);
  });
});

describe('groupOverlappingQuotes and diffWords', () => {
  it('puts the same words reported by two outlets together, and keeps different statements apart', () => {
    const groups = groupOverlappingQuotes([
      quote('q1', 'open to peace talks', putin, 'NPR'),
      quote('q2', 'We are open to peace talks,', putin, 'CNN'),
      quote('q3', 'taken as the basis', putin, 'CNN'),
    ]);
    expect(groups.map((group) => group.map((item) => item.id))).toEqual([['q1', 'q2'], ['q3']]);
    expect(overlap('open to peace talks', 'We are open to peace talks,')).toBe(1);
  });

  it('scores overlap symmetrically and does not let one word match everything', () => {
    expect(overlap('the the the', 'the cat sat')).toBe(overlap('the cat sat', 'the the the'));
    expect(overlap('peace', 'a lasting peace in Ukraine')).toBe(0);
    expect(overlap('peace', 'Peace')).toBe(1);
  });

  it('joins groups that a later quote bridges, whatever the order', () => {
    const a = quote('a', 'peace talks now', putin);
    const b = quote('b', 'we are ready for war', putin);
    const c = quote('c', 'ready for peace talks and war', putin);
    const ids = (groups: PublishedQuote[][]) => groups.map((group) => group.map((item) => item.id));
    expect(ids(groupOverlappingQuotes([a, b, c]))).toEqual([['a', 'b', 'c']]);
    expect(ids(groupOverlappingQuotes([c, b, a]))).toEqual([['c', 'b', 'a']]);
  });

  it('gives the groups that checking every pair of quotes gives', () => {
    // Every pair checked, as the groups are defined: a chain of overlaps of at least `threshold`.
    const everyPair = (quotes: readonly PublishedQuote[], threshold: number) => {
      const group = quotes.map((_quote, index) => index);
      const rootOf = (index: number): number => (group[index] === index ? index : rootOf(group[index]!));
      for (let later = 1; later < quotes.length; later++)
        for (let earlier = 0; earlier < later; earlier++)
          if (overlap(quotes[earlier]!.text, quotes[later]!.text) >= threshold) {
            const [low, high] = [rootOf(earlier), rootOf(later)].sort((a, b) => a - b);
            group[high!] = low!;
          }
      const byRoot = new Map<number, string[]>();
      quotes.forEach((item, index) =>
        byRoot.set(rootOf(index), [...(byRoot.get(rootOf(index)) ?? []), item.id]),
      );
      return [...byRoot.entries()].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
    };
    // 200 quotes of 0 to 7 words out of 60, some words common and most rare: groups of a few
    // quotes each (88 at 0.6), so that a pair missed splits a group.
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const quotes = Array.from({ length: 200 }, (_item, index) =>
      quote(
        `q${index}`,
        Array.from({ length: Math.floor(random() * 8) }, () => `w${Math.floor(random() ** 2 * 60)}`).join(
          ' ',
        ),
        putin,
      ),
    );
    for (const threshold of [0, 0.3, 0.6, 0.8, 1]) {
      const ids = groupOverlappingQuotes(quotes, threshold).map((group) => group.map((item) => item.id));
      expect(ids).toEqual(everyPair(quotes, threshold));
    }
  });

  it('marks the words only one version has', () => {
    expect(diffWords('We are open to peace talks,', 'open to peace talks')).toEqual([
      { text: 'We are', status: 'only' },
      { text: ' open to peace talks,', status: 'same' },
    ]);
    expect(diffWords('open to talks', 'open to peace talks')).toEqual([
      { text: 'open to talks', status: 'same' },
    ]);
  });
});

describe('quotesBySpeaker', () => {
  it('gathers the quotes of each named speaker, in the order they come', () => {
    const quotes = [
      quote('q1', 'We are friends.', putin),
      quote('q2', 'It is a show.', korolev),
      quote('q3', 'Nobody said it.', null),
      quote('q4', 'Peace is near.', putin),
    ];
    const bySpeaker = quotesBySpeaker(quotes);
    expect([...bySpeaker.keys()]).toEqual(['vladimir-putin', 'alexander-korolev']);
    expect(bySpeaker.get('vladimir-putin')!.map((item) => item.id)).toEqual(['q1', 'q4']);
  });
});

describe('tallyVoicesByOutlet', () => {
  const unregistered = {
    id: 'ivan-petrov',
    name: 'Ivan Petrov',
    category: 'unknown',
    registered: false,
  } as const;
  const quotes = [
    quote('q1', 'We are friends.', putin, 'CNN'),
    quote('q2', 'It is a show.', korolev, 'CNN'),
    quote('q3', 'Nobody said it.', null, 'CNN'),
    quote('q4', 'Peace is near.', putin, 'NPR'),
    quote('q5', 'Who knows.', unregistered, 'NPR'),
  ];

  it('counts each outlet’s quotes by voice, with the unknown and unregistered apart', () => {
    const { categories, rows } = tallyVoicesByOutlet([{ id: 'cnn' }, { id: 'npr' }, { id: 'bbc' }], quotes);
    expect(categories).toEqual(['russian-official', 'analyst']);
    expect(rows).toEqual([
      { outlet: { id: 'cnn' }, total: 3, counts: [1, 1], unknown: 1 },
      { outlet: { id: 'npr' }, total: 2, counts: [1, 0], unknown: 1 },
      { outlet: { id: 'bbc' }, total: 0, counts: [0, 0], unknown: 0 },
    ]);
  });

  it('counts the quotes of a group of outlets in its row, when told which row each outlet belongs to', () => {
    const group = (outletId: string) => (outletId === 'cnn' || outletId === 'npr' ? 'us' : undefined);
    const { rows } = tallyVoicesByOutlet([{ id: 'us' }], quotes, group);
    expect(rows).toEqual([{ outlet: { id: 'us' }, total: 5, counts: [2, 1], unknown: 2 }]);
  });

  it('keeps only the categories some given outlet quoted', () => {
    expect(tallyVoicesByOutlet([{ id: 'npr' }], quotes).categories).toEqual(['russian-official']);
  });
});
