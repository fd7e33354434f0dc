/**
 * The framing lexicons maintainers edit: content/story.yaml (the event, descriptors and key
 * facts), content/themes.yaml (framing themes) and content/valence.yaml (evaluative words);
 * and the theme model trained with them (content/theme-model.json).
 */
import { createHash } from 'node:crypto';
import {
  quotedByFits,
  storySchema,
  themeModelSchema,
  themesSchema,
  valenceLexiconSchema,
  type Person,
  type Story,
  type Theme,
  type ThemeModel,
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

/** A problem of content/story.yaml found after it parsed, at the path of the value it is about. */
interface StoryProblem {
  path: (string | number)[];
  message: string;
  hint: string;
}

/** Throws an InputError naming each problem at its line in the story file; nothing when there is none. */
function refuseAtLines(file: string, text: string, problems: readonly StoryProblem[]): void {
  if (problems.length === 0) return;
  const parsed = parseYaml(file, text, storySchema, '');
  throw new InputError(
    problems.map(({ path, message, hint }): Problem => ({ file, line: parsed.lineAt(path), message, hint })),
  );
}

/**
 * Checks that every theme a fact of content/story.yaml names (`themes:`) is a theme of
 * content/themes.yaml; throws an InputError naming each unknown id at its line.
 */
export function checkFactThemes(file: string, text: string, story: Story, themes: readonly Theme[]): void {
  const known = new Set(themes.map((theme) => theme.id));
  refuseAtLines(
    file,
    text,
    story.facts.flatMap((fact, factIndex) =>
      (fact.themes ?? []).flatMap((id, themeIndex) =>
        known.has(id)
          ? []
          : [
              {
                path: ['facts', factIndex, 'themes', themeIndex],
                message: `facts[${factIndex}].themes[${themeIndex}]: there is no theme "${id}" in the themes file`,
                hint: `name a theme of the themes file: ${[...known].join(', ')}`,
              },
            ],
      ),
    ),
  );
}

/**
 * Checks that every speaker a fact of content/story.yaml is reported through (`quotedBy:`)
 * fits at least one person of content/people.yaml, by country and category: a pair no one
 * fits ("UK" where the registry writes "GB") would report nothing. Throws an InputError
 * naming each such pair at its line.
 */
export function checkFactSpeakers(file: string, text: string, story: Story, people: readonly Person[]): void {
  refuseAtLines(
    file,
    text,
    story.facts.flatMap((fact, factIndex) =>
      (fact.quotedBy ?? []).flatMap((by, byIndex) =>
        people.some((person) => quotedByFits([by], person))
          ? []
          : [
              {
                path: ['facts', factIndex, 'quotedBy', byIndex],
                message: `facts[${factIndex}].quotedBy[${byIndex}]: no person of the people registry has country ${by.country} and category ${by.category}`,
                hint: 'use a country and category as content/people.yaml writes them (ISO codes such as GB, US)',
              },
            ],
      ),
    ),
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

/** Parses and validates content/theme-model.json (JSON is YAML, so a problem names its line). */
export function parseThemeModel(file: string, text: string): ThemeModel {
  // JSON.parse reads the 480 KB file in milliseconds, the YAML parser in about a second: it is
  // used only to name the line of a problem.
  try {
    const parsed = themeModelSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: the YAML parser says where.
  }
  return parseYaml(
    file,
    text,
    themeModelSchema,
    'the file is written by `npm run train-themes`, not by hand: run it again to rewrite the file',
  ).data;
}

/**
 * A warning for a theme model trained with other lexicons than these: it weighs what the
 * lexicons of its training found, so its decisions drift from what it was measured at.
 */
export function checkThemeModel(
  file: string,
  model: ThemeModel,
  lexicons: { themes: { file: string; text: string }; story: { file: string; text: string } },
): Problem[] {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const changed = [
    ...(sha256(lexicons.themes.text) === model.trainedWith.themesSha256 ? [] : [lexicons.themes.file]),
    ...(sha256(lexicons.story.text) === model.trainedWith.storySha256 ? [] : [lexicons.story.file]),
  ];
  if (changed.length === 0) return [];
  return [
    {
      file,
      line: null,
      message: `the theme model was trained with another version of ${changed.join(' and ')}; themes are still found, with the model as it is`,
      hint: 'run `npm run train-themes` to train it with the lexicons as they are now',
    },
  ];
}
