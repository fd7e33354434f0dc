import { describe, expect, it } from 'vitest';
import { findQuoteChains, findSentenceQuotes } from '../../../src/lib/analysis/quote-chains.ts';
import { findQuotes } from '../../../src/lib/analysis/quote-spans.ts';
import { extractQuotes } from '../../../src/lib/analysis/quotes.ts';
import { parsePeopleRegistry } from '../../../src/lib/registry/people.ts';
import { PEOPLE, readProjectFile } from '../../helpers.ts';

const people = parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE));
const sentencesOf = (texts: string[], cut: number[] = []) =>
  texts.map((text, index) => ({ text, cut: cut.includes(index) }));
const chainsOf = (texts: string[], cut: number[] = []) =>
  findQuoteChains(
    sentencesOf(texts, cut),
    texts.map((text) => findQuotes(text)),
  ).map((chain) => chain.map((part) => part.sentence));

describe('findQuoteChains', () => {
  it('follows a quotation from its opening mark to its closing mark over sentences without marks', () => {
    expect(
      chainsOf(['Ann Marsh spoke.', '“We will win.', 'We have the votes.', 'We have the time,” Marsh said.']),
    ).toEqual([[1, 2, 3]]);
  });

  it('follows a new paragraph that repeats the opening mark, and ends where one closes', () => {
    expect(
      chainsOf(['“We will win.', '“We have the votes.', '“We have the time.”', '“Another quote.”']),
    ).toEqual([[0, 1, 2]]);
  });

  it('keeps an unclosed quote alone when no sentence closes it', () => {
    expect(chainsOf(['“We will win.', 'The crowd cheered.', 'Then it rained “hard.”'])).toEqual([]);
  });

  it('never runs through a sentence the collection cut', () => {
    expect(
      chainsOf(['“We will win.', 'peace plan for the war.', 'We have the time,” Marsh said.'], [1]),
    ).toEqual([]);
  });
});

describe('findSentenceQuotes', () => {
  it('gives a sentence inside a quotation a quote of its own, marked as lacking both marks', () => {
    const { spans } = findSentenceQuotes(
      sentencesOf(['“We will win.', ' We have the votes. ', 'And the time,” she said.']),
    );
    expect(spans[1]).toEqual([
      { start: 1, end: 19, text: 'We have the votes.', openMark: null, closeMark: null, cut: 'unmarked' },
    ]);
  });
});

describe('speakers of a quotation over several sentences', () => {
  const speakersOf = (texts: string[]) =>
    extractQuotes(
      texts.map((text, index) => ({ id: `a-s${index + 1}`, text, cut: false })),
      '',
      people,
    ).map((quote) => [quote.speaker?.name ?? null, quote.rule]);

  it('is one quote, anchored on its first words, that covers every sentence and has the speaker named at its end', () => {
    const texts = [
      'Ann Marsh spoke.',
      '“We will win.',
      'We have the votes.',
      'We have the time,” Tom Reyes said.',
    ];
    expect(speakersOf(texts)).toEqual([['Tom Reyes', 'speaker-after']]);
    const [quote] = extractQuotes(
      texts.map((text, index) => ({ id: `a-s${index + 1}`, text, cut: false })),
      '',
      people,
    );
    expect(quote).toMatchObject({
      id: 'a-s2-q1',
      sentenceId: 'a-s2',
      start: 1,
      text: 'We will win. We have the votes. We have the time,',
      cut: null,
      parts: [
        { sentenceId: 'a-s2', start: 1, end: 13 },
        { sentenceId: 'a-s3', start: 0, end: 18 },
        { sentenceId: 'a-s4', start: 0, end: 17 },
      ],
    });
  });

  it('goes on with the speaker of the paragraph before when no part names one', () => {
    expect(
      speakersOf([
        '“We know the answers,” Ann Marsh said.',
        '“The next paragraph goes on.',
        'It ends here.”',
      ]),
    ).toEqual([
      ['Ann Marsh', 'speaker-after'],
      ['Ann Marsh', 'continues-previous-speaker'],
    ]);
  });

  it('leaves the parts apart, as quotes of their own, when they name two different speakers', () => {
    expect(
      speakersOf([
        'Ann Marsh said: “We will win.',
        'We have the votes.',
        'We have the time,” Tom Reyes said.',
      ]),
    ).toEqual([
      ['Ann Marsh', 'speaker-before'],
      [null, null],
      ['Tom Reyes', 'speaker-after'],
    ]);
  });
});
