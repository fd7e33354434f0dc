/**
 * Reading YAML inputs against a zod schema, with every problem pointed at its line.
 */
import type { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { InputError, type Problem } from '../problems.ts';

/** The 1-based line of the node at `path` in a parsed document, or of its nearest parent. */
export function lineOf(
  document: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
): number | null {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).map((key) => (typeof key === 'symbol' ? String(key) : key));
    const node = keys.length === 0 ? document.contents : document.getIn(keys, true);
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
    // A key that exists without a value node: point at the key itself.
    const parent = keys.length <= 1 ? document.contents : document.getIn(keys.slice(0, -1), true);
    if (isMap(parent) || isSeq(parent)) {
      const item = parent.items.find((entry) =>
        isMap(parent) ? (entry as { key?: { value?: unknown } }).key?.value === keys.at(-1) : false,
      ) as { key?: { range?: [number, number, number] } } | undefined;
      if (item?.key?.range) return lineCounter.linePos(item.key.range[0]).line;
    }
  }
  return null;
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * The line a syntax error is about. For a quotation mark that is never closed, the parser
 * reports the end of the file; the line that opened it is where the fix goes.
 */
function lineOfError(error: YAMLError, text: string, lineCounter: LineCounter): number | null {
  const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote !== undefined) {
    // The last mark before the end that is not escaped (\" inside double quotes).
    let opened = text.lastIndexOf(quote, error.pos[0] - 1);
    while (opened > 0 && quote === '"' && text[opened - 1] === '\\')
      opened = text.lastIndexOf(quote, opened - 1);
    if (opened !== -1) return lineCounter.linePos(opened).line;
  }
  return error.linePos?.[0]?.line ?? null;
}

export interface ParsedYaml<T> {
  data: T;
  /** Line of the node at a path, for messages about valid data (e.g. an unknown article). */
  lineAt(path: readonly PropertyKey[]): number | null;
}

/**
 * Parses YAML and validates it; throws an InputError listing each syntax error or schema
 * violation with its line and a hint.
 */
export function parseYaml<Schema extends z.ZodType>(
  file: string,
  text: string,
  schema: Schema,
  hint: string,
): ParsedYaml<z.output<Schema>> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new InputError(
      document.errors.map((error) => ({
        file,
        line: lineOfError(error, text, lineCounter),
        message: `invalid YAML: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
        hint: 'fix the YAML syntax (indentation, quotes, colons); a YAML linter shows the exact spot',
      })),
    );
  }
  if (document.contents === null) {
    throw new InputError([{ file, line: 1, message: 'the file is empty', hint }]);
  }
  const result = schema.safeParse(document.toJS());
  if (!result.success) {
    const problems: Problem[] = result.error.issues.map((issue) => {
      const path = issue.path;
      const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      const line = lineOf(document, lineCounter, unknownKeys.length > 0 ? [...path, unknownKeys[0]!] : path);
      const where = path.length > 0 ? `${describePath(path)}: ` : '';
      // A bad record key (a theme phrase) carries the key's own message one level down.
      const message =
        issue.code === 'invalid_key'
          ? `invalid key: ${issue.issues[0]?.message ?? issue.message}`
          : issue.message;
      return { file, line, message: `${where}${message}`, hint };
    });
    throw new InputError(problems);
  }
  return { data: result.data, lineAt: (path) => lineOf(document, lineCounter, path) };
}
