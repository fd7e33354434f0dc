import { describe, expect, it } from 'vitest';
import {
  atWordBoundaries,
  describeQuoteKind,
  howSpeakerFound,
  quoteInContext,
} from '../../../src/lib/view/quote-view.ts';
import { speakerRules, type SpeakerRef } from '../../../src/lib/schema/index.ts';

const putin: SpeakerRef = {
  id: 'vladimir-putin',
  name: 'Vladimir Putin',
  category: 'russian-official',
  registered: true,
};

describe('quoteInContext', () => {
  it('shows the sentence around a quote with the quoted words marked', () => {
    const sentence = 'Putin said he had "carefully studied" the proposals.';
    const start = sentence.indexOf('carefully');
    expect(quoteInContext(sentence, start, start + 'carefully studied'.length)).toEqual([
      { text: 'Putin said he had "', marked: false },
      { text: 'carefully studied', marked: true },
      { text: '" the proposals.', marked: false },
    ]);
  });

  it('shortens long context at whole words, never the quote itself', () => {
    const before =
      'Speaking to Xi in front of cameras at the start of discussions Monday, Putin said he had "';
    const quote = 'carefully studied the Chinese proposals and found much in them to agree with';
    const sentence = `${before}${quote}" and welcomed China's constructive role in the talks.`;
    const segments = quoteInContext(sentence, before.length, before.length + quote.length, 30);
    expect(segments[0]!.text).toBe('…Monday, Putin said he had "');
    expect(segments[1]).toEqual({ text: quote, marked: true });
    expect(segments[2]!.text).toBe('" and welcomed China\'s…');
  });

  it('leaves out empty context around a quote that is the whole sentence', () => {
    expect(quoteInContext('We are staying here.', 0, 20)).toEqual([
      { text: 'We are staying here.', marked: true },
    ]);
  });
});

describe('atWordBoundaries', () => {
  const sentence = 'Speaking to Xi in front of cameras at the start of discussions Monday, Putin said he had';
  it('drops the piece of a word a window of characters cut, and says so', () => {
    expect(atWordBoundaries('n front of cameras at the st', sentence)).toBe('…front of cameras at the…');
  });

  it('keeps a snippet that starts and ends at word boundaries as it is', () => {
    expect(atWordBoundaries('Putin said he had', sentence)).toBe('Putin said he had');
    expect(atWordBoundaries('Speaking to Xi', sentence)).toBe('Speaking to Xi');
  });

  it('returns a snippet it cannot find unchanged', () => {
    expect(atWordBoundaries('Biden said', sentence)).toBe('Biden said');
  });
});

describe('describeQuoteKind', () => {
  it('names each kind and cut in plain words', () => {
    expect(describeQuoteKind({ kind: 'partial', cut: null })).toBe('a phrase from a longer remark');
    expect(describeQuoteKind({ kind: 'full', cut: 'unclosed' })).toBe(
      'a full quoted sentence; its end was cut in the collected text',
    );
    expect(describeQuoteKind({ kind: 'scare', cut: null })).not.toMatch(/scare/);
  });
});

describe('howSpeakerFound', () => {
  it('says in a sentence how the speaker was found, without the rule id', () => {
    const said = howSpeakerFound({ speaker: putin, rule: 'speaker-after' });
    expect(said).toBe('Named right after the quote (“…,” he said).');
  });

  it('says what a pronoun pointed to', () => {
    expect(
      howSpeakerFound({ speaker: putin, rule: 'speaker-after-pronoun-named-in-previous-sentence' }),
    ).toBe(
      'Named right after the quote (“…,” he said), by a pronoun (“he”, “she”, “they”) that points to Vladimir Putin, named in the sentence before.',
    );
  });

  it('has plain words for every rule, and none of them is a rule id', () => {
    for (const rule of speakerRules) {
      const said = howSpeakerFound({ speaker: putin, rule });
      expect(said, rule).toMatch(/^[A-Z].+\.$/u);
      if (rule.includes('-')) expect(said, rule).not.toContain(rule);
      expect(said, rule).not.toMatch(/pronoun-|speaker-|-subject|-mention/u);
    }
  });

  it('says why nobody is named when no rule was sure', () => {
    expect(howSpeakerFound({ speaker: null, rule: null })).toMatch(/no speaker is named/);
  });
});
