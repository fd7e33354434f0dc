/**
 * The text of an article page as paragraphs of inline Markdown: page furniture (navigation,
 * share bars, captions, newsletter boxes, adverts…) removed from the DOM, then each `<p>`,
 * `<li>` and `<blockquote>` turned into one line of text with its links kept as links.
 */
import { collapse } from './metadata.ts';

// Never text of the article: media, code, forms and page chrome.
const FURNITURE_TAGS = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'figure',
  'figcaption',
  'aside',
  'nav',
  'footer',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'dialog',
  'menu',
].join(', ');
const FURNITURE_ROLES =
  '[role="navigation" i], [role="complementary" i], [role="contentinfo" i], [role="dialog" i], [role="alertdialog" i], [hidden]';
// A class or id that names furniture. Substrings, so camelCase ("shareBar") and BEM
// ("story__related-links") names match too; "ad" and "ads" only as whole words ("head" is not an ad).
const FURNITURE_NAME =
  /share|social|newsletter|subscri|related|promo|advert|cookie|consent|caption|credit|(^|[\s_-])ads?([\s_-]|$)/i;
// Containers that hold the story itself: a furniture-sounding name on them ("has-social-bar")
// must not remove the article.
const STORY_CONTAINER = 'html, body, main, article, [itemprop="articleBody"]';
// A block that holds this many paragraphs is article text, whatever its class says.
const MAX_FURNITURE_PARAGRAPHS = 4;
// Whole paragraphs that are labels of furniture left in the flow of the text.
const FURNITURE_TEXT =
  /^(advertisement|advert|sponsored( content)?|read more|see also|related( stories)?|share( this( article| story)?)?)$/i;

const BLOCKS = 'p, li, blockquote';

/** Removes furniture from a document or element, before or after Readability. */
export function removeFurniture(root: Document | Element): void {
  for (const element of root.querySelectorAll(`${FURNITURE_TAGS}, ${FURNITURE_ROLES}`)) element.remove();
  for (const element of root.querySelectorAll('[class], [id]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!FURNITURE_NAME.test(names) || isStoryContainer(element)) continue;
    element.remove();
  }
}

function isStoryContainer(element: Element): boolean {
  return (
    element.matches(STORY_CONTAINER) ||
    element.querySelector(STORY_CONTAINER) !== null ||
    element.querySelectorAll('p').length > MAX_FURNITURE_PARAGRAPHS
  );
}

/**
 * The paragraphs of an article's content, in document order. A block that holds other
 * blocks (a `<blockquote>` of `<p>`s, an `<li>` with a `<p>`) gives its inner blocks, so no
 * text is taken twice; headings are left out (they are not sentences).
 */
export function toParagraphs(root: Element, base: string | null): string[] {
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) heading.remove();
  removeFurniture(root);
  const paragraphs: string[] = [];
  for (const block of root.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS) !== null) continue;
    const markdown = collapse(toInlineMarkdown(block, base));
    if (markdown !== '' && !FURNITURE_TEXT.test(markdown)) paragraphs.push(markdown);
  }
  return paragraphs;
}

/** A node's text as inline Markdown: text escaped, http(s) links kept as `[text](url)`. */
function toInlineMarkdown(node: Node, base: string | null): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === 3) out += escapeText(child.textContent ?? '');
    else if (child.nodeType !== 1) continue;
    else if ((child as Element).localName === 'br') out += ' ';
    else if ((child as Element).localName === 'a') out += toLink(child as Element, base);
    else out += toInlineMarkdown(child, base);
  }
  return out;
}

function toLink(anchor: Element, base: string | null): string {
  const text = collapse(toInlineMarkdown(anchor, base));
  const url = resolveHttpUrl(anchor.getAttribute('href'), base);
  if (text === '' || url === null) return text;
  return `[${text}](${url.replace(/[()\\]/g, '\\$&')})`;
}

/** An absolute http(s) address for an href, or null (mailto:, javascript:, a bare #fragment…). */
export function resolveHttpUrl(href: string | null, base: string | null): string | null {
  if (href === null || href.trim() === '' || href.trim().startsWith('#')) return null;
  try {
    const url = base === null ? new URL(href.trim()) : new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// Characters that would turn plain text into Markdown syntax: links, emphasis, code, HTML.
function escapeText(text: string): string {
  return text.replace(/[\\[\]*_`<]/g, '\\$&');
}
