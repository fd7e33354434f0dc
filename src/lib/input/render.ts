/**
 * Rendering source markdown to safe inline HTML: the unified pipeline of
 * @astrojs/markdown-remark's processor, with our own remark and rehype plugins, run on the
 * tree the ingest has already parsed (markdown.ts).
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { hostOf, rawAsText, resolveHref, sharedInlineTree, toInlineMarkdown } from './markdown.ts';
import { rehypeMarkQuotes, type QuoteMark } from './mark-quotes.ts';

/** Raw HTML and images are shown as the text that was written (see `rawAsText`). */
export function remarkRawAsText() {
  return (tree: MdastRoot) => {
    rawAsText(tree);
  };
}

function linkBaseOf(file: VFile): string | null {
  const base: unknown = file.data.astro?.frontmatter?.['linkBase'];
  return typeof base === 'string' ? base : null;
}

/**
 * Points links where they can be followed: external links get `rel="noopener noreferrer"`
 * and a class; site-relative links resolve against the outlet's homepage (passed as
 * `linkBase`) or, when the outlet is unknown, become plain text with a note; unsafe
 * targets (javascript:, data:, …) become plain text.
 */
export function rehypeSourceLinks() {
  return (tree: HastRoot, file: VFile) => {
    const base = linkBaseOf(file);
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || !parent || index === undefined) return undefined;
      const href = typeof node.properties['href'] === 'string' ? node.properties['href'] : '';
      const resolved = resolveHref(href, base);
      if (resolved === null) {
        const replacement: Element = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['dead-link'], title: `link not followable here: ${href}` },
          children: node.children,
        };
        parent.children.splice(index, 1, replacement as ElementContent);
        return undefined;
      }
      node.properties = {
        href: resolved,
        rel: ['noopener', 'noreferrer'],
        className: ['external'],
      };
      return undefined;
    });
  };
}

/**
 * A link written with no text (`[](https://tass.com)`) would be an invisible, unnamed link:
 * it shows its site's name instead. Runs last, after the quote marks, whose offsets count
 * only the source's own text.
 */
export function rehypeNameEmptyLinks() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a' || toText(node).trim() !== '') return undefined;
      const href = typeof node.properties['href'] === 'string' ? node.properties['href'] : '';
      node.children = [{ type: 'text', value: hostOf(href) ?? href }];
      return 'skip';
    });
  };
}

function toText(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(toText).join('');
  return '';
}

/** Whether `remarkRawAsText` would change a tree: it holds raw HTML or an image. */
function holdsRaw(node: MdastRoot | MdastRoot['children'][number]): boolean {
  if (node.type === 'html' || node.type === 'image') return true;
  return 'children' in node && node.children.some(holdsRaw);
}

/** Replaces a root holding one paragraph with the paragraph's children (inline output). */
export function rehypeUnwrapParagraph() {
  return (tree: HastRoot) => {
    const elements = tree.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const only = elements[0];
    if (elements.length === 1 && only?.type === 'element' && only.tagName === 'p') {
      tree.children = only.children;
    }
  };
}

/**
 * An allow-list: what the default (GitHub) schema allows, plus the attributes our link
 * plugin writes. Anything else in a source can never reach the page as markup.
 */
export const sanitizeSchema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter(
    (name) => !['img', 'picture', 'source', 'video', 'audio'].includes(name),
  ),
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    a: ['href', 'rel', 'className'],
    span: ['className', 'title'],
  },
};

/** Renders inline markdown of source text to sanitised HTML. */
export interface InlineRenderer {
  /** `quoteMarks` wraps quotes (offsets in the plain text) in `<mark id>` elements. */
  render(markdown: string, linkBase: string | null, quoteMarks?: readonly QuoteMark[]): Promise<string>;
}

/**
 * Creates the renderer once; reuse it for every sentence. Its pipeline is the one
 * @astrojs/markdown-remark 7's `createMarkdownProcessor` builds for `unified({ gfm: false,
 * smartypants: false, … })` and `syntaxHighlight: false`, in the same order, less its two
 * image plugins, which do nothing without a file path (`remarkCollectImages` returns at
 * once, and `rehypeImages` has no image paths to rewrite). Astro's processor takes markdown
 * and parses it again, where the ingest has parsed each sentence already: its rendering of
 * the 28,655 sentences of 3,000 quote-dense articles took 4.9 s, 2.8 s of it parsing. The
 * tests render generated text through both.
 */
export function createInlineRenderer(): Promise<InlineRenderer> {
  const processor = unified()
    .use(remarkRawAsText)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rehypeSourceLinks)
    // Quote marks come after the sanitiser: they are ours, not the source's.
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeUnwrapParagraph)
    .use(rehypeMarkQuotes)
    .use(rehypeNameEmptyLinks)
    .use(rehypeHeadingIds)
    .use(rehypeRaw)
    .use(rehypeStringify, { allowDangerousHtml: true });
  return Promise.resolve({
    render(markdown, linkBase, quoteMarks = []) {
      // One sentence is one line: a line break in it (never in a source line, but possible
      // in text given to the renderer) must not open a paragraph or a heading. Each becomes
      // a space, so offsets into the text stay where they were.
      const line = markdown.replace(/[\r\n]/g, ' ');
      // The shared tree is read by others: raw HTML and images become text in a copy. Most
      // sentences have neither, and copying every tree took a third of the rendering time.
      const shared = sharedInlineTree(line);
      const tree = holdsRaw(shared) ? structuredClone(shared) : shared;
      const file = new VFile({
        value: toInlineMarkdown(line),
        data: { astro: { frontmatter: { ...(linkBase === null ? {} : { linkBase }), quoteMarks } } },
      });
      const html = processor.stringify(processor.runSync(tree, file), file);
      return Promise.resolve(html.trim());
    },
  });
}
