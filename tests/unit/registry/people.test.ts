import { describe, expect, it } from 'vitest';
import { parsePeopleRegistry } from '../../../src/lib/registry/people.ts';
import { PEOPLE, problemsOf, readProjectFile } from '../../helpers.ts';

const person = (id: string, name: string, aliases: string) => `- id: ${id}
  name: ${name}
  aliases: ${aliases}
  role: R
  country: null
  category: analyst
  members: []
`;

const problemsOfPeople = (text: string) => problemsOf(() => parsePeopleRegistry('people.yaml', text));

describe('parsePeopleRegistry', () => {
  it('accepts the project registry, where The Kremlin lists its own name as an alias', () => {
    const kremlin = parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE)).find(({ id }) => id === 'kremlin');
    expect(kremlin).toMatchObject({ name: 'The Kremlin', aliases: expect.arrayContaining(['the Kremlin']) });
  });

  it('refuses an alias naming two people, ignoring case, at the line of the second one', () => {
    const problems = problemsOfPeople(
      person('one', 'One', '[Solo]') + person('two', 'Two', '\n    - Deux\n    - solo'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: 12,
        message:
          '[1].aliases[1]: duplicate name or alias "solo": entries 1 and 2 (compared ignoring case; a name or alias must name one person)',
      }),
    ]);
  });

  it('refuses duplicate ids and unknown members, each at its line', () => {
    const problems = problemsOfPeople(
      person('one', 'One', '[]') + person('one', 'Uno', '[]').replace('members: []', 'members: [nobody]'),
    );
    expect(problems.map(({ line, message }) => ({ line, message }))).toEqual([
      { line: 8, message: '[1].id: duplicate person id "one": entries 1 and 2 (ids must be unique)' },
      { line: 14, message: '[1].members[0]: no person "nobody"' },
    ]);
  });
});
