/**
 * Inline markdown as it appears in source lines: where its links are, what its plain text
 * is. Block syntax never applies: a sentence that happens to start with "1.", "#", "<div>"
 * or an indent is still a sentence.
 */
import type { Link as MdastLink, Nodes, PhrasingContent, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse);

// What would open a block construct at the start of a line: headings, quotes, bullets,
// thematic breaks, tables, fences, HTML blocks and link reference definitions.
const BLOCK_START = /^([#>*+\-=_|~`:]|<(?![a-z][a-z0-9+.-]{1,31}:[^\s<>]*>)|\[[^\]]*\]:)/i;
const ORDERED_LIST_START = /^(\d{1,9})([.)])(?=\s|$)/;

/** Inline markdown ready to parse as one paragraph, with a map back to source offsets. */
export interface InlineForm {
  text: string;
  /** The offset in the source string of an offset in `text`. */
  toSource(offset: number): number;
}

/**
 * Drops leading indentation and escapes a leading block marker. A byte-order mark counts as
 * indentation: the parser drops one at the start, and " 1) …" after it would open a list.
 */
export function toInlineForm(markdown: string): InlineForm {
  const indent = /^[ \t\uFEFF]*/.exec(markdown)![0].length;
  const trimmed = markdown.slice(indent);
  const ordered = ORDERED_LIST_START.exec(trimmed);
  // Index (in the trimmed text) where a backslash goes, or -1.
  const escapeAt = ordered ? ordered[1]!.length : BLOCK_START.test(trimmed) ? 0 : -1;
  if (escapeAt === -1) return { text: trimmed, toSource: (offset) => offset + indent };
  return {
    text: `${trimmed.slice(0, escapeAt)}\\${trimmed.slice(escapeAt)}`,
    toSource: (offset) => indent + (offset > escapeAt ? offset - 1 : offset),
  };
}

/** The inline form's text: what the parser and the renderer read. */
export function toInlineMarkdown(markdown: string): string {
  return toInlineForm(markdown).text;
}

/** Parses inline markdown into an mdast tree (one paragraph). The tree is the caller's. */
export function parseInline(markdown: string): Root {
  return parser.parse(toInlineMarkdown(markdown));
}

// The ingest reads each sentence several times (its plain text, links, protected spans, its
// HTML): the trees of the article being read are parsed together (`parseTogether`) and kept,
// and the last few others too, so that each is parsed once. Readers must not change them.
let articleTrees = new Map<string, Root>();
const recentTrees = new Map<string, Root>();
const RECENT_TREES = 64;

function parseShared(inlineText: string): Root {
  const known = articleTrees.get(inlineText) ?? recentTrees.get(inlineText);
  if (known !== undefined) return known;
  if (recentTrees.size >= RECENT_TREES) recentTrees.clear();
  const tree = parser.parse(inlineText);
  recentTrees.set(inlineText, tree);
  return tree;
}

/** The tree of a piece of inline markdown, shared with every reader: it must not be changed. */
export function sharedInlineTree(markdown: string): Root {
  return parseShared(toInlineMarkdown(markdown));
}

/** The line an article's sentences were cut from, and where each sentence is in it. */
export interface SentenceLine {
  text: string;
  spans: readonly { start: number; end: number }[];
}

/**
 * Parses the pieces of inline markdown of one article (its teaser and sentences) for the
 * readers that follow, so that each is read without parsing it again. A sentence whose tree
 * can be cut from the tree of the line it was cut from (`line`, parsed when it was split
 * into sentences) is not parsed again; the rest are parsed in one pass. Parsing is mostly a
 * fixed cost per call (micromark combines its syntax extensions on every call): on the
 * 28,655 sentences of 3,000 quote-dense articles, one call per sentence took 2.8 s, one per
 * ten sentences 1.0 s.
 */
export function parseArticleMarkdown(markdowns: readonly string[], line?: SentenceLine): void {
  const cut = line ? cutFromLine(line) : new Map<string, Root>();
  const texts = [...new Set(markdowns.map(toInlineMarkdown))].filter((text) => !cut.has(text));
  const trees = parseTogether(texts);
  articleTrees = new Map([
    ...cut,
    ...texts.map((text, index): [string, Root] => [text, trees?.[index] ?? parser.parse(text)]),
  ]);
}

// What may read otherwise in a sentence than in its line: emphasis (`*`, `_`), raw HTML
// and autolinks (`<`), character references (`&`) and escapes (`\`); a tab or a line break
// moves columns and lines. Links, images and code spans never run across a sentence's end
// (the sentences are cut around them), and are checked to lie inside it.
const READS_OTHERWISE = /[*_<&\\\t\r\n]/;

/** The trees of the sentences of `line` that are its own tree cut at their ends, by their text. */
function cutFromLine({ text: line, spans }: SentenceLine): Map<string, Root> {
  const trees = new Map<string, Root>();
  if (READS_OTHERWISE.test(line) || toInlineMarkdown(line) !== line) return trees;
  const [paragraph, ...rest] = parseShared(line).children;
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return trees;
  for (const { start, end } of spans) {
    const text = line.slice(start, end);
    const children =
      toInlineMarkdown(text) === text ? cutChildren(paragraph.children, line, start, end) : null;
    if (!children) continue;
    const position = () => ({ start: pointAt(0), end: pointAt(text.length) });
    trees.set(text, {
      type: 'root',
      children: [{ type: 'paragraph', children, position: position() }],
      position: position(),
    });
  }
  return trees;
}

/** The point at `offset` of a text of one line without tabs. */
const pointAt = (offset: number) => ({ line: 1, column: offset + 1, offset });

/**
 * The nodes of a line's paragraph between `start` and `end`, as parsing that part alone
 * makes them; null when a node runs across either end, or a text node is not the line's
 * text as written.
 */
function cutChildren(
  children: readonly PhrasingContent[],
  line: string,
  start: number,
  end: number,
): PhrasingContent[] | null {
  const cut: PhrasingContent[] = [];
  for (const child of children) {
    const from = child.position?.start.offset;
    const to = child.position?.end.offset;
    if (from === undefined || to === undefined) return null;
    if (to <= start || from >= end) continue;
    if (child.type === 'text') {
      if (child.value !== line.slice(from, to)) return null;
      const [first, last] = [Math.max(from, start), Math.min(to, end)];
      cut.push({
        type: 'text',
        value: line.slice(first, last),
        position: { start: pointAt(first - start), end: pointAt(last - start) },
      });
    } else {
      if (from < start || to > end) return null;
      const copy = structuredClone(child);
      shiftPositions(copy, 0, start, start);
      cut.push(copy);
    }
  }
  return cut;
}

/**
 * Texts of one line each parsed as one document, a blank line between them: each is then a
 * paragraph of its own, parsed as it would be alone (no inline syntax runs across a blank
 * line), with its positions made its own again. Null when a text could read otherwise: it
 * holds a line break or a tab (columns), it is empty, or it is not one paragraph (a link
 * reference definition, which would count for every paragraph of the document).
 */
function parseTogether(texts: readonly string[]): Root[] | null {
  if (texts.length < 2 || texts.some((text) => text === '' || /[\r\n\t]/.test(text))) return null;
  const document = parser.parse(texts.join('\n\n'));
  if (document.children.length !== texts.length) return null;
  let offset = 0;
  const trees: Root[] = [];
  for (const [index, text] of texts.entries()) {
    const paragraph = document.children[index]!;
    if (paragraph.type !== 'paragraph' || paragraph.position?.start.offset !== offset) return null;
    shiftPositions(paragraph, 2 * index, 0, offset);
    trees.push({
      type: 'root',
      children: [paragraph],
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: 1, column: text.length + 1, offset: text.length },
      },
    });
    offset += text.length + 2;
  }
  return trees;
}

