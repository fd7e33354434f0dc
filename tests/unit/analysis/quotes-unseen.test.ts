/**
 * Quotes in news prose the rules were not written for (wire, broadsheet and broadcaster
 * styles). A wrong name is worse than none, so several cases expect null.
 */
import { describe, expect, it } from 'vitest';
import { parsePeopleRegistry } from '../../../src/lib/registry/people.ts';
import { extractQuotes } from '../../../src/lib/analysis/quotes.ts';
import { PEOPLE, readProjectFile } from '../../helpers.ts';

const people = parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE));

function speakers(sentences: string[], teaser = ''): (string | null)[] {
  return extractQuotes(
    sentences.map((text, index) => ({ id: `a-s${index + 1}`, text, cut: false })),
    teaser,
    people,
  ).map((quote) => quote.speaker?.name ?? null);
}

describe('attribution in unseen news prose', () => {
  it('skips an appositive or relative clause between the subject and the verb', () => {
    expect(
      speakers([
        'Zelenskiy, speaking in Kyiv alongside Japan’s prime minister Fumio Kishida, said he had “not received an answer.”',
      ]),
    ).toEqual(['Volodymyr Zelensky']);
    expect(speakers(['Oleg Nikolenko, a spokesman for Kuleba, said Kyiv had “taken note.”'])).toEqual([
      'Oleg Nikolenko',
    ]);
    expect(
      speakers([
        'Biden, who has called Putin a “war criminal,” said the visit gave Russia “diplomatic cover.”',
      ]),
    ).toEqual(['Joe Biden', 'Joe Biden']);
  });

  it('reads each clause on its own', () => {
    expect(
      speakers(['Putin said he had studied the plan “with respect,” while Xi called the ties “a priority.”']),
    ).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(
      speakers([
        'Mao Ning told a briefing the talks were “constructive” (a word Kuleba called “meaningless”).',
      ]),
    ).toEqual(['Mao Ning', 'Dmytro Kuleba']);
  });

  it('keeps the speaker the sentence gives over the source in “according to”', () => {
    expect(speakers(['Putin told Xi that Russia was “ready for talks,” according to the Kremlin.'])).toEqual([
      'Vladimir Putin',
    ]);
    expect(
      speakers([
        'Xi said China would “always stand on the side of peace,” according to a Chinese readout of the talks with Putin.',
      ]),
    ).toEqual(['Xi Jinping']);
  });

  it('resolves he, she and they only when one candidate fits', () => {
    expect(
      speakers([
        'Mr. Xi later met Prime Minister Mikhail Mishustin.',
        '“Our cooperation is growing,” he said.',
      ]),
    ).toEqual([null]);
    expect(
      speakers(['Zakharova posted a long comment on Telegram.', '“The West is hysterical,” she wrote.']),
    ).toEqual(['Maria Zakharova']);
    expect(
      speakers(['The two leaders signed a joint statement.', '“We have agreed on a new era,” they said.']),
    ).toEqual(['Xi Jinping and Vladimir Putin']);
  });

  it('does not take the speaker after a mid-sentence quote for its speaker', () => {
    expect(
      speakers([
        'Asked about Mr. Putin’s remark that the war was “a tragedy,” Mr. Kirby said Washington was not surprised.',
      ]),
    ).toEqual([null]);
    expect(speakers(['China is ready to “work with Russia,” Xi said.'])).toEqual(['Xi Jinping']);
  });

  it('finds titled and institutional speakers after the quote', () => {
    expect(speakers(['“The talks were very good,” Kremlin spokesman Dmitry Peskov told reporters.'])).toEqual(
      ['Dmitry Peskov'],
    );
    expect(speakers(['“We have seen this before,” White House spokesman John Kirby said.'])).toEqual([
      'John Kirby',
    ]);
    expect(speakers(['“The relationship is strong,” the Kremlin said.'])).toEqual(['The Kremlin']);
    expect(
      speakers(['“China is not neutral,” said Russian Deputy Foreign Minister Andrei Rudenko.']),
    ).toEqual(['Andrei Rudenko']);
  });

  it('reads a passive attribution and a label with a bare name', () => {
    expect(speakers(['The plan was described by Kirby as “a cynical ploy.”'])).toEqual(['John Kirby']);
    expect(speakers(['Zelensky: “We have proposed China to be one of the co-implementers.”'])).toEqual([
      'Volodymyr Zelensky',
    ]);
  });

  it('reads a quote split across sentences as one, with its speaker', () => {
    expect(
      speakers(['“We have put forward a constructive plan.', 'We hope it will be heard,” Xi told Putin.']),
    ).toEqual(['Xi Jinping']);
  });

  it('does not read a possessive or a mention as the speaker', () => {
    expect(speakers(['Blinken criticised Xi’s “so-called peace plan” on Tuesday.'])).not.toContain(
      'Xi Jinping',
    );
    expect(
      speakers([
        'Xi’s “peace plan” was welcomed by Moscow but the plan was described by Kirby as “a cynical ploy.”',
      ]),
    ).toEqual([null, 'John Kirby']);
  });

  it('gives a sentence that is all quote the speaker of the quote just before', () => {
    expect(
      speakers(['“We discussed trade,” Peskov told reporters.', '“That topic was not on the agenda.”']),
    ).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
    expect(speakers(['Xi and Putin met on Monday.', '“That topic was not on the agenda.”'])).toEqual([null]);
  });

  it('gives a participle after a comma the subject of the main verb', () => {
    expect(
      speakers(['Xi said China was neutral, adding that its position was “objective and impartial.”']),
    ).toEqual(['Xi Jinping']);
    expect(speakers(['Putin welcomed Xi on Monday, calling him a “dear friend.”'])).toEqual([
      'Vladimir Putin',
    ]);
  });
});
