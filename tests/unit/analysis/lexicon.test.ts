import { describe, expect, it } from 'vitest';
import { countWords, createPhraseMatcher } from '../../../src/lib/analysis/lexicon.ts';
import { lemmaView } from '../../../src/lib/analysis/word-tags.ts';

const find = (phrases: string[], text: string) =>
  createPhraseMatcher(phrases.map((phrase) => ({ phrase, entry: phrase })))
    .findAll(text)
    .map((found) => [found.entry, found.text]);

describe('createPhraseMatcher', () => {
  it('matches whole words ignoring case', () => {
    expect(find(['peace plan'], 'A Peace Plan was tabled; peace planning is not.')).toEqual([
      ['peace plan', 'Peace Plan'],
    ]);
  });

  it('matches a space in the phrase against hyphens, dashes and several spaces', () => {
    expect(find(['no limits'], 'a no-limits pact, a no – limits deal, no  limits')).toHaveLength(3);
  });

  it('matches any ending after a trailing star', () => {
    expect(find(['sanction*'], 'Sanctions and sanctioned firms; not unsanctioned.')).toEqual([
      ['sanction*', 'Sanctions'],
      ['sanction*', 'sanctioned'],
    ]);
  });

  it('matches a star on a first word shorter than three letters, at the start of words only', () => {
    expect(find(['ex*'], 'Exports, next, ex-officials')).toEqual([
      ['ex*', 'Exports'],
      ['ex*', 'ex'],
    ]);
  });

  it('matches a hyphen in the first word against a space or a dash', () => {
    expect(find(['no-limits', 're-elect*'], 'a no limits pact, a no–limits deal; re elected')).toHaveLength(
      3,
    );
  });

  it('matches words written in capitals only in capitals', () => {
    expect(find(['US'], 'The US told us so.')).toEqual([['US', 'US']]);
    expect(find(['US officials'], 'us officials; US officials')).toEqual([['US officials', 'US officials']]);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(find(["China's leverage"], 'China’s leverage over Russia')).toEqual([
      ["China's leverage", 'China’s leverage'],
    ]);
  });

  it('finds short phrases and overlapping phrases, longest first at a position', () => {
    expect(find(['Xi', 'Xi Jinping', 'Jinping'], 'President Xi Jinping and Xi.')).toEqual([
      ['Xi Jinping', 'Xi Jinping'],
      ['Xi', 'Xi'],
      ['Jinping', 'Jinping'],
      ['Xi', 'Xi'],
    ]);
  });

  it('lists two phrases matching the same words in the order of the lexicon', () => {
    expect(find(['support*', 'supportive'], 'a supportive role')).toEqual([
      ['support*', 'supportive'],
      ['supportive', 'supportive'],
    ]);
    expect(find(['supportive', 'support*'], 'a supportive role')).toEqual([
      ['supportive', 'supportive'],
      ['support*', 'supportive'],
    ]);
  });

  it('matches Greek final sigma as a case-insensitive expression does', () => {
    expect(find(['συνοδοσ'], 'ΣΥΝΟΔΟΣ')).toEqual([['συνοδοσ', 'ΣΥΝΟΔΟΣ']]);
  });

  it('matches letters of any script', () => {
    expect(find(['Путин'], 'Владимир Путин сказал')).toEqual([['Путин', 'Путин']]);
  });

  it('does not treat regular-expression characters in the text as special', () => {
    expect(find(['U.S.'], 'the U.S. dollar; the USA')).toEqual([['U.S.', 'U.S.']]);
  });
});

describe('createPhraseMatcher with lemmas', () => {
  const findInLemmas = (phrases: string[], text: string) =>
    createPhraseMatcher(
      phrases.map((phrase) => ({ phrase, entry: phrase })),
      lemmaView,
    )
      .findAll(text, lemmaView(text))
      .map((found) => [found.entry, found.text, text.slice(found.start, found.end)]);

  it('finds other forms of the words of a phrase, with the words as the text wrote them', () => {
    expect(findInLemmas(['peace talks'], 'He called for a peace talk.')).toEqual([
      ['peace talks', 'peace talk', 'peace talk'],
    ]);
    expect(findInLemmas(['meet Zelensky'], 'Xi never met Zelensky in person.')).toEqual([
      ['meet Zelensky', 'met Zelensky', 'met Zelensky'],
    ]);
    expect(findInLemmas(['sign agreements'], 'They signed fourteen documents and agreements.')).toEqual([]);
  });

  it('needs a part of speech the words of the phrase can take, alone or after "to"', () => {
    // Alone, "end the war" reads as a noun and its article; after "to", as a verb.
    expect(findInLemmas(['end the war'], 'Xi spoke of ending the war.')).toHaveLength(1);
    expect(findInLemmas(['signed deals'], 'They will sign deals worth billions.')).toHaveLength(1);
    // "the plan" is a noun either way: "the Planned" of a name is a verb, "one-sided" not "one side".
    expect(findInLemmas(['the plan'], 'She praised the Planned Parenthood clinic.')).toEqual([]);
    expect(findInLemmas(['one side'], 'It was a one-sided deal.')).toEqual([]);
    expect(findInLemmas(['one side'], 'They stood on one side.')).toHaveLength(1);
  });

  it('matches a one-word phrase, a phrase with a star and one with an acronym as written only', () => {
    expect(findInLemmas(['crimes'], 'a crime syndicate')).toEqual([]);
    expect(findInLemmas(['war crime*'], 'a war crime; war crimes')).toHaveLength(2);
    expect(findInLemmas(['US officials'], 'a US official said')).toEqual([]);
  });

  it('finds a phrase once where its form and its lemmas both match', () => {
    expect(findInLemmas(['peace talks'], 'peace talks resumed')).toEqual([
      ['peace talks', 'peace talks', 'peace talks'],
    ]);
  });

  it('ignores lemmas when the text comes without them', () => {
    const matcher = createPhraseMatcher([{ phrase: 'peace talks', entry: 1 }], lemmaView);
    expect(matcher.findAll('a peace talk')).toEqual([]);
  });
});

describe('countWords', () => {
  it('counts words, keeping hyphenated and abbreviated words whole', () => {
    expect(countWords('Xi’s two-day visit to the U.S. — “no limits”.')).toBe(8);
  });
});