/** Moves the positions of a node and everything in it back by `lines` lines, `columns` columns and `offset` characters. */
function shiftPositions(node: Nodes, lines: number, columns: number, offset: number): void {
  // In place: each node's position and points are its own objects.
  const position = node.position;
  if (position) {
    for (const point of [position.start, position.end]) {
      point.line -= lines;
      point.column -= columns;
      if (point.offset !== undefined) point.offset -= offset;
    }
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, lines, columns, offset);
}

/**
 * Raw HTML in a source is text the outlet printed, never markup, and an image is never
 * loaded from a source: both become the text that was written (in place).
 */
export function rawAsText(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'html') {
      const text: Text = { type: 'text', value: node.value };
      parent.children.splice(index, 1, text);
    } else if (node.type === 'image') {
      const text: Text = { type: 'text', value: `![${node.alt ?? ''}](${node.url})` };
      parent.children.splice(index, 1, text);
    }
    return undefined;
  });
}

/**
 * Plain text of inline markdown: link text kept, targets dropped, escapes resolved, raw
 * HTML and images as written; whitespace collapsed. Quote offsets refer to this text.
 */
export function toPlainText(markdown: string): string {
  return textOf(parseShared(toInlineMarkdown(markdown)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** `toString`, with images as written (as `rawAsText` leaves them); raw HTML is its own text. */
function textOf(node: Root | Root['children'][number]): string {
  if (node.type === 'image') return `![${node.alt ?? ''}](${node.url})`;
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(textOf).join('');
  return '';
}

export interface InlineLink {
  text: string;
  href: string;
  /** Plain text of up to 80 source characters before the link, for citation cues. */
  before: string;
}

/** The markdown links of a piece of inline markdown, in order. */
export function extractLinks(markdown: string): InlineLink[] {
  const form = toInlineForm(markdown);
  const links: InlineLink[] = [];
  visit(parseShared(form.text), 'link', (node: MdastLink) => {
    const start = node.position?.start.offset ?? 0;
    const before = toPlainText(form.text.slice(Math.max(0, start - 80), start));
    links.push({ text: toString(node), href: node.url, before });
  });
  return links;
}

/** Start and end offsets (end exclusive) of every link, image and code span in a line. */
export function findProtectedSpans(line: string): [number, number][] {
  const form = toInlineForm(line);
  const spans: [number, number][] = [];
  visit(parseShared(form.text), (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'inlineCode') && node.position) {
      const start = node.position.start.offset;
      const end = node.position.end.offset;
      if (start !== undefined && end !== undefined) spans.push([form.toSource(start), form.toSource(end)]);
      return 'skip';
    }
    return undefined;
  });
  return spans.sort((a, b) => a[0] - b[0]);
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Where a link should point on our site, or null. Absolute http(s) and mailto links are
 * kept; site-relative links ("/news/…") are resolved against the outlet's homepage when the
 * outlet is known (and must stay on that site); anything else (javascript:, data:,
 * fragments, bare paths) is dropped.
 */
export function resolveHref(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (trimmed.startsWith('//')) return resolveHref(`https:${trimmed}`, base);
  if (trimmed.startsWith('/')) {
    if (base === null) return null;
    try {
      const resolved = new URL(trimmed, base);
      return resolved.origin === new URL(base).origin ? resolved.href : null;
    } catch {
      return null;
    }
  }
  try {
    const url = new URL(trimmed);
    return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The host a URL points to, lowercased, without a leading "www.". */
export function hostOf(href: string): string | null {
  try {
    const url = new URL(href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** True for hrefs of the form "/path" (not "//host" or "/\host"). */
export function isSiteRelative(href: string): boolean {
  const trimmed = href.trim();
  return trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\');
}
