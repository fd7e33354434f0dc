/**
 * Reading PolNeAR (../shared/corpora/polnear, beside the project) and ingesting one of its
 * source files with the project's registries and lexicons, for `npm run eval` and the test
 * that guards the measured levels.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ingest, type IngestInput, type IngestOptions } from '../../src/lib/ingest/index.ts';
import { InputError, type Problem } from '../../src/lib/problems.ts';
import { polnearGoldSchema, type Article, type PolnearGold } from '../../src/lib/schema/index.ts';

/** The splits this copy of the corpus has; its test split is kept out on purpose. */
export const POLNEAR_SPLITS = ['dev', 'train'] as const;

/** A split of the corpus. */
export type PolnearSplit = (typeof POLNEAR_SPLITS)[number];

/** Where the corpus is: `../shared/corpora/polnear` from the project root (the main checkout's parent, or CI's). */
export const polnearDir = (root: string): string => path.resolve(root, '../shared/corpora/polnear');

/** One source file of a split with its gold labels. */
export interface PolnearFile {
  /** The file name, e.g. "polnear-dev.txt". */
  name: string;
  bytes: Uint8Array;
  gold: PolnearGold;
}

/** The source files of a split, each with its `.gold.json`, in name order. */
export function readPolnearSplit(dir: string, split: PolnearSplit): PolnearFile[] {
  const folder = path.join(dir, split);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(path.join(folder, name))),
      gold: polnearGoldSchema.parse(
        JSON.parse(readFileSync(path.join(folder, name.replace(/\.txt$/, '.gold.json')), 'utf8')),
      ),
    }));
}

/** Whether the corpus is there to score. */
export const hasPolnear = (root: string): boolean => existsSync(path.join(polnearDir(root), 'dev'));

/** An article the ingest refused, and why. */
export interface RefusedArticle {
  article: number;
  problems: Problem[];
}

/** What the ingest made of one PolNeAR file. */
export interface PolnearIngest {
  articles: Article[];
  refused: RefusedArticle[];
  warnings: Problem[];
}

const PLACEHOLDER = ['Refused by the ingest', 'Refused by the ingest.'];

/** The file with the given articles' two lines replaced by a placeholder, so positions stay. */
function withoutArticles(bytes: Uint8Array, positions: ReadonlySet<number>): Uint8Array {
  const lines = new TextDecoder().decode(bytes).split('\n');
  for (const position of positions) lines.splice(2 * position - 2, 2, ...PLACEHOLDER);
  return new TextEncoder().encode(lines.join('\n'));
}

/**
 * Ingests one PolNeAR file with the project's registries and lexicons (`content` with its
 * sources and sidecars left out). The ingest refuses a whole file for one bad article (a
 * control character, from the corpus's own decoding), so such an article is replaced by a
 * placeholder and left out of the records: its quotes then count as not found.
 */
export async function ingestPolnearFile(
  content: Omit<IngestInput, 'sources' | 'sidecars'>,
  file: PolnearFile,
  options: IngestOptions = {},
): Promise<PolnearIngest> {
  const sourceFile = `polnear/${file.name}`;
  const refused = new Map<number, Problem[]>();
  for (;;) {
    try {
      const bytes = refused.size === 0 ? file.bytes : withoutArticles(file.bytes, new Set(refused.keys()));
      const result = await ingest(
        { ...content, sources: [{ file: sourceFile, bytes }], sidecars: [] },
        options,
      );
      return {
        articles: result.articles.filter((article) => !refused.has(article.position)),
        refused: [...refused].map(([article, problems]) => ({ article, problems })),
        warnings: result.warnings,
      };
    } catch (error) {
      // Only problems at a line of this file can be set aside; anything else is ours to fix.
      if (!(error instanceof InputError) || refused.size > 0) throw error;
      if (error.problems.some((problem) => problem.file !== sourceFile || problem.line === null)) throw error;
      for (const problem of error.problems) {
        const article = Math.ceil(problem.line! / 2);
        refused.set(article, [...(refused.get(article) ?? []), problem]);
      }
    }
  }
}
