/**
 * The people registry (content/people.yaml): who is quoted, under which names, and whose
 * voice they carry.
 */
import { peopleRegistrySchema, type Person } from '../schema/index.ts';
import { parseYaml } from '../input/yaml.ts';

/** Parses and validates the registry; throws an InputError naming file and line. */
export function parsePeopleRegistry(file: string, text: string): Person[] {
  return parseYaml(
    file,
    text,
    peopleRegistrySchema,
    'fix this entry of the people registry; the comment at the top of the file explains each field',
  ).data;
}

/** Readable names of the voice categories. */
export const voiceCategoryLabels: Record<Person['category'], string> = {
  'chinese-official': 'Chinese official',
  'russian-official': 'Russian official',
  'ukrainian-official': 'Ukrainian official',
  'western-official': 'Western official',
  'other-official': 'other official',
  analyst: 'analyst or academic',
  civilian: 'civilian',
  document: 'document',
  joint: 'the two leaders together',
};
