import { describe, expect, it } from 'vitest';
import { decodeSource, parseSource } from '../../../src/lib/input/source.ts';
import { InputError } from '../../../src/lib/problems.ts';
import { encode, problemsOf } from '../../helpers.ts';

describe('parseSource', () => {
  it('pairs each teaser line with the body line after it', () => {
    const { articles } = parseSource('a.txt', encode('Teaser one\nBody one.\nTeaser two\nBody two.'));
    expect(articles).toEqual([
      { position: 1, teaserLine: 1, teaser: 'Teaser one', bodyLine: 2, body: 'Body one.' },
      { position: 2, teaserLine: 3, teaser: 'Teaser two', bodyLine: 4, body: 'Body two.' },
    ]);
  });

  it('allows blank lines between articles and a final newline, keeping real line numbers', () => {
    const { articles } = parseSource('a.txt', encode('\nT1\nB1.\n\n\nT2\nB2.\n'));
    expect(articles.map((article) => [article.teaserLine, article.bodyLine])).toEqual([
      [2, 3],
      [6, 7],
    ]);
  });

  it('reads CRLF line ends without keeping the carriage return', () => {
    const { articles } = parseSource('a.txt', encode('T1\r\nB1.\r\n'));
    expect(articles[0]).toMatchObject({ teaser: 'T1', body: 'B1.' });
  });

  it('ignores a byte-order mark and says so', () => {
    const { articles, warnings } = parseSource('a.txt', encode('\uFEFFT1\nB1.'));
    expect(articles[0]?.teaser).toBe('T1');
    expect(warnings[0]).toMatchObject({ file: 'a.txt', line: 1 });
  });

  it('keeps lines verbatim, including surrounding spaces', () => {
    const { articles } = parseSource('a.txt', encode('  T1 \n B1. '));
    expect(articles[0]).toMatchObject({ teaser: '  T1 ', body: ' B1. ' });
  });

  it('warns when a body line looks like a teaser: a line may be missing above it', () => {
    const { warnings } = parseSource('a.txt', encode('Xi arrives in Moscow ...\nPeace plan discussed ...\n'));
    expect(warnings).toEqual([
      expect.objectContaining({
        file: 'a.txt',
        line: 2,
        message: 'this body line ends with "...", like a teaser',
      }),
    ]);
    expect(
      parseSource('a.txt', encode('A long teaser line about the summit\nShort.\n')).warnings[0]?.message,
    ).toMatch(/shorter than its teaser on line 1/);
  });

  it('refuses an empty source, naming the file', () => {
    for (const text of ['', '\n\n', '  \n\t\n']) {
      expect(problemsOf(() => parseSource('empty.txt', encode(text)))).toEqual([
        expect.objectContaining({ file: 'empty.txt', line: 1, message: 'the source is empty' }),
      ]);
    }
  });

  it('refuses a teaser without a body, at the line where the body is missing', () => {
    const problems = problemsOf(() => parseSource('a.txt', encode('T1\nB1.\n\nT2\n\nT3\nB3.')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'a.txt', line: 4 });
    expect(problems[0]?.message).toMatch(/teaser without a body/);
  });

  it('refuses an odd number of lines at the end of a file without blank lines', () => {
    const problems = problemsOf(() => parseSource('a.txt', encode('T1\nB1.\nT2')));
    expect(problems[0]).toMatchObject({ line: 3 });
  });
});

describe('decodeSource', () => {
  it('names the line and byte of the first invalid UTF-8 byte', () => {
    const bytes = new Uint8Array([...encode('T1\nB1.\nok '), 0xff, ...encode(' tail')]);
    const problems = problemsOf(() => decodeSource('latin.txt', bytes));
    expect(problems[0]).toMatchObject({ file: 'latin.txt', line: 3 });
    expect(problems[0]?.message).toMatch(/not valid UTF-8 \(first at byte 4 of the line\)/);
    expect(problems[0]?.hint).toMatch(/UTF-8/);
  });

  it('decodes the next file normally after refusing one', () => {
    expect(() => decodeSource('bad.txt', new Uint8Array([0x41, 0xe9, 0x0a]))).toThrow(InputError);
    expect(decodeSource('good.txt', encode('fine'))).toBe('fine');
  });

  it('decodes valid UTF-8, including curly quotes and non-Latin scripts', () => {
    expect(decodeSource('a.txt', encode('“Привет,” 习近平'))).toBe('“Привет,” 习近平');
  });
});
