import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import rehypeSanitize from 'rehype-sanitize';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticleMarkdown, toInlineMarkdown, toPlainText } from '../../../src/lib/input/markdown.ts';
import { rehypeMarkQuotes, type QuoteMark } from '../../../src/lib/input/mark-quotes.ts';
import {
  createInlineRenderer,
  rehypeNameEmptyLinks,
  rehypeSourceLinks,
  rehypeUnwrapParagraph,
  remarkRawAsText,
  sanitizeSchema,
  type InlineRenderer,
} from '../../../src/lib/input/render.ts';
import { anyText, lineText } from '../../support/arbitraries.ts';

let renderer: InlineRenderer;
beforeAll(async () => {
  renderer = await createInlineRenderer();
});

describe('createInlineRenderer', () => {
  it('renders inline markdown without a wrapping paragraph', async () => {
    expect(await renderer.render('Some *emphasis* here.', null)).toBe('Some <em>emphasis</em> here.');
  });

  it('renders a text with line breaks inline: no paragraph, no heading', async () => {
    // fast-check found "\u0000\n\n\u0000" rendering as two paragraphs.
    const html = await renderer.render('Xi arrived.\n\n# Putin\nwaited.', null);
    expect(html).not.toMatch(/<(?:p|h1)\b/);
    expect(html).toContain('Xi arrived.');
  });

  it('keeps quotation marks and dashes exactly as written', async () => {
    expect(await renderer.render('"straight" -- “curly”', null)).toBe('"straight" -- “curly”');
  });

  it('marks external links and keeps the referrer from leaking', async () => {
    expect(await renderer.render('[BBC](https://www.bbc.com/news/x)', null)).toBe(
      '<a href="https://www.bbc.com/news/x" rel="noopener noreferrer" class="external">BBC</a>',
    );
  });

  it('resolves site-relative links against the outlet homepage', async () => {
    expect(await renderer.render('[ties](/news/2023/3/21/x)', 'https://www.aljazeera.com/')).toContain(
      'href="https://www.aljazeera.com/news/2023/3/21/x"',
    );
  });

  it('keeps the text of links it cannot follow and drops their target', async () => {
    const html = await renderer.render('[ties](/news/2023/3/21/x) [click](javascript:alert(1))', null);
    expect(html).not.toContain('href');
    expect(html).not.toContain('<a');
    expect(html).toContain('>ties</span>');
    expect(html).toContain('>click</span>');
  });

  it('shows raw HTML as text, never as markup', async () => {
    const html = await renderer.render(
      'a <script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="x"></iframe>',
      null,
    );
    expect(html).not.toMatch(/<(script|img|iframe)/i);
    expect(html).toContain('&#x3C;script>');
  });

  it('shows images as the markdown that was written and never loads them', async () => {
    const html = await renderer.render('![Xi and Putin](https://tracker.example/pixel.gif) met.', null);
    expect(html).not.toContain('<img');
    expect(html).toBe('![Xi and Putin](https://tracker.example/pixel.gif) met.');
  });

  it('renders a link reference definition and an autolink at the start as written', async () => {
    expect(await renderer.render('[1]: https://example.com/ "title"', null)).toBe(
      '[1]: https://example.com/ "title"',
    );
    expect(await renderer.render('<https://a.example> starts it.', null)).toContain(
      'href="https://a.example/"',
    );
  });

  it('renders a sentence that looks like a list item as text', async () => {
    expect(await renderer.render('1. Not a list', null)).toBe('1. Not a list');
  });
});

describe('createInlineRenderer, against Astro’s markdown processor', () => {
  // The renderer as it was: @astrojs/markdown-remark's processor, given the markdown, with our plugins.
  let astro: MarkdownRenderer;
  beforeAll(async () => {
    astro = await unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkRawAsText],
      rehypePlugins: [
        rehypeSourceLinks,
        [rehypeSanitize, sanitizeSchema],
        rehypeUnwrapParagraph,
        rehypeMarkQuotes,
        rehypeNameEmptyLinks,
      ],
    }).createRenderer({ syntaxHighlight: false });
  });
  const renderWithAstro = async (markdown: string, linkBase: string | null, quoteMarks: QuoteMark[]) => {
    const inline = toInlineMarkdown(markdown.replace(/[\r\n]/g, ' '));
    const result = await astro.render(inline, {
      frontmatter: { ...(linkBase === null ? {} : { linkBase }), quoteMarks },
    });
    return result.code.trim();
  };

  it('renders any text, link base and quote marks to the same HTML, raw HTML and images included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(lineText, anyText),
        fc.constantFrom(null, 'https://www.reuters.com/'),
        fc.array(fc.tuple(fc.nat(60), fc.nat(30)), { maxLength: 2 }),
        async (text, base, ranges) => {
          // Quotes as the ingest finds them: in the plain text, one after another.
          const plain = toPlainText(text);
          let from = 0;
          const marks = ranges.flatMap(([start, length], index) => {
            const mark = {
              id: `q${index}`,
              start: from + start,
              end: from + start + length + 1,
              title: 'Quote',
            };
            from = mark.end;
            return mark.end <= plain.length ? [mark] : [];
          });
          const outcome = async (render: () => Promise<string>) => render().catch(String);
          expect(await outcome(() => renderer.render(text, base, marks))).toBe(
            await outcome(() => renderWithAstro(text, base, marks)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('renders a sentence the same after its article was parsed in one pass', async () => {
    const sentences = [
      'Xi <b>met</b> Putin.',
      '“It is *vital*,” [he said](/x).',
      '![a](https://e.example/p.gif) b',
    ];
    parseArticleMarkdown(sentences);
    for (const sentence of sentences) {
      expect(await renderer.render(sentence, 'https://www.bbc.com/')).toBe(
        await renderWithAstro(sentence, 'https://www.bbc.com/', []),
      );
    }
  });
});
