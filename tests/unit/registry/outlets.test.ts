import { describe, expect, it } from 'vitest';
import {
  findOutletByHost,
  findOutletByName,
  parseOutletRegistry,
} from '../../../src/lib/registry/outlets.ts';
import { problemsOf as problemsOfWork, readProjectFile, REGISTRY } from '../../helpers.ts';

const problemsOf = (text: string) => problemsOfWork(() => parseOutletRegistry('outlets.yaml', text));

const registry = parseOutletRegistry(REGISTRY, readProjectFile(REGISTRY));

const entry = (id: string, domain: string) => `- id: ${id}
  name: ${id.toUpperCase()}
  aliases: []
  homepage: https://${domain}/
  domains: [${domain}]
  country: GB
  kind: newspaper
  owner: null
  fingerprints:
    selfMentions: []
    datelines: []
    relativeLinks: []
    ownLinksRelative: false
  citedOften: false
`;

describe('parseOutletRegistry', () => {
  it('accepts the project registry, which covers the seed outlets and major international ones', () => {
    const ids = registry.map((outlet) => outlet.id);
    expect(ids).toEqual(expect.arrayContaining(['cnn', 'the-guardian', 'al-jazeera', 'cbs-news', 'npr']));
    expect(ids).toEqual(expect.arrayContaining(['reuters', 'ap', 'xinhua', 'tass', 'ukrinform', 'bbc']));
    expect(
      registry.filter((outlet) => outlet.kind === 'wire' || outlet.kind === 'state news agency').length,
    ).toBeGreaterThan(8);
  });

  it('refuses duplicate ids at the line of the second one', () => {
    const problems = problemsOf(entry('one', 'one.com') + entry('one', 'two.com'));
    expect(problems).toEqual([expect.objectContaining({ file: 'outlets.yaml', line: 15 })]);
    expect(problems[0]?.message).toBe(
      '[1].id: duplicate outlet id "one": entries 1 and 2 (ids must be unique)',
    );
  });

  it('refuses a domain listed for two outlets at the line of the second one', () => {
    const problems = problemsOf(entry('one', 'one.com') + entry('two', 'one.com'));
    expect(problems).toEqual([expect.objectContaining({ file: 'outlets.yaml', line: 19 })]);
    expect(problems[0]?.message).toBe(
      '[1].domains[0]: duplicate domain "one.com": entries 1 and 2 (a domain belongs to one outlet)',
    );
  });

  it('refuses an invalid domain at its line', () => {
    const problems = problemsOf(entry('one', 'https://one.com'));
    expect(problems[0]?.line).toBe(5);
    expect(problems[0]?.message).toMatch(/domains\[0\]/);
  });

  it('refuses unknown keys, naming the key', () => {
    const problems = problemsOf(
      entry('one', 'one.com').replace('  citedOften: false', '  citedOften: false\n  colour: red'),
    );
    expect(problems[0]?.message).toMatch(/colour/);
    expect(problems[0]?.line).toBe(15);
  });

  it('reports invalid YAML with its line', () => {
    const problems = problemsOf('- id: one\n  name: [unclosed\n');
    expect(problems[0]?.message).toMatch(/invalid YAML/);
    expect(problems[0]?.line).toBeGreaterThan(0);
  });
});

describe('findOutletByName', () => {
  it('finds an outlet by id, name or alias, ignoring case and a leading “The”', () => {
    expect(findOutletByName(registry, 'the-guardian')?.id).toBe('the-guardian');
    expect(findOutletByName(registry, 'The Guardian')?.id).toBe('the-guardian');
    expect(findOutletByName(registry, 'guardian')?.id).toBe('the-guardian');
    expect(findOutletByName(registry, 'National Public Radio')?.id).toBe('npr');
    expect(findOutletByName(registry, 'Peoples Daily')?.id).toBe('peoples-daily');
    expect(findOutletByName(registry, 'Daily Bugle')).toBeUndefined();
  });
});

describe('findOutletByHost', () => {
  it('matches subdomains of an outlet’s domains', () => {
    expect(findOutletByHost(registry, 'edition.cnn.com')?.outlet.id).toBe('cnn');
    expect(findOutletByHost(registry, 'notcnn.com')).toBeUndefined();
  });
});
