/**
 * Marking quotes in rendered HTML: wraps each quote's text in a `<mark class="quote">`
 * carrying the quote's id, so a link to `#<quote id>` lands on an element that contains
 * the quote. Quote offsets refer to the sentence's plain text (whitespace collapsed).
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';

export interface QuoteMark {
  id: string;
  start: number;
  end: number;
  /** Tooltip, e.g. the speaker's name. */
  title: string;
}

type Parent = Root | Element;
interface Position {
  node: Text;
  offset: number;
  ancestors: Parent[];
}

/** Maps each character of the collapsed plain text to its text node and offset. */
function mapText(tree: Root): Position[] {
  const positions: Position[] = [];
  let lastWasSpace = true;
  visitParents(tree, 'text', (node: Text, ancestors) => {
    for (let offset = 0; offset < node.value.length; offset++) {
      const space = /\s/.test(node.value[offset]!);
      if (space && lastWasSpace) continue;
      positions.push({ node, offset, ancestors: ancestors });
      lastWasSpace = space;
    }
  });
  return positions;
}

/** Splits a text node of `parent` at `offset`; returns the index of the second part. */
function splitText(parent: Parent, node: Text, offset: number): number {
  const index = parent.children.indexOf(node);
  if (offset <= 0) return index;
  if (offset >= node.value.length) return index + 1;
  const tail: Text = { type: 'text', value: node.value.slice(offset) };
  node.value = node.value.slice(0, offset);
  parent.children.splice(index + 1, 0, tail as ElementContent);
  return index + 1;
}

/** Wraps the plain-text range [start, end) of the tree in a mark element. */
export function wrapRange(tree: Root, mark: QuoteMark): boolean {
  const positions = mapText(tree);
  const first = positions[mark.start];
  const last = positions[mark.end - 1];
  if (!first || !last) return false;
  // The deepest element holding both ends; a range that enters an element (a link) from
  // outside takes the whole element in.
  const common = first.ancestors.filter((ancestor) => last.ancestors.includes(ancestor)).at(-1)!;
  const depth = first.ancestors.indexOf(common);
  const startChild = (first.ancestors[depth + 1] ?? first.node) as ElementContent;
  const endChild = (last.ancestors[last.ancestors.indexOf(common) + 1] ?? last.node) as ElementContent;
  // Split the end first, so the start's indexes stay valid.
  let endIndex = common.children.indexOf(endChild);
  if (endChild === last.node) endIndex = splitText(common, last.node, last.offset + 1) - 1;
  let startIndex = common.children.indexOf(startChild);
  if (startChild === first.node) {
    const before = common.children.length;
    startIndex = splitText(common, first.node, first.offset);
    endIndex += common.children.length - before;
  }
  const element: Element = {
    type: 'element',
    tagName: 'mark',
    properties: { className: ['quote'], id: mark.id, title: mark.title },
    children: common.children.slice(startIndex, endIndex + 1) as ElementContent[],
  };
  common.children.splice(startIndex, endIndex - startIndex + 1, element);
  return true;
}

function quoteMarksOf(file: VFile): QuoteMark[] {
  const marks: unknown = file.data.astro?.frontmatter?.['quoteMarks'];
  return Array.isArray(marks) ? (marks as QuoteMark[]) : [];
}

/** Rehype plugin: wraps the quotes passed as `quoteMarks` (last first, so offsets hold). */
export function rehypeMarkQuotes() {
  return (tree: Root, file: VFile) => {
    const marks = [...quoteMarksOf(file)].sort((a, b) => b.start - a.start);
    for (const mark of marks) {
      // Every quote must be markable: its href promises an element that holds it.
      if (!wrapRange(tree, mark))
        throw new Error(`quote ${mark.id} could not be marked at ${mark.start}–${mark.end}`);
    }
  };
}
