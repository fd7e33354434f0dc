import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../../src/lib/input/yaml.ts';
import { uniqueBy } from '../../../src/lib/schema/unique.ts';
import { problemsOf } from '../../helpers.ts';

const things = z
  .array(z.strictObject({ id: z.string().optional(), hosts: z.array(z.string()).default([]) }))
  .superRefine(uniqueBy((thing) => thing.id, { what: 'thing id', rule: 'ids must be unique', path: ['id'] }));

const hosts = z.array(z.strictObject({ id: z.string(), hosts: z.array(z.string()) })).superRefine(
  uniqueBy((thing) => thing.hosts, {
    what: 'host',
    rule: 'a host belongs to one thing',
    path: (hostIndex) => ['hosts', hostIndex],
  }),
);

const issuesOf = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map(({ path, message }) => ({ path, message }));

describe('uniqueBy', () => {
  it('names both entries of a duplicate, counted from 1', () => {
    expect(issuesOf(things, [{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toEqual([
      { path: [2, 'id'], message: 'duplicate thing id "a": entries 1 and 3 (ids must be unique)' },
    ]);
  });

  it('names the first entry for every later duplicate, and numbers without quotes', () => {
    const numbers = z.array(z.number()).superRefine(uniqueBy((n) => n, { what: 'number', rule: 'once' }));
    expect(issuesOf(numbers, [7, 8, 7, 7])).toEqual([
      { path: [2], message: 'duplicate number 7: entries 1 and 3 (once)' },
      { path: [3], message: 'duplicate number 7: entries 1 and 4 (once)' },
    ]);
  });

  it('points at the later entry, at the line of its key', () => {
    const text = '- id: a\n- id: b\n- hosts: []\n  id: a\n';
    const problems = problemsOf(() => parseYaml('things.yaml', text, things, 'keep one'));
    expect(problems).toEqual([
      {
        file: 'things.yaml',
        line: 4,
        message: '[2].id: duplicate thing id "a": entries 1 and 3 (ids must be unique)',
        hint: 'keep one',
      },
    ]);
  });

  it('points at the position of the key when an entry has several', () => {
    const value = [
      { id: 'a', hosts: ['a.com', 'b.com'] },
      { id: 'b', hosts: ['c.com', 'b.com'] },
    ];
    expect(issuesOf(hosts, value)).toEqual([
      {
        path: [1, 'hosts', 1],
        message: 'duplicate host "b.com": entries 1 and 2 (a host belongs to one thing)',
      },
    ]);
  });

  it('lets an entry repeat its own key', () => {
    expect(issuesOf(hosts, [{ id: 'a', hosts: ['a.com', 'a.com'] }])).toEqual([]);
  });

  it('accepts distinct keys', () => {
    expect(issuesOf(things, [{ id: 'a' }, { id: 'b' }, { id: 'c' }])).toEqual([]);
  });

  it('ignores entries without a key', () => {
    expect(issuesOf(things, [{}, { id: 'a' }, {}])).toEqual([]);
  });
});
