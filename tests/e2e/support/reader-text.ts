/** Reading a built page as a reader does: its visible words, and the quotes it lists. */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { speakerRules } from '../../../src/lib/schema/index.ts';

const classesOf = (node: Element): string[] => {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

// What a reader does not see at first: the head, scripts, tooltips, and the "How we know" disclosures.
const hidden = (node: Element) =>
  ['head', 'script', 'style', 'template', 'title'].includes(node.tagName) ||
  (node.tagName === 'details' && classesOf(node).includes('how-we-know'));

function textOf(node: Root | RootContent, skip: (node: Element) => boolean): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'root' && node.type !== 'element') return '';
  if (node.type === 'element' && skip(node)) return '';
  const block =
    node.type === 'element' &&
    ![
      'a',
      'span',
      'mark',
      'bdi',
      'code',
      'em',
      'strong',
      'time',
      'ins',
      'abbr',
      'small',
      'g',
      'text',
    ].includes(node.tagName);
  // The texts of a chart cell (a share, then its base under it) read as one line.
  const gap = node.type === 'element' && node.tagName === 'text' ? ' ' : '';
  const inner = node.children.map((child) => textOf(child, skip)).join('');
  if (inner === '') return '';
  return block ? `\n${inner}\n` : `${inner}${gap}`;
}

/** The text a reader sees on a page before opening any "How we know" disclosure. */
export function visibleText(html: string): string {
  return textOf(fromHtml(html), hidden);
}

// Rule ids with a hyphen: single words ("label", "document") are also plain English.
const RULE_IDS = speakerRules.filter((rule) => rule.includes('-'));
const BUILDER_WORDS = [
  new RegExp(`\\b(${RULE_IDS.join('|')})\\b`, 'u'),
  /\bcontent\/[\w./-]+/u,
  /\b[\w-]+\.(txt|ya?ml|md)\b/u,
  /sidecar/iu,
  /provenance metadata/iu,
];

/** The builder's words in a text: rule ids, file paths, "sidecar". */
export function builderWordsIn(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => BUILDER_WORDS.flatMap((pattern) => line.match(pattern)?.[0] ?? []));
}

function findAll(
  node: Root | RootContent,
  test: (node: Element) => boolean,
  found: Element[] = [],
): Element[] {
  if (node.type === 'element' && test(node)) found.push(node);
  if (node.type === 'root' || node.type === 'element')
    for (const child of node.children) findAll(child, test, found);
  return found;
}

/** Each item of a page's quote lists: the link to its quote, and whether its sentence is shown with the quote marked. */
export function listedQuotes(html: string): { href: string; inContext: boolean }[] {
  const lists = findAll(
    fromHtml(html),
    (node) => node.tagName === 'ul' && classesOf(node).includes('quote-list'),
  );
  return lists.flatMap((list) =>
    list.children
      .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
      .map((item) => {
        const context = findAll(
          item,
          (node) => node.tagName === 'a' && classesOf(node).includes('quote-in-context'),
        )[0];
        const marked =
          context !== undefined && findAll(context, (node) => node.tagName === 'mark').length > 0;
        const text = context === undefined ? '' : textOf(context, () => false);
        const href = context?.properties['href'];
        return {
          href: typeof href === 'string' ? href : '',
          // The sentence around the quote: more words than the marked quote alone.
          inContext: marked && text.trim().split(/\s+/u).length > 1,
        };
      }),
  );
}

// A share's base follows it ("33% (4 of 12)", "33% 4 of 12" in a chart cell, "31% of 13
// sentences"); a percentage that is not a share says what it is (a confidence, a legend step).
const WITH_BASE = /^\*?\s*\(?\d+ (of \d+|words?\))/u;
const NOT_A_SHARE = /((confidence( of)?|up to|over|give|and) |\d–)$/u;

/** The percentages in a text that carry no base and do not say they are not a share. */
export function sharesWithoutBase(text: string): string[] {
  return text.split('\n').flatMap((line) =>
    [...line.matchAll(/(\d+|<1)%/gu)].flatMap((match) => {
      const before = line.slice(Math.max(0, match.index - 16), match.index);
      const after = line.slice(match.index + match[0].length);
      return WITH_BASE.test(after) || NOT_A_SHARE.test(before)
        ? []
        : [line.slice(Math.max(0, match.index - 40), match.index + 20)];
    }),
  );
}
