/**
 * Large text files in pieces. At 10,000 articles the published data files are up to
 * 100 MB; written as one string each (two bytes a character once it holds a curly quote)
 * and encoded again for the response, they took ~900 MB at once. In pieces, only the
 * bytes of the response are held.
 */

/** Values JSON leaves out of objects (and writes as null in arrays). */
const isOmitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** The value JSON writes for a member: what its toJSON gives, called with the member's key. */
function resolve(value: unknown, key: string): unknown {
  const object = value as { toJSON?: (key: string) => unknown } | null;
  return object !== null && typeof object === 'object' && typeof object.toJSON === 'function'
    ? object.toJSON(key)
    : value;
}

/** Written whole: not a container, or a boxed string, number or boolean (JSON unboxes those). */
const isLeaf = (value: unknown) =>
  value === null ||
  typeof value !== 'object' ||
  value instanceof Number ||
  value instanceof String ||
  value instanceof Boolean;

/** What opens a member and what closes a container at `level`: line breaks and indents, or nothing. */
function layout(indent: number, level: number): { open: string; close: string } {
  if (indent === 0) return { open: '', close: '' };
  return { open: `\n${' '.repeat(indent * (level + 1))}`, close: `\n${' '.repeat(indent * level)}` };
}

/** What `JSON.stringify`'s replacer function does: the value to write for a member, given its key. */
export type Replacer = (key: string, value: unknown) => unknown;

/** The member as written: resolved through toJSON, then through the replacer, as JSON.stringify does. */
const member = (value: unknown, key: string, replacer: Replacer | undefined) =>
  replacer === undefined ? resolve(value, key) : replacer(key, resolve(value, key));

function* valuePieces(
  value: unknown,
  indent: number,
  depth: number,
  level: number,
  replacer: Replacer | undefined,
): Generator<string> {
  if (depth === 0 || isLeaf(value)) {
    // The replacer sees this value again under the key "" (as JSON.stringify's root): it has
    // already given its value for the member's own key, and must leave "" alone.
    const text =
      replacer === undefined ? JSON.stringify(value, null, indent) : JSON.stringify(value, replacer, indent);
    // JSON strings never hold a raw line break: every one in the text is layout.
    yield indent > 0 ? text.replaceAll('\n', `\n${' '.repeat(indent * level)}`) : text;
    return;
  }
  if (Array.isArray(value)) {
    yield* arrayPieces(value as unknown[], indent, depth, level, replacer);
    return;
  }
  const { open, close } = layout(indent, level);
  const entries = Object.entries(value as object)
    .map(([key, item]): [string, unknown] => [key, member(item, key, replacer)])
    .filter(([, item]) => !isOmitted(item));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const colon = indent > 0 ? ': ' : ':';
  for (const [index, [key, item]] of entries.entries()) {
    yield `${index === 0 ? '{' : ','}${open}${JSON.stringify(key)}${colon}`;
    yield* valuePieces(item, indent, depth - 1, level + 1, replacer);
  }
  yield `${close}}`;
}

function* arrayPieces(
  items: Iterable<unknown>,
  indent: number,
  depth: number,
  level: number,
  replacer: Replacer | undefined,
): Generator<string> {
  const { open, close } = layout(indent, level);
  let index = 0;
  for (const original of items) {
    yield `${index === 0 ? '[' : ','}${open}`;
    const item = member(original, String(index++), replacer);
    if (isOmitted(item)) yield 'null';
    else yield* valuePieces(item, indent, depth - 1, level + 1, replacer);
  }
  yield index === 0 ? '[]' : `${close}]`;
}

// JSON.stringify indents by at most ten spaces.
const spaces = (indent: number) => Math.min(10, Math.max(0, Math.floor(indent)));

/**
 * The text of `JSON.stringify(value, replacer, indent)`, in pieces: the arrays and objects
 * of the first `depth` levels one member at a time, deeper values whole. A top-level value
 * JSON cannot write (undefined, a function) is not for this function.
 */
export function jsonPieces(value: unknown, indent = 0, depth = 2, replacer?: Replacer): Generator<string> {
  return valuePieces(member(value, '', replacer), spaces(indent), depth, 0, replacer);
}

/**
 * The text of `JSON.stringify([...items], null, indent)`, in pieces, taking the items one
 * at a time: a mapped generator's items need not all exist at once.
 */
export function jsonArrayPieces(items: Iterable<unknown>, indent = 0, depth = 1): Generator<string> {
  return arrayPieces(items, spaces(indent), depth, 0, undefined);
}

/** Maps an iterable lazily. */
export function* mapLazily<T, R>(items: Iterable<T>, map: (item: T) => R): Generator<R> {
  for (const item of items) yield map(item);
}

// Pieces are gathered into chunks of about this many characters before encoding.
const CHUNK = 1 << 16;

/** A response whose body is the pieces, encoded as UTF-8 as they are read. */
export function piecesResponse(pieces: Iterable<string>, contentType: string): Response {
  const iterator = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      while (chunk.length < CHUNK) {
        const next = iterator.next();
        if (next.done) {
          if (chunk !== '') controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
