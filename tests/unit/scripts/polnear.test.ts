import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectedOutlets,
  findNames,
  findSpan,
  scorePolnear,
  surnameOf,
} from '../../../scripts/lib/polnear.ts';
import { ingest } from '../../../src/lib/ingest/index.ts';
import type { Article, PolnearGold, Quote } from '../../../src/lib/schema/index.ts';
import { inputWith } from '../../helpers.ts';

// A real record of a one-sentence article; each test puts in its own quotes and outlet.
let base: Article;
beforeAll(async () => {
  const { articles } = await ingest(inputWith({ 'content/sources/a.txt': 'Title\nA sentence.\n' }));
  base = articles[0]!;
});

/** A published quote with the given words and speaker name. */
const quote = (text: string, speaker: string | null = null): Quote => ({
  id: `q-${text.length}`,
  sentenceId: base.sentences[0]!.id,
  start: 0,
  end: text.length,
  parts: [{ sentenceId: base.sentences[0]!.id, start: 0, end: text.length }],
  text,
  kind: 'full',
  cut: null,
  speaker: speaker === null ? null : { id: 'x', name: speaker, category: 'unknown', registered: false },
  rule: speaker === null ? null : 'speaker-after',
  confidence: speaker === null ? 0 : 0.9,
  evidence: null,
});

const article = (position: number, quotes: Quote[], outlet: string | null = null): Article => ({
  ...base,
  position,
  quotes,
  outlet: outlet === null ? null : { id: outlet, name: outlet, registered: true },
});

type GoldQuote = [text: string, source: string];

/** A gold file of articles (publisher, wire) and their quotes ([text, source], cue "said"). */
function gold(articles: { publisher?: string; wire?: string; quotes: GoldQuote[] }[]): PolnearGold {
  return {
    source: 'test.txt',
    articles: articles.map((entry, index) => ({
      article: index + 1,
      file: `test-${index + 1}`,
      publisher: entry.publisher ?? 'politico',
      wire: entry.wire ?? 'None',
      author: '',
      title: '',
      date: '2016-09-12',
    })),
    quotes: articles.flatMap((entry, index) =>
      entry.quotes.map(([text, source]) => ({
        article: index + 1,
        text,
        source,
        cue: 'said',
        publisher: 'politico',
      })),
    ),
  };
}

describe('findNames', () => {
  it('leaves out titles and party words: "Sen. Ben Sasse (R-Neb.), a member of the Homeland Security Committee"', () => {
    expect(findNames('Sen. Ben Sasse (R-Neb.), a member of the Homeland Security Committee')).toEqual([
      ['Ben', 'Sasse'],
      ['Homeland', 'Security', 'Committee'],
    ]);
    expect(findNames('Republican presidential candidate Donald Trump')).toEqual([['Donald', 'Trump']]);
    expect(findNames('the Rev. Jesse Jackson')).toEqual([['Jesse', 'Jackson']]);
  });

  it('finds no name in a title, a party word or a pronoun alone', () => {
    expect(findNames('the President')).toEqual([]);
    expect(findNames('Democrats')).toEqual([]);
    expect(findNames('He')).toEqual([]);
    expect(findNames('the report')).toEqual([]);
  });

  it('reads a possessive as naming someone else: "Clinton’s spokesman Brian Fallon"', () => {
    expect(findNames('Clinton’s spokesman Brian Fallon')).toEqual([['Brian', 'Fallon']]);
    expect(findNames("Hillary Clinton's campaign")).toEqual([]);
  });

  it('reads a title word that ends a name as its surname: "Charlie King, a prominent New York Democrat"', () => {
    expect(findNames('Charlie King, a prominent New York Democrat')).toEqual([
      ['Charlie', 'King'],
      ['New', 'York'],
    ]);
    expect(findNames('Senate Majority Leader Mitch McConnell')).toEqual([['Senate'], ['Mitch', 'McConnell']]);
    expect(findNames('King Abdullah')).toEqual([['Abdullah']]);
  });

  it('splits names at a comma: "Clinton, Trump"', () => {
    expect(findNames('Clinton, Trump')).toEqual([['Clinton'], ['Trump']]);
  });
});

describe('surnameOf', () => {
  it('takes the last word, lowercased, without a suffix', () => {
    expect(surnameOf('Donald Trump Jr.')).toBe('trump');
    expect(surnameOf('Mr. Ryan')).toBe('ryan');
  });
});

