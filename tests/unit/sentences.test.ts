import { describe, expect, it } from 'vitest';
import { detectFragmentReasons, splitSentences } from '../../src/lib/sentences.ts';
import { toPlainText } from '../../src/lib/markdown.ts';

const split = (line: string) => splitSentences(line).map((span) => span.markdown);
const reasons = (markdown: string) => detectFragmentReasons(markdown, toPlainText(markdown));

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks followed by a space', () => {
    expect(split('One. Two? Three! Four.')).toEqual(['One.', 'Two?', 'Three!', 'Four.']);
  });

  it('keeps closing quotation marks with the sentence they close', () => {
    expect(split('He said it was “over.” Then he left. “Why?” she asked.')).toEqual([
      'He said it was “over.”',
      'Then he left.',
      '“Why?” she asked.',
    ]);
  });

  it('does not split after titles and abbreviations such as Mr., Dr. and St.', () => {
    expect(split('Mr. Xi met Dr. Li at St. Edward’s University. It rained.')).toEqual([
      'Mr. Xi met Dr. Li at St. Edward’s University.',
      'It rained.',
    ]);
  });

  it('does not split after “U.S.” unless a typical sentence opener follows', () => {
    expect(split('Trade with the U.S. dollar fell. It was settled in the U.S. The yuan rose.')).toEqual([
      'Trade with the U.S. dollar fell.',
      'It was settled in the U.S.',
      'The yuan rose.',
    ]);
  });

  it('does not split after initials', () => {
    expect(split('Vladimir V. Putin spoke. Xi listened.')).toEqual([
      'Vladimir V. Putin spoke.',
      'Xi listened.',
    ]);
  });

  it('never splits inside a link, even when its text holds full stops', () => {
    expect(split('See [the U.S. view. And more](https://example.com/a.b.c) here. Next one.')).toEqual([
      'See [the U.S. view. And more](https://example.com/a.b.c) here.',
      'Next one.',
    ]);
  });

  it('splits before a lowercase start after a full stop: in these excerpts that is a cut sentence', () => {
    expect(split('No framework was proposed. and its allies have dismissed it.')).toEqual([
      'No framework was proposed.',
      'and its allies have dismissed it.',
    ]);
  });

  it('splits a run of linked headlines into one unit per headline', () => {
    expect(
      split(
        '[Ties enter ‘new era’](/news/a) [‘Overblown’: Russia](/news/b) [“no limits” deal](/c) was agreed.',
      ),
    ).toEqual([
      '[Ties enter ‘new era’](/news/a)',
      '[‘Overblown’: Russia](/news/b)',
      '[“no limits” deal](/c) was agreed.',
    ]);
  });

  it('does not split decimals, ellipses before lowercase words, or “?” before “he said”', () => {
    expect(split('Growth was 3.5 percent… or so. “Why?” he asked.')).toEqual([
      'Growth was 3.5 percent… or so.',
      '“Why?” he asked.',
    ]);
  });

  it('keeps the exact source text of every sentence and loses nothing but the spaces between', () => {
    const line = '  First one.   [Second](https://x.org) two.  Third ';
    const spans = splitSentences(line);
    expect(spans.map((span) => line.slice(span.start, span.end))).toEqual(spans.map((span) => span.markdown));
    expect(
      spans
        .map((span) => span.markdown)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(line.replace(/\s/g, ''));
    expect(spans.map((span) => span.markdown)).toEqual([
      'First one.',
      '[Second](https://x.org) two.',
      'Third',
    ]);
  });
});

describe('detectFragmentReasons', () => {
  it('flags a sentence that starts at a link', () => {
    expect(reasons('[“political solution”](https://cnn.com/x) to the conflict.')).toEqual([
      'starts-with-link',
      'starts-lowercase',
    ]);
  });

  it('flags a sentence that starts in lowercase', () => {
    expect(reasons('dollar, to settle cross-border trade.')).toEqual(['starts-lowercase']);
  });

  it('flags a sentence that starts inside a quotation', () => {
    expect(reasons('Our goal is to isolate one [Russia],” he said.')).toEqual(['starts-inside-quote']);
  });

  it('flags a linked headline standing alone once, as link-only', () => {
    expect(reasons('[Police raid draws condemnation](/news/2023/3/21/x)')).toEqual(['link-only']);
    expect(reasons('[peace plan for the war](https://theguardian.com/x).')).toEqual([
      'link-only',
      'starts-lowercase',
    ]);
  });

  it('flags a sentence whose end was cut', () => {
    expect(reasons('The red carpet and more – a brass band,')).toEqual(['no-end-punctuation']);
  });

  it('does not flag a whole sentence, with or without quotation marks', () => {
    expect(reasons('“Right now there are changes,” Xi told Putin.')).toEqual([]);
    expect(reasons('Instead, the visit was a signal to the west.')).toEqual([]);
    expect(reasons('It is [vastly dependent](https://bbc.com/x) on US trade.')).toEqual([]);
  });
});
