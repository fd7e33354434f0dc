/**
 * The tree's boundaries (eslint.config.js): a deliberate violation of each fails the lint,
 * and the project itself has none. Type information is switched off: these rules read
 * import specifiers only, and files that do not exist cannot join the TypeScript project.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';

const eslint = new ESLint({ cwd: projectRoot, overrideConfig: [tseslint.configs.disableTypeChecked] });
const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-syntax']);

/** The boundary messages the lint gives `text` as if it were the file at `filePath`. */
async function boundaryErrors(filePath: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath });
  return result!.messages
    .filter((message) => message.ruleId !== null && BOUNDARY_RULES.has(message.ruleId))
    .map((message) => message.message);
}

describe('the pure core (src/lib)', () => {
  it('never reads the file system', async () => {
    for (const module of ['node:fs', 'node:fs/promises', 'fs']) {
      expect(
        await boundaryErrors('src/lib/input/probe.ts', `import * as fs from '${module}';\nexport { fs };\n`),
      ).toEqual([expect.stringMatching(/file-system access belongs in src\/loaders or scripts/)]);
    }
  });

  it('never imports astro:* modules, pages or loaders', async () => {
    const cases = [
      "import { getCollection } from 'astro:content';\nexport { getCollection };\n",
      "import { readContentInputs } from '../../loaders/content-files.ts';\nexport { readContentInputs };\n",
      "import Page from '../../pages/index.astro';\nexport { Page };\n",
    ];
    for (const text of cases) {
      expect(await boundaryErrors('src/lib/analysis/probe.ts', text)).toHaveLength(1);
    }
  });
});

describe('the analysis stage', () => {
  it('is reached from other stages and pages only through analysis/index.ts', async () => {
    const internal = "import { tagWordsIn } from '../analysis/framing.ts';\nexport { tagWordsIn };\n";
    expect(await boundaryErrors('src/lib/view/probe.ts', internal)).toEqual([
      expect.stringMatching(/through its public API, 'analysis\/index.ts'/),
    ]);
    const fromPage =
      "---\nimport { tagWordsIn } from '../lib/analysis/framing.ts';\n---\n<p>{String(tagWordsIn)}</p>\n";
    expect(await boundaryErrors('src/pages/probe.astro', fromPage)).toHaveLength(1);
    const publicApi = "import { tagWordsIn } from '../analysis/index.ts';\nexport { tagWordsIn };\n";
    expect(await boundaryErrors('src/lib/view/probe.ts', publicApi)).toEqual([]);
  });

  it('imports its own modules freely', async () => {
    const sibling = "import { countWords } from './lexicon.ts';\nexport { countWords };\n";
    expect(await boundaryErrors('src/lib/analysis/probe.ts', sibling)).toEqual([]);
  });
});

describe('code shared with the browser', () => {
  it('imports nothing at run time, types only', async () => {
    const file = 'src/lib/publish/search-filters.ts';
    expect(
      await boundaryErrors(file, "import { slugify } from '../ids.ts';\nexport const id = slugify;\n"),
    ).toEqual([expect.stringMatching(/import nothing at run time/)]);
    expect(await boundaryErrors(file, "export { slugify } from '../ids.ts';\n")).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "import type { Article } from '../schema/index.ts';\nexport type A = Article;\n",
      ),
    ).toEqual([]);
  });

  it('is the only library code the browser scripts load', async () => {
    const other = "import { slugify } from '../lib/ids.ts';\nexport const id = slugify;\n";
    expect(await boundaryErrors('src/client/probe.ts', other)).toEqual([
      expect.stringMatching(/BROWSER_SHARED/),
    ]);
    const shared =
      "import { SEARCH_FILTERS } from '../lib/publish/search-filters.ts';\nexport const f = SEARCH_FILTERS;\n";
    expect(await boundaryErrors('src/client/probe.ts', shared)).toEqual([]);
  });
});

describe('the project', () => {
  it('keeps every boundary', async () => {
    const results = await eslint.lintFiles(['src', 'scripts']);
    const violations = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId !== null && BOUNDARY_RULES.has(message.ruleId))
        .map((message) => `${result.filePath}:${message.line}: ${message.message}`),
    );
    expect(violations).toEqual([]);
  });
});
