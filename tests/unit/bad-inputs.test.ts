/**
 * The catalogue of bad and hostile inputs (tests/fixtures/bad/), through the ingest in
 * memory: each case is refused with the problems written next to it (file and line), or
 * accepted with exactly the warnings written there, its source text shown as text.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/lib/ingest/index.ts';
import type { Problem } from '../../src/lib/problems.ts';
import { inputWith, problemsOfAsync } from '../helpers.ts';
import { projectPath, readCatalogue, visibleText, type BadInput } from '../support/bad-inputs.ts';

const catalogue = readCatalogue();

function inputOf(badInput: BadInput) {
  const sources: Record<string, Uint8Array> = {};
  const sidecars: Record<string, string> = {};
  for (const [file, bytes] of badInput.files) {
    if (file.endsWith('.meta.yaml')) sidecars[file] = new TextDecoder().decode(bytes);
    else if (file.startsWith('content/sources/')) sources[file] = bytes;
  }
  const input = inputWith(sources, sidecars);
  const registry = badInput.files.get('content/outlets.yaml');
  return registry ? { ...input, registry: { file: 'content/outlets.yaml', bytes: registry } } : input;
}

const expectedProblem = (problem: { file: string; line: number | null; message: string }): unknown =>
  expect.objectContaining({
    file: projectPath(problem.file),
    line: problem.line,
    message: expect.stringContaining(problem.message),
  });

const located = (problems: readonly Problem[]) =>
  problems.map(({ file, line, message }) => ({ file, line, message }));

describe('the catalogue of bad inputs', () => {
  it('has at least 25 cases, refused and accepted', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(25);
    expect(catalogue.filter((item) => item.expected.outcome === 'refused').length).toBeGreaterThan(5);
    expect(catalogue.filter((item) => item.expected.outcome === 'accepted').length).toBeGreaterThan(5);
  });

  for (const badInput of catalogue) {
    const { expected } = badInput;
    it(`${badInput.name}: ${expected.outcome}`, async () => {
      if (expected.outcome === 'refused') {
        const problems = await problemsOfAsync(ingest(inputOf(badInput)));
        for (const problem of problems) expect(problem.hint, problem.message).not.toBe('');
        expect(located(problems)).toEqual(expect.arrayContaining(expected.problems.map(expectedProblem)));
        return;
      }
      const result = await ingest(inputOf(badInput));
      expect(located(result.warnings)).toEqual(expected.warnings.map(expectedProblem));
      for (const shown of expected.shows) {
        const article = result.articles[shown.article - 1];
        expect(article, `article ${shown.article}`).toBeDefined();
        const html = [article!.teaserHtml, ...article!.sentences.map((sentence) => sentence.html)].join('\n');
        const text = visibleText(html);
        for (const words of shown.text) expect(text).toContain(words);
        for (const markup of shown.notHtml) expect(html).not.toContain(markup);
      }
    });
  }
});
