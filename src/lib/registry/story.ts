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
import { InputError, type Problem } from '../problems.ts';

/** Parses and validates content/story.yaml; throws an InputError naming file and line. */
export function parseStory(file: string, text: string): Story {
  return parseYaml(
    file,
    text,
    storySchema,
    'fix this part of the story file; the comment at the top of the file explains each key',
  ).data;
}

/**
 * Checks that every theme a fact of content/story.yaml names (`themes:`) is a theme of
 * content/themes.yaml; throws an InputError naming each unknown id at its line.
 */
export function checkFactThemes(file: string, text: string, story: Story, themes: readonly Theme[]): void {
  const known = new Set(themes.map((theme) => theme.id));
  const unknown = story.facts.flatMap((fact, factIndex) =>
    (fact.themes ?? []).flatMap((id, themeIndex) => (known.has(id) ? [] : [{ id, factIndex, themeIndex }])),
  );
  if (unknown.length === 0) return;
  const parsed = parseYaml(file, text, storySchema, '');
  throw new InputError(
    unknown.map(({ id, factIndex, themeIndex }): Problem => ({
      file,
      line: parsed.lineAt(['facts', factIndex, 'themes', themeIndex]),
      message: `facts[${factIndex}].themes[${themeIndex}]: there is no theme "${id}" in the themes file`,
      hint: `name a theme of the themes file: ${[...known].join(', ')}`,
    })),
  );
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
