import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { problemsOf as problemsOfWork } from '../../helpers.ts';
import { parseYaml } from '../../../src/lib/input/yaml.ts';

const schema = z.strictObject({
  items: z.array(z.strictObject({ n: z.number(), name: z.string().optional() })),
});

const problemsOf = (text: string) => problemsOfWork(() => parseYaml('f.yaml', text, schema, 'fix it'));

describe('parseYaml', () => {
  it('returns the data and can tell the line of any node', () => {
    const parsed = parseYaml(
      'f.yaml',
      '# comment\nitems:\n  - n: 1\n  - n: 2\n    name: two\n',
      schema,
      'fix it',
    );
    expect(parsed.data.items).toHaveLength(2);
    expect(parsed.lineAt(['items', 1])).toBe(4);
    expect(parsed.lineAt(['items', 1, 'name'])).toBe(5);
  });

  it('points a wrong value at its own line, with the path and the hint', () => {
    expect(problemsOf('items:\n  - n: 1\n  - n: two\n')).toEqual([
      { file: 'f.yaml', line: 3, message: expect.stringMatching(/^items\[1\]\.n: /), hint: 'fix it' },
    ]);
  });

  it('points a quotation mark that is never closed at the line that opens it, past escaped marks', () => {
    expect(problemsOf('items:\n  - n: 1\n    name: "Xi\n      said \\" no\n  - n: 2\n')[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/invalid YAML: Missing closing "quote/),
    });
  });

  it('points an unknown key at the key', () => {
    expect(problemsOf('items:\n  - n: 1\n    nmae: x\n')[0]).toMatchObject({ line: 3 });
  });

  it('points a missing key at the entry that lacks it', () => {
    expect(problemsOf('items:\n  - name: x\n')[0]).toMatchObject({ line: 2 });
  });

  it('refuses duplicate keys and YAML syntax errors with their line', () => {
    expect(problemsOf('items:\n  - n: 1\n    n: 2\n')[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/invalid YAML/),
    });
    expect(problemsOf('items: [\n')[0]?.message).toMatch(/invalid YAML/);
  });

  it('refuses an empty document with a message that says so', () => {
    expect(problemsOf('')[0]).toMatchObject({ line: 1, message: 'the file is empty' });
    expect(problemsOf('# only a comment\n')[0]).toMatchObject({ line: 1, message: 'the file is empty' });
  });
});
