import { describe, expect, it } from 'vitest';
import { lemmaView } from '../../../src/lib/analysis/word-tags.ts';

const read = (text: string) => {
  const view = lemmaView(text);
  return { text: view.text, words: view.words };
};

describe('lemmaView', () => {
  it('reads a possessive the same whatever it has read before', () => {
    // A name the tagger has not met: once seen whole before a colon, it used to stay whole.
    const sentence = "Putin studied Zhongnanhai's proposals.";
    const first = read(sentence);
    read("Gas matters more to the Kremlin than to Zhongnanhai's: the line is on hold.");
    expect(read(sentence)).toEqual(first);
    expect(first.text).toBe("putin study zhongnanhai's proposal.");
    expect(first.words.map((word) => word.pos)).toEqual(['PROPN', 'VERB', 'PROPN', 'PART', 'NOUN', 'PUNCT']);
  });

  it('keeps the places of the words in the text as written, and contractions whole', () => {
    const view = lemmaView("It's Beijing's plan.");
    expect(view.words.map((word) => "It's Beijing's plan.".slice(word.start, word.end))).toEqual([
      'It',
      "'s",
      'Beijing',
      "'s",
      'plan',
      '.',
    ]);
    expect(view.words[1]!.lemma).toBe('be');
  });
});
