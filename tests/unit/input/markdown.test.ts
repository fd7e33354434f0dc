import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractLinks,
  findProtectedSpans,
  hostOf,
  isSiteRelative,
  parseArticleMarkdown,
  parseInline,
  resolveHref,
  sharedInlineTree,
  toInlineMarkdown,
  toPlainText,
} from '../../../src/lib/input/markdown.ts';
import { splitSentences } from '../../../src/lib/input/sentences.ts';
import { lineText } from '../../support/arbitraries.ts';

describe('toPlainText', () => {
  it('keeps link text and drops link targets', () => {
    expect(toPlainText('Xi [called for ](http://www.news.cn/x)expanding cooperation.')).toBe(
      'Xi called for expanding cooperation.',
    );
  });

  it('keeps a bracketed word that is not a link', () => {
    expect(toPlainText('to isolate one [Russia],” he said')).toBe('to isolate one [Russia],” he said');
  });

  it('reads a sentence that starts like a list or heading as plain text', () => {
    expect(toPlainText('1. This is not a list.')).toBe('1. This is not a list.');
    expect(toPlainText('# Not a heading')).toBe('# Not a heading');
    expect(toPlainText('> Not a quote block')).toBe('> Not a quote block');
  });

  it('keeps raw HTML as the text it is', () => {
    expect(toPlainText('a <b>bold</b> claim')).toBe('a <b>bold</b> claim');
  });
});

describe('toInlineMarkdown', () => {
  it('escapes only a leading block marker', () => {
    expect(toInlineMarkdown('2023. A year')).toBe('2023\\. A year');
    expect(toInlineMarkdown('- dash')).toBe('\\- dash');
    expect(toInlineMarkdown('Plain - text')).toBe('Plain - text');
  });

  it('treats a byte-order mark before a list marker as indentation (found by the property test)', () => {
    expect(toInlineMarkdown('\uFEFF 1)  Xi ')).toBe('1\\)  Xi ');
  });
});

describe('extractLinks', () => {
  it('returns every link with its text and href, in order', () => {
    expect(
      extractLinks('[a](https://a.com/x) and [“b”](/news/2023/3/21/b?traffic_source=KeepReading)'),
    ).toEqual([
      { text: 'a', href: 'https://a.com/x', before: '' },
      { text: '“b”', href: '/news/2023/3/21/b?traffic_source=KeepReading', before: 'a and' },
    ]);
  });
});

describe('resolveHref', () => {
  it('keeps absolute http(s) and mailto links', () => {
    expect(resolveHref('https://www.bbc.com/news/x', null)).toBe('https://www.bbc.com/news/x');
    expect(resolveHref('mailto:desk@example.com', null)).toBe('mailto:desk@example.com');
  });

  it('resolves site-relative links against the outlet homepage, and only then', () => {
    expect(resolveHref('/news/2023/3/21/x', 'https://www.aljazeera.com/')).toBe(
      'https://www.aljazeera.com/news/2023/3/21/x',
    );
    expect(resolveHref('/news/2023/3/21/x', null)).toBeNull();
  });

  it('never lets a site-relative link leave the outlet’s site', () => {
    expect(resolveHref('/\\evil.example/path', 'https://www.aljazeera.com/')).toBeNull();
    expect(isSiteRelative('/\\evil.example/path')).toBe(false);
  });

  it('drops unsafe and unfollowable targets', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox',
      '#top',
      'page.html',
    ]) {
      expect(resolveHref(href, 'https://example.com/')).toBeNull();
    }
  });
});

describe('hostOf and isSiteRelative', () => {
  it('lowercases the host and drops www.', () => {
    expect(hostOf('https://WWW.TheGuardian.com/world')).toBe('theguardian.com');
    expect(hostOf('/news/x')).toBeNull();
  });

  it('tells site-relative hrefs from protocol-relative ones', () => {
    expect(isSiteRelative('/news/x')).toBe(true);
    expect(isSiteRelative('//cdn.example.com/x')).toBe(false);
    expect(isSiteRelative('https://x.com/')).toBe(false);
  });
});

describe('parseArticleMarkdown', () => {
  it('gives each piece of an article the tree, positions included, it has parsed alone', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(lineText, fc.string({ maxLength: 40 })), { maxLength: 12 }), (pieces) => {
        parseArticleMarkdown(pieces);
        for (const piece of pieces) expect(sharedInlineTree(piece)).toEqual(parseInline(piece));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives each sentence cut from its line the tree it has parsed alone', () => {
    const word = fc.constantFrom(
      'Xi',
      'met',
      'Putin.',
      'said:',
      '“no',
      'limits”',
      '[the Kremlin](https://kremlin.ru/a)',
      '[a',
      'b]',
      '](x)',
      '![img](https://e.example/p.gif)',
      '`code`',
      '`',
      '!',
      '1.',
      '#',
      '-',
      'U.S.',
      '𝐀',
      'é',
      '(see)',
      '?',
      '[](/x)',
    );
    const line = fc
      .array(fc.tuple(word, fc.constantFrom(' ', ' ', '. ', '! ', '? ', '')), { minLength: 1, maxLength: 24 })
      .map((parts) =>
        parts
          .map(([text, gap]) => text + gap)
          .join('')
          .trim(),
      );
    fc.assert(
      fc.property(fc.oneof(line, lineText), (text) => {
        const spans = splitSentences(text);
        const pieces = spans.map((span) => span.markdown);
        parseArticleMarkdown(['A teaser', ...pieces], { text, spans });
        for (const piece of pieces) expect(sharedInlineTree(piece)).toEqual(parseInline(piece));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a link reference definition to the piece it is written in', () => {
    const pieces = ['[a\\]b]: https://e.example/', 'See [a\\]b].'];
    parseArticleMarkdown(pieces);
    expect(toPlainText(pieces[1]!)).toBe('See [a]b].');
    expect(extractLinks(pieces[1]!)).toEqual([]);
    expect(findProtectedSpans(pieces[1]!)).toEqual([]);
  });
});
