import { describe, expect, it } from 'vitest';
import { quoteExcerpt, wordSpans } from '../../../src/client/quote-excerpt.ts';

// A quote record as search-records.ts makes it: the sentence, then the speaker's name.
const sentence = 'Putin said he had “carefully studied” the Chinese proposals.';
const content = `${sentence} — Vladimir Putin`;
const start = sentence.indexOf('carefully');
const meta = {
  quoted: `${start}-${start + 'carefully studied'.length}`,
  sentenceEnd: String(sentence.length),
};
/** The position of a word in the record, as Pagefind counts them. */
const at = (word: string) => content.split(/\s+/).findIndex((item) => item.includes(word));

describe('wordSpans', () => {
  it('gives the character span of each word, as Pagefind counts words', () => {
    expect(wordSpans('a  bc\nd')).toEqual([
      [0, 1],
      [3, 5],
      [6, 7],
    ]);
  });
});

describe('quoteExcerpt', () => {
  it('marks the quote in its sentence and the matched word in it, and says the quote matched', () => {
    const excerpt = quoteExcerpt(content, [at('studied')], meta)!;
    expect(excerpt.places).toEqual(['quote']);
    expect(excerpt.pieces).toEqual([
      { text: 'Putin said he had “', quoted: false, matched: false },
      { text: 'carefully ', quoted: true, matched: false },
      { text: 'studied', quoted: true, matched: true },
      { text: '” the Chinese proposals.', quoted: false, matched: false },
    ]);
  });

  it('says the sentence matched when the word is outside the quote, and the speaker for the name', () => {
    expect(quoteExcerpt(content, [at('Chinese')], meta)!.places).toEqual(['sentence']);
    expect(quoteExcerpt(content, [at('Vladimir'), at('Putin')], meta)!.places).toEqual([
      'sentence',
      'speaker',
    ]);
    expect(quoteExcerpt(content, [at('Chinese'), at('carefully')], meta)!.places).toEqual([
      'quote',
      'sentence',
    ]);
  });

  it('marks a matched word without the punctuation Pagefind counts with it (“carefully)', () => {
    const pieces = quoteExcerpt(content, [at('carefully')], meta)!.pieces;
    expect(pieces.filter((piece) => piece.matched)).toEqual([
      { text: 'carefully', quoted: true, matched: true },
    ]);
  });

  it('shows the sentence with the quote marked when nothing matched (filters alone)', () => {
    const excerpt = quoteExcerpt(content, [], meta)!;
    expect(excerpt.places).toEqual([]);
    expect(excerpt.pieces.map((piece) => piece.text).join('')).toBe(sentence);
  });

  it('gives up on meta that does not fit the text, for Pagefind’s excerpt to be shown', () => {
    expect(quoteExcerpt(content, [0], {})).toBeNull();
    expect(quoteExcerpt(content, [0], { quoted: '5-900', sentenceEnd: '20' })).toBeNull();
    expect(quoteExcerpt('short', [0], meta)).toBeNull();
  });
});