describe('findSpan', () => {
  it('finds a quote with the same words after normalising case, quotation marks and spaces', () => {
    const published = quote('We don’t  need "any" more', 'Clinton');
    expect(findSpan("we don't need “any” more", [published])).toEqual({
      how: 'same-words',
      quote: published,
    });
  });

  it('finds a span that quotes inside it cover to at least 90%, with the longest one with a speaker', () => {
    const text = 'one two three four five six seven eight nine ten. Eleven twelve.';
    const first = quote('one two three four five six seven eight nine ten.', 'Trump');
    const second = quote('Eleven twelve.');
    expect(findSpan(text, [second, first])).toEqual({ how: 'covered', quote: first });
  });

  it('does not find a span covered below 90%', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(findSpan(text, [quote('one two three four five six seven eight')])).toBeNull();
  });
});

describe('scorePolnear', () => {
  it('counts a named source right when our surname is the last word of one of its names', () => {
    const score = scorePolnear(
      [
        article(1, [
          quote('a b', 'Sasse'),
          quote('c d', 'Ben Carson'),
          quote('e f'),
          quote('g h', 'Ben Sasse'),
        ]),
      ],
      gold([
        {
          quotes: [
            ['a b', 'Sen. Ben Sasse (R-Neb.)'],
            ['c d', 'Sen. Ben Sasse (R-Neb.)'],
            ['e f', 'Sasse'],
            ['g h', 'Sasse'],
            ['i j', 'Sasse'],
          ],
        },
      ]),
    );
    expect(score.named).toEqual({ count: 5, right: 2, wrong: 1, none: 2, rightRatio: 0.4, wrongRatio: 0.2 });
    expect(score.spans).toEqual({ gold: 5, found: 4, recall: 0.8 });
    expect(score.quotes.map((entry) => entry.outcome)).toEqual([
      'right',
      'wrong-name',
      'no-speaker',
      'right',
      'span-missed',
    ]);
  });

  it('does not score a source that names nobody, and reads a possessive as someone else', () => {
    const score = scorePolnear(
      [article(1, [quote('a b', 'Trump'), quote('c d', 'Hillary Clinton')])],
      gold([
        {
          quotes: [
            ['a b', 'the President'],
            ['c d', 'Clinton’s spokesman Brian Fallon'],
          ],
        },
      ]),
    );
    expect(score.other).toBe(1);
    expect(score.named).toMatchObject({ count: 1, right: 0, wrong: 1 });
  });

  it('resolves "he" to the last named source annotated before it in the same article', () => {
    const score = scorePolnear(
      [
        article(1, [
          quote('a', 'Douglas Brinkley'),
          quote('b'),
          quote('c', 'Brinkley'),
          quote('d', 'Clinton'),
        ]),
        article(2, [quote('e', 'Brinkley')]),
      ],
      gold([
        {
          quotes: [
            ['a', 'Brinkley'],
            ['b', 'the report'],
            ['c', 'he'],
            ['d', 'she'],
          ],
        },
        { quotes: [['e', 'he']] },
      ]),
    );
    expect(score.pronoun).toMatchObject({ count: 2, right: 1, wrong: 1, none: 0, unresolved: 1 });
    expect(score.quotes[3]!.names).toEqual(['Brinkley']);
  });

  it('counts an outlet right when it is the publisher or the wire, wrong otherwise, none when absent', () => {
    const score = scorePolnear(
      [article(1, [], 'the-new-york-times'), article(2, [], 'ap'), article(3, [], 'cnn'), article(4, [])],
      gold([
        { publisher: 'nyt', quotes: [] },
        { publisher: 'breitbart', wire: 'AP', quotes: [] },
        { publisher: 'wash-post', quotes: [] },
        { publisher: 'usa-today', quotes: [] },
        { publisher: 'politico', quotes: [['a', 'Trump']] },
      ]),
    );
    expect(score.outlets).toEqual({ articles: 5, right: 2, wrong: 1, none: 2 });
    expect(score.ingested).toBe(4);
    expect(score.named).toMatchObject({ count: 1, none: 1 });
  });
});

describe('expectedOutlets', () => {
  it('maps publishers and wires to registry ids, and the unregistered to nothing', () => {
    expect(expectedOutlets('wash-post', 'reuters')).toEqual(['the-washington-post', 'reuters']);
    expect(expectedOutlets('breitbart', 'UPI')).toEqual([]);
    expect(expectedOutlets('west-journal', 'NA')).toEqual([]);
  });
});
