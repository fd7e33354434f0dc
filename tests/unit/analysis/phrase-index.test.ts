import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPhraseMatcher, createPhraseSet } from '../../../src/lib/analysis/lexicon.ts';
import { compilePhrase, foldText, literalOf, withoutMarks } from '../../../src/lib/analysis/phrase-index.ts';

/**
 * The matcher as lexicon.ts defines it, word by word and with no index: every phrase tried
 * at every word (run of letters and digits) whose leading letters it may start at, the
 * marks of Latin letters dropped from both.
 */
function findWordByWord(phrases: readonly string[], written: string): [string, number, number][] {
  const text = withoutMarks(written);
  const fold = (letters: string) =>
    letters.toLowerCase().replace(/[ςµſ]/gu, (letter) => ({ ς: 'σ', µ: 'μ', ſ: 's' })[letter]!);
  const found: [string, number, number, number][] = [];
  phrases.forEach((phrase, order) => {
    const { pattern, exact } = compilePhrase(phrase, phrase, 0, order);
    const unmarked = withoutMarks(phrase);
    const leading = /^[\p{L}\p{N}]*/u.exec(unmarked)![0];
    const wildcard = unmarked.charAt(leading.length) === '*';
    const words = unmarked.split(' ');
    for (const run of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const word = run[0];
      if (!wildcard && fold(word) !== fold(leading)) continue;
      if (
        wildcard &&
        leading.length >= 3 &&
        (word.length < 3 || fold(word.slice(0, 3)) !== fold(leading.slice(0, 3)))
      )
        continue;
      // The initial of the second word, where the first is letters only.
      const initial = fold(words[1]?.charAt(0) ?? '');
      if (/^[\p{L}\p{N}]+$/u.test(words[0]!) && /^[\p{L}\p{N}]$/u.test(initial)) {
        const between = /[\s\-‐‑–—]*/uy;
        between.lastIndex = run.index + word.length;
        const point = text.codePointAt(between.lastIndex + between.exec(text)![0].length);
        if ((point === undefined ? '' : fold(String.fromCodePoint(point)).charAt(0)) !== initial) continue;
      }
      pattern.lastIndex = run.index;
      const match = pattern.exec(text);
      if (match && exact.every((regex) => regex.test(match[0])))
        found.push([phrase, run.index, run.index + match[0].length, order]);
    }
  });
  return found
    .sort((a, b) => a[1] - b[1] || b[2] - a[2] || a[3] - b[3])
    .map(([phrase, start, end]) => [phrase, start, end]);
}

const findIndexed = (phrases: readonly string[], text: string) =>
  createPhraseMatcher(phrases.map((phrase) => ({ phrase, entry: phrase })))
    .findAll(text)
    .map((found): [string, number, number] => [found.entry, found.start, found.end]);

// Words that make the hard cases: capitals, stars, hyphens, apostrophes of three kinds,
// letters that fold alike (Kelvin sign, long s, final sigma), other scripts, combining
// marks, letters outside the BMP, and characters a regular expression would read.
const WORD = fc.constantFrom(
  'peace',
  'Peace',
  'PEACE',
  'plan',
  'plan*',
  'talks',
  'no',
  'limits',
  'no-limits',
  'US',
  'U.S.',
  'us',
  'Xi',
  'Xi’s',
  "Xi's",
  'Xi‘s',
  'ex*',
  'sanction*',
  'Sanctions',
  'ſanctions',
  'Kremlin',
  '\u212Aremlin',
  'ΣΥΝΟΔΟΣ',
  'συνοδος',
  'Путин',
  'Éric',
  'Eric',
  'tête-à-tête',
  'tete',
  'DÉTENTE',
  'cafe\u0301',
  '𝐀bc',
  'a',
  'A',
  'x*',
  '*',
  '$190',
  '(1+1)',
  'a.b',
);
const SEPARATOR = fc.constantFrom(
  ' ',
  ' ',
  ' ',
  '-',
  ' – ',
  '—',
  '  ',
  '\u00a0',
  '--',
  ', ',
  '\t',
  '. ',
  '’',
);
const phraseOf = fc
  .array(fc.tuple(WORD, fc.constantFrom(' ', ' ', '-', ' - ', '  ', '–')), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([word, joint], index) => (index === 0 ? word : joint + word)).join(''));
