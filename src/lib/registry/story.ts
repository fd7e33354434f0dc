/**
 * The framing lexicons maintainers edit: content/story.yaml (the event, descriptors and key
 * facts), content/themes.yaml (framing themes) and content/valence.yaml (evaluative words).
 */
import {
  storySchema,
  themesSchema,
  valenceLexiconSchema,
  type Story,
  type Theme,
  type ValenceLexicon,
} from '../schema/index.ts';
import { parseYaml } from '../input/yaml.ts';

/** Parses and validates content/story.yaml; throws an InputError naming file and line. */
export function parseStory(file: string, text: string): Story {
  return parseYaml(
    file,
    text,
    storySchema,
    'fix this part of the story file; the comment at the top of the file explains each key',
  ).data;
}

/** Parses and validates content/themes.yaml; throws an InputError naming file and line. */
export function parseThemes(file: string, text: string): Theme[] {
  return parseYaml(
    file,
    text,
    themesSchema,
    'fix this theme; the comment at the top of the file explains each key and the phrase syntax',
  ).data;
}

/** Parses and validates content/valence.yaml; throws an InputError naming file and line. */
export function parseValence(file: string, text: string): ValenceLexicon {
  return parseYaml(
    file,
    text,
    valenceLexiconSchema,
    'fix this list; `positive:` and `negative:` are lists of phrases (plain words, `*` at a word end)',
  ).data;
}
