import { beforeAll, describe, expect, it } from 'vitest';
import { toPlainText } from '../../../src/lib/input/markdown.ts';
import { createInlineRenderer, type InlineRenderer } from '../../../src/lib/input/render.ts';

let renderer: InlineRenderer;
beforeAll(async () => {
  renderer = await createInlineRenderer();
});

/** Renders a sentence with its first quote (given by its text) marked. */
async function mark(markdown: string, quoted: string) {
  const text = toPlainText(markdown);
  const start = text.indexOf(quoted);
  return renderer.render(markdown, null, [
    { id: 'q1', start, end: start + quoted.length, title: 'Quote: Xi' },
  ]);
}

describe('marking quotes in rendered sentences', () => {
  it('wraps the quoted words in a mark with the quote id', async () => {
    expect(await mark('Putin said he had “carefully studied” it.', 'carefully studied')).toBe(
      'Putin said he had “<mark class="quote" id="q1" title="Quote: Xi">carefully studied</mark>” it.',
    );
  });

  it('marks a quote inside link text inside the link', async () => {
    expect(
      await mark('[“political solution”](https://cnn.com/x) to the conflict.', 'political solution'),
    ).toBe(
      '<a href="https://cnn.com/x" rel="noopener noreferrer" class="external">“<mark class="quote" id="q1" title="Quote: Xi">political solution</mark>”</a> to the conflict.',
    );
  });

  it('takes a whole link in when the quote runs across it, so the mark contains the quote', async () => {
    const html = await mark(
      '“We met [the press](https://x.org/a) today,” he said.',
      'We met the press today,',
    );
    expect(html).toMatch(/<mark class="quote" id="q1"[^>]*>We met <a [^>]*>the press<\/a> today,<\/mark>/);
  });

  it('keeps offsets right after collapsed whitespace, emphasis and escapes', async () => {
    const html = await mark('A  *very*   \\[odd\\] “line” here.', 'line');
    expect(html).toContain('“<mark class="quote" id="q1" title="Quote: Xi">line</mark>”');
  });
});
