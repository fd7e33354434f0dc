/**
 * The catalogue of bad and hostile inputs (tests/fixtures/bad/): one folder per case with
 * its files and `expected.yaml`, the outcome written next to the input. Read by the unit
 * test (ingest in memory) and the integration test (real builds).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { fromHtml } from 'hast-util-from-html';
import { parseYaml } from '../../src/lib/input/yaml.ts';
import { projectRoot } from '../helpers.ts';

export const CATALOGUE = path.join(projectRoot, 'tests/fixtures/bad');

const problemSchema = z.strictObject({
  /** A file name in the case folder (placed in content/sources, or content/ for outlets.yaml). */
  file: z.string(),
  line: z.number().int().positive().nullable(),
  /** Words the message contains. */
  message: z.string(),
});

const showsSchema = z.strictObject({
  /** The article's position among the case's articles (sources by name, then position). */
  article: z.number().int().positive(),
  /** Words a reader sees in the article (teaser and sentences). */
  text: z.array(z.string()).default([]),
  /** Strings in the article page's markup. */
  html: z.array(z.string()).default([]),
  /** Strings never in the markup the source text became (teaser and sentences). */
  notHtml: z.array(z.string()).default([]),
});

export const expectedSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    input: z.string(),
    generate: z.string().optional(),
    outcome: z.literal('refused'),
    problems: z.array(problemSchema).min(1),
  }),
  z.strictObject({
    input: z.string(),
    generate: z.string().optional(),
    outcome: z.literal('accepted'),
    warnings: z.array(problemSchema),
    shows: z.array(showsSchema).min(1),
  }),
]);

export type Expected = z.output<typeof expectedSchema>;

export interface BadInput {
  name: string;
  expected: Expected;
  /** Project-relative path (content/sources/…, content/outlets.yaml) → bytes. */
  files: Map<string, Uint8Array>;
}

/** Where a case's file goes in a project. */
export function projectPath(file: string): string {
  return file === 'outlets.yaml' ? 'content/outlets.yaml' : `content/sources/${file}`;
}

const article = (teaser: string, body: string) => `${teaser}\n${body}\n`;
const TEASER = 'Xi Jinping arrived in Moscow on Monday for a three-day state visit...';
const SENTENCE =
  'Xi Jinping and Vladimir Putin met in the Kremlin on Monday, and the talks were described as warm. ';

/** Inputs too large to keep in git, written when the catalogue is read. */
const GENERATORS: Record<string, (name: string) => Map<string, Uint8Array>> = {
  'twenty-megabytes': (name) => {
    const one = article(TEASER, SENTENCE.repeat(9).trim());
    const copies = Math.ceil((20 * 1024 * 1024) / (one.length + 1));
    return new Map([[`content/sources/${name}.txt`, new TextEncoder().encode(`${one}\n`.repeat(copies))]]);
  },
  'one-megabyte-line': (name) => {
    const words = 'and the talks went on '.repeat(Math.ceil((1024 * 1024) / 22)).slice(0, 1024 * 1024);
    return new Map([[`content/sources/${name}.txt`, new TextEncoder().encode(article(TEASER, words))]]);
  },
};

/** Every case of the catalogue, in name order. */
export function readCatalogue(): BadInput[] {
  return readdirSync(CATALOGUE, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const folder = path.join(CATALOGUE, name);
      const expectedFile = `tests/fixtures/bad/${name}/expected.yaml`;
      const expected = parseYaml(
        expectedFile,
        readFileSync(path.join(folder, 'expected.yaml'), 'utf8'),
        expectedSchema,
        'see tests/fixtures/bad/README.md',
      ).data;
      const files = new Map<string, Uint8Array>();
      for (const file of readdirSync(folder).sort()) {
        if (file === 'expected.yaml') continue;
        files.set(projectPath(file), new Uint8Array(readFileSync(path.join(folder, file))));
      }
      if (expected.generate !== undefined) {
        const generate = GENERATORS[expected.generate];
        if (!generate) throw new Error(`${expectedFile}: no generator named ${expected.generate}`);
        for (const [file, bytes] of generate(name)) files.set(file, bytes);
      }
      return { name, expected, files };
    });
}

/** The text a reader sees in some HTML: its text nodes, entities decoded. */
export function visibleText(html: string): string {
  const walk = (node: { type: string; value?: string; children?: unknown[] }): string =>
    node.type === 'text'
      ? (node.value ?? '')
      : (node.children ?? []).map((child) => walk(child as Parameters<typeof walk>[0])).join('');
  return walk(fromHtml(html, { fragment: true }));
}
