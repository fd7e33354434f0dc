import { describe, expect, it } from 'vitest';
import { parseArticleFile, renderArticleFile } from '../../../src/lib/input/article-file.ts';
import { InputError } from '../../../src/lib/problems.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const FILE = 'content/articles/dw/xi-in-moscow.md';

describe('the stored form of an imported article', () => {
  it('reads front matter and paragraphs with their lines', () => {
    const stored = parseArticleFile(
      FILE,
      bytes(
        '---\nheadline: Xi arrives in Moscow\noutlet: DW\npublished: 2023-03-20\n---\n\nXi landed on [Monday](https://dw.com/a).\n\nPutin met him.\nThey talked.\n',
      ),
    );
    expect(stored.frontMatter).toEqual({
      headline: 'Xi arrives in Moscow',
      outlet: 'DW',
      published: '2023-03-20',
    });
    expect(stored.headlineLine).toBe(2);
    expect(stored.paragraphs).toEqual([
      { line: 7, markdown: 'Xi landed on [Monday](https://dw.com/a).' },
      { line: 9, markdown: 'Putin met him. They talked.' },
    ]);
  });

  it('writes what it reads back, leaving out empty fields', () => {
    const article = {
      frontMatter: {
        headline: 'Xi: “a new era”',
        outlet: 'Reuters',
        url: 'https://www.reuters.com/world/xi',
        published: '2023-03-21',
        byline: null,
        evidence: ['outlet: og:site_name = "Reuters"'],
      },
      paragraphs: ['One [link](https://x.org/).', 'Two:\nthree.'],
    };
    const text = renderArticleFile(article);
    expect(text).not.toContain('byline');
    const stored = parseArticleFile(FILE, bytes(text));
    expect(stored.frontMatter).toEqual({ ...article.frontMatter, byline: undefined });
    expect(stored.paragraphs.map((paragraph) => paragraph.markdown)).toEqual([
      'One [link](https://x.org/).',
      'Two: three.',
    ]);
  });

  it('checks and repairs its lines as a source’s: a wrong encoding is repaired with a warning, a NUL refused', () => {
    const stored = parseArticleFile(
      FILE,
      bytes('---\nheadline: A\n---\n\nXi said: \u0093We are ready.\u0094\n'),
    );
    expect(stored.paragraphs[0]?.markdown).toBe('Xi said: “We are ready.”');
    expect(stored.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [5, 'text decoded with the wrong encoding: 2 words repaired (“{U+0093}We” → ““We”)'],
    ]);
    expect(() => parseArticleFile(FILE, bytes('---\nheadline: A\n---\n\nA\u0000B\n'))).toThrow(InputError);
  });

  it('names the line of a bad field, an unknown key, a missing fence or a missing text', () => {
    const problems = (text: string) => {
      try {
        parseArticleFile(FILE, bytes(text));
      } catch (error) {
        if (error instanceof InputError)
          return error.problems.map((problem) => [problem.line, problem.message]);
      }
      return [];
    };
    expect(problems('---\nheadline: A\npublished: 2023-02-30\n---\n\nText.\n')[0]?.[0]).toBe(3);
    expect(problems('---\nheadline: A\nauthor: B\n---\n\nText.\n')[0]?.[0]).toBe(3);
    expect(problems('headline: A\n\nText.\n')[0]).toEqual([
      1,
      'no front matter: the first line is not `---`',
    ]);
    expect(problems('---\nheadline: A\n---\n\n\n')[0]?.[1]).toBe(
      'the article has no text after its front matter',
    );
    expect(problems('---\noutlet: DW\n---\n\nText.\n')[0]?.[0]).not.toBeNull();
  });
});
