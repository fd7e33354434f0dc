/**
 * Inline markdown as it appears in source lines: where its links are, what its plain text
 * is. Block syntax never applies: a sentence that happens to start with "1." or "#" is
 * still a sentence.
 */
import type { Link as MdastLink, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse);

// Characters that would open a block construct at the start of a line.
const BLOCK_START = /^([#>*+\-=_|~`:]|<)/;
const ORDERED_LIST_START = /^(\d{1,9})([.)])(?=\s|$)/;

/** Escapes a leading block marker so the text parses as one paragraph of inline content. */
export function toInlineMarkdown(markdown: string): string {
  const trimmed = markdown.replace(/^[ \t]+/, '');
  const ordered = ORDERED_LIST_START.exec(trimmed);
  if (ordered) return `${ordered[1]}\\${trimmed.slice(ordered[1]!.length)}`;
  if (BLOCK_START.test(trimmed)) return `\\${trimmed}`;
  return trimmed;
}

/** Parses inline markdown into an mdast tree (one paragraph). */
export function parseInline(markdown: string): Root {
  return parser.parse(toInlineMarkdown(markdown));
}

/** Plain text of inline markdown: link text kept, targets dropped, escapes resolved. */
export function toPlainText(markdown: string): string {
  return toString(parseInline(markdown)).replace(/\s+/g, ' ').trim();
}

export interface InlineLink {
  text: string;
  href: string;
}

/** The markdown links of a piece of inline markdown, in order. */
export function extractLinks(markdown: string): InlineLink[] {
  const links: InlineLink[] = [];
  visit(parseInline(markdown), 'link', (node: MdastLink) => {
    links.push({ text: toString(node), href: node.url });
  });
  return links;
}

/** Start and end offsets (end exclusive) of every link and code span in a line. */
export function findProtectedSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  visit(parser.parse(line), (node) => {
    if ((node.type === 'link' || node.type === 'inlineCode') && node.position) {
      const start = node.position.start.offset;
      const end = node.position.end.offset;
      if (start !== undefined && end !== undefined) spans.push([start, end]);
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
 * outlet is known; anything else (javascript:, data:, fragments, bare paths) is dropped.
 */
export function resolveHref(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (trimmed.startsWith('//')) return resolveHref(`https:${trimmed}`, base);
  if (trimmed.startsWith('/')) {
    if (base === null) return null;
    try {
      return new URL(trimmed, base).href;
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

/** True for hrefs of the form "/path" (not "//host"). */
export function isSiteRelative(href: string): boolean {
  const trimmed = href.trim();
  return trimmed.startsWith('/') && !trimmed.startsWith('//');
}
