import { describe, expect, it } from 'vitest';
import { detectFragmentReasons, splitSentences } from '../../../src/lib/input/sentences.ts';
import { toPlainText } from '../../../src/lib/input/markdown.ts';

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

  it('keeps an agency dateline with the sentence it opens', () => {
    expect(split('MOSCOW, March 21. /TASS/. Putin said talks went well. He smiled.')).toEqual([
      'MOSCOW, March 21. /TASS/. Putin said talks went well.',
      'He smiled.',
    ]);
  });

  it('does not split after initials', () => {
    expect(split('Vladimir V. Putin spoke. Xi listened.')).toEqual([
      'Vladimir V. Putin spoke.',
      'Xi listened.',
    ]);
  });

  it('does not split after a middle initial that is also an abbreviation, or inside a party tag', () => {
    expect(
      split(
        '“We must act,” said Sen. Robert P. Casey Jr. (D-Pa.), a backer. Sen. Pat Toomey (R-Pa.) refused.',
      ),
    ).toEqual([
      '“We must act,” said Sen. Robert P. Casey Jr. (D-Pa.), a backer.',
      'Sen. Pat Toomey (R-Pa.) refused.',
    ]);
  });

  it('ends a sentence after "I." inside a closing quotation mark, which is no initial', () => {
    expect(split('“Neither do I.” Editor’s note: this is a note.')).toEqual([
      '“Neither do I.”',
      'Editor’s note: this is a note.',
    ]);
  });

  it('reads "Del." before a name as a title, and before a sentence opener as the end of a sentence', () => {
    expect(
      split('“It is a waste,” said Del. Stacey Plaskett. She lives in Dover, Del. The town is small.'),
    ).toEqual([
      '“It is a waste,” said Del. Stacey Plaskett.',
      'She lives in Dover, Del.',
      'The town is small.',
    ]);
  });

  it('does not split inside a state tag, after "Ph.D." before a lowercase word, or in a spaced ellipsis', () => {
    expect(
      split(
        'Sen. Rand Paul (Ky.) has released it. He got his Ph.D. from Yale. Over the years . . . it fell.',
      ),
    ).toEqual([
      'Sen. Rand Paul (Ky.) has released it.',
      'He got his Ph.D. from Yale.',
      'Over the years . . . it fell.',
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
        '[Ties enter ‘new era’ as Xi meets Putin](/news/a) [‘Totally overblown’: Russia calls UN meet](/news/b) [“no limits” deal](/c) was agreed.',
      ),
    ).toEqual([
      '[Ties enter ‘new era’ as Xi meets Putin](/news/a)',
      '[‘Totally overblown’: Russia calls UN meet](/news/b)',
      '[“no limits” deal](/c) was agreed.',
    ]);
  });

  it('keeps short adjacent links together: they are one phrase, not headlines', () => {
    expect(
      split('[Russian President](https://a.org/p) [Vladimir Putin](https://a.org/v) met Xi.'),
    ).toHaveLength(1);
  });

  it('does not split a quotation ending in “?” or “!” from its speaker', () => {
    expect(
      split('“Why now?” Zelensky asked. He got no answer. “Never!” Dmytro Kuleba wrote on Twitter.'),
    ).toEqual([
      '“Why now?” Zelensky asked.',
      'He got no answer.',
      '“Never!” Dmytro Kuleba wrote on Twitter.',
    ]);
  });

  it('keeps a quotation with its speaker when a past verb or a dash signature follows it', () => {
    expect(split('“Would it be negotiable?” Hannity pressed. “Maybe.” He left.')).toEqual([
      '“Would it be negotiable?” Hannity pressed.',
      '“Maybe.”',
      'He left.',
    ]);
    expect(split('"I will look into it." - Hillary Clinton. The senator disagrees.')).toEqual([
      '"I will look into it." - Hillary Clinton.',
      'The senator disagrees.',
    ]);
    expect(split('“He scares me.” ― Maria Reyes “He does not know us.” ― Tom Roe')).toEqual([
      '“He scares me.” ― Maria Reyes “He does not know us.” ― Tom Roe',
    ]);
  });

  it('reads “No.” and “p.” as abbreviations only before a number', () => {
    expect(split('It was resolution No. 5 (see p. 4). The answer was no. Putin then left.')).toEqual([
      'It was resolution No. 5 (see p. 4).',
      'The answer was no.',
      'Putin then left.',
    ]);
  });

  it('ends a sentence after a company suffix only before a typical opener', () => {
    expect(split('Gazprom Neft Co. The gas flows. Apple Inc. Chief Tim Cook spoke.')).toEqual([
      'Gazprom Neft Co.',
      'The gas flows.',
      'Apple Inc. Chief Tim Cook spoke.',
    ]);
  });

  it('does not split at the numbers of an inline list', () => {
    expect(split('The plan has 12 points: 1. a ceasefire; 2. talks. It was rejected.')).toEqual([
      'The plan has 12 points: 1. a ceasefire; 2. talks.',
      'It was rejected.',
    ]);
  });

  it('splits Chinese and Japanese text at full-width stops', () => {
    expect(split('习近平抵达莫斯科。普京表示欢迎！会谈持续两天。')).toEqual([
      '习近平抵达莫斯科。',
      '普京表示欢迎！',
      '会谈持续两天。',
    ]);
  });

  it('protects links in a line that starts indented or with HTML', () => {
    expect(split('\tThe U.S. said [the plan. It was vague](https://www.cnn.com/x) at best. Next.')).toEqual([
      'The U.S. said [the plan. It was vague](https://www.cnn.com/x) at best.',
      'Next.',
    ]);
    expect(split('<p> Xi said [it. Again](https://x.org/a). Then left.')).toEqual([
      '<p> Xi said [it. Again](https://x.org/a).',
      'Then left.',
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

  it('does not flag a sentence that starts with a number or a currency sign', () => {
    expect(reasons('12 people were killed in the strike.')).toEqual([]);
    expect(reasons('$190 billion in trade was recorded.')).toEqual([]);
    expect(reasons('“40% of our oil goes to China,” Novak said.')).toEqual([]);
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
