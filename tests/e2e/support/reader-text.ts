/** Reading a built page as a reader does: its visible words, and the quotes it lists. */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { speakerRules } from '../../../src/lib/schema/index.ts';

const classesOf = (node: Element): string[] => {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
};

// What a reader does not see at first: the head, scripts, and the "How we know" disclosures.
const hidden = (node: Element) =>
  ['head', 'script', 'style', 'template'].includes(node.tagName) ||
  (node.tagName === 'details' && classesOf(node).includes('how-we-know'));

function textOf(node: Root | RootContent, skip: (node: Element) => boolean): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'root' && node.type !== 'element') return '';
  if (node.type === 'element' && skip(node)) return '';
  const block =
    node.type === 'element' &&
    !['a', 'span', 'mark', 'bdi', 'code', 'em', 'strong', 'time', 'ins', 'abbr', 'small'].includes(
      node.tagName,
    );
  const inner = node.children.map((child) => textOf(child, skip)).join('');
  return block ? `\n${inner}\n` : inner;
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