const textOf = fc
  .array(fc.tuple(WORD, SEPARATOR), { maxLength: 14 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

describe('the phrase index', () => {
  it('finds the same phrases, at the same places, as trying every phrase word by word', () => {
    fc.assert(
      fc.property(fc.uniqueArray(phraseOf, { minLength: 1, maxLength: 8 }), textOf, (phrases, text) => {
        expect(findIndexed(phrases, text)).toEqual(findWordByWord(phrases, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds phrases that start with a letter outside ASCII, or with a star alone', () => {
    expect(findIndexed(['Éric', 'Путин', '*'], 'Éric met Путин')).toEqual(
      findWordByWord(['Éric', 'Путин', '*'], 'Éric met Путин'),
    );
    expect(findIndexed(['Éric'], 'ÉRIC')).toEqual([['Éric', 0, 4]]);
  });

  it('matches Latin letters with or without their marks, either way round', () => {
    expect(findIndexed(['tete a tete', 'Éric'], 'a tête-à-tête with Eric')).toEqual([
      ['tete a tete', 2, 13],
      ['Éric', 19, 23],
    ]);
    expect(findIndexed(['détente'], 'DETENTE')).toEqual([['détente', 0, 7]]);
    // The words found are shown as the text wrote them.
    expect(createPhraseMatcher([{ phrase: 'tete a tete', entry: 1 }]).findAll('Tête-à-tête.')[0]!.text).toBe(
      'Tête-à-tête',
    );
  });

  it('finds nothing for a phrase that starts with neither a letter nor a star', () => {
    expect(findIndexed(['$190 billion', '-year'], '$190 billion, a 10-year plan')).toEqual([]);
  });
});

describe('withoutMarks', () => {
  it('drops the marks of Latin letters, strokes too, and leaves everything else', () => {
    expect(withoutMarks('Nguyễn Đức in Łódź: a tête-à-tête at Ørsted, ÉRIC')).toBe(
      'Nguyen Duc in Lodz: a tete-a-tete at Orsted, ERIC',
    );
    expect(withoutMarks('ß æ × Путин Σ 𝐀 ﬁ')).toBe('ß æ × Путин Σ 𝐀 ﬁ');
  });

  it('keeps every offset: one UTF-16 unit for one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(withoutMarks(text)).toHaveLength(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('literalOf', () => {
  it('folds a phrase to lowercase ASCII, any run of spaces or dashes to one space', () => {
    expect(literalOf('No-Limits  partnership')).toBe('no limits partnership');
    expect(literalOf('China’s role')).toBe("china's role");
  });

  it('stops at a star or at a character outside ASCII, and is empty for a phrase that starts so', () => {
    expect(literalOf('sanction* on Russia')).toBe('sanction');
    expect(literalOf('Zürich talks')).toBe('z');
    expect(literalOf('Éric')).toBe('');
  });
});

describe('foldText', () => {
  it('folds a text as literalOf folds a phrase, and maps each character back to the text', () => {
    const text = 'The NO – limits ſtance of Xi’s 𝐀';
    const { folded, origin } = foldText(text);
    expect(folded).toBe("the no limits stance of xi's \u007f\u007f");
    expect(text.slice(origin[folded.indexOf('limits')])).toMatch(/^limits/);
  });
});

describe('createPhraseSet', () => {
  it('gives each lexicon its own matches, from one index of all of them', () => {
    const set = createPhraseSet();
    const places = set.add([{ phrase: 'Moscow', entry: { place: 'moscow' } }]);
    const people = set.add([
      { phrase: 'Xi', entry: { person: 'xi' } },
      { phrase: 'Moscow', entry: { person: 'not a person' } },
    ]);
    const text = 'Xi flew to Moscow.';
    expect(places.findAll(text).map((found) => found.entry)).toEqual([{ place: 'moscow' }]);
    expect(people.findAll(text).map((found) => found.entry)).toEqual([
      { person: 'xi' },
      { person: 'not a person' },
    ]);
  });

  it('finds a lexicon added after another has already read a text', () => {
    const set = createPhraseSet();
    const first = set.add([{ phrase: 'talks', entry: 1 }]);
    expect(first.findAll('peace talks')).toHaveLength(1);
    const second = set.add([{ phrase: 'peace', entry: 2 }]);
    expect(second.findAll('peace talks')).toHaveLength(1);
    expect(first.findAll('peace talks')).toHaveLength(1);
  });
});
