import { describe, expect, it } from 'vitest';
import { parsePeopleRegistry } from '../../../src/lib/registry/people.ts';
import {
  checkFactSpeakers,
  checkFactThemes,
  checkThemeModel,
  parseStory,
  parseThemeModel,
  parseThemes,
  parseValence,
} from '../../../src/lib/registry/story.ts';
import { PEOPLE, problemsOf, readProjectFile, STORY, THEME_MODEL, THEMES, VALENCE } from '../../helpers.ts';

const theme = (id: string, phrases: string) =>
  `- id: ${id}\n  label: L\n  dimension: economic\n  description: D\n  phrases:\n${phrases}\n  exclude: []\n`;

describe('parseThemes', () => {
  it('reads the project’s themes', () => {
    expect(parseThemes(THEMES, readProjectFile(THEMES)).length).toBeGreaterThanOrEqual(9);
  });

  it('points at the line of a phrase that is not plain words', () => {
    const problems = problemsOf(() => parseThemes('content/themes.yaml', theme('a', "    'gas|oil': 1")));
    expect(problems[0]).toMatchObject({ file: 'content/themes.yaml', line: 6 });
    expect(problems[0]!.message).toMatch(/plain words/);
  });

  it('refuses weights outside (0, 1], duplicate ids and unknown dimensions', () => {
    expect(problemsOf(() => parseThemes('t.yaml', theme('a', '    gas: 2')))[0]!.line).toBe(6);
    expect(
      problemsOf(() => parseThemes('t.yaml', theme('a', '    gas: 1') + theme('a', '    oil: 1')))[0],
    ).toMatchObject({
      line: 8,
      message: '[1].id: duplicate theme id "a": entries 1 and 2 (ids must be unique)',
    });
    expect(
      problemsOf(() => parseThemes('t.yaml', theme('a', '    gas: 1').replace('economic', 'economy')))[0]!
        .line,
    ).toBe(3);
  });
});

describe('parseThemes: yieldsTo', () => {
  it('refuses a theme that yields to an unknown theme or to itself, at the line of the id', () => {
    const text = theme('a', '    gas: 1') + '  yieldsTo: [b, a]\n' + theme('b', '    oil: 1');
    expect(
      problemsOf(() => parseThemes('t.yaml', text)).map(({ line, message }) => ({ line, message })),
    ).toEqual([{ line: 8, message: '[0].yieldsTo[1]: "a" is not another theme of this file' }]);
    const unknown = theme('a', '    gas: 1') + '  yieldsTo: [c]\n';
    expect(problemsOf(() => parseThemes('t.yaml', unknown))[0]!.message).toMatch(/"c" is not another theme/);
  });
});

describe('parseStory', () => {
  it('reads the project’s story with every descriptor subject', () => {
    const story = parseStory(STORY, readProjectFile(STORY));
    expect(story.subjects.map((subject) => subject.id).sort()).toEqual(
      ['leaders', 'putin', 'relationship', 'visit', 'xi'].sort(),
    );
    expect(story.facts.length).toBeGreaterThanOrEqual(9);
  });

  it('refuses an end date before the start and a fact id used twice', () => {
    const text = readProjectFile(STORY).replace(/^end: .*$/m, 'end: 2023-03-01');
    expect(problemsOf(() => parseStory(STORY, text)).map((problem) => problem.message)).toContainEqual(
      expect.stringMatching(/end date is before the start/),
    );
    const twice = readProjectFile(STORY).replace('  - id: power-of-siberia-2', '  - id: icc-warrant');
    expect(problemsOf(() => parseStory(STORY, twice))).toEqual([
      expect.objectContaining({
        // The second id's own line, wherever lexicon edits have moved it.
        line: readProjectFile(STORY).split('\n').indexOf('  - id: power-of-siberia-2') + 1,
        message: 'facts[1].id: duplicate fact id "icc-warrant": entries 1 and 2 (ids must be unique)',
      }),
    ]);
  });

  it('refuses a subject listed twice at the line of the second one', () => {
    const text = readProjectFile(STORY).replace('  - id: putin', '  - id: xi');
    expect(problemsOf(() => parseStory(STORY, text))).toEqual([
      expect.objectContaining({
        // The second subject's own line, wherever edits of the header have moved it.
        line: readProjectFile(STORY).split('\n').indexOf('  - id: putin') + 1,
        message: 'subjects[1].id: duplicate subject "xi": entries 1 and 2 (list each subject once)',
      }),
      expect.objectContaining({ message: 'subjects: subject "putin" is missing' }),
    ]);
  });
});

describe('checkFactSpeakers', () => {
  const people = parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE));

  it('accepts the project’s facts and people', () => {
    const text = readProjectFile(STORY);
    expect(() => {
      checkFactSpeakers(STORY, text, parseStory(STORY, text), people);
    }).not.toThrow();
  });

  it('refuses a country and category no person has, at its line', () => {
    const text = readProjectFile(STORY).replace(
      '{ country: US, category: western-official }',
      '{ country: UK, category: western-official }',
    );
    const line = text.split('\n').findIndex((row) => row.includes('country: UK')) + 1;
    expect(
      problemsOf(() => {
        checkFactSpeakers(STORY, text, parseStory(STORY, text), people);
      }),
    ).toEqual([
      expect.objectContaining({
        file: STORY,
        line,
        message: expect.stringMatching(/quotedBy\[0\]: no person of the people registry has country UK/),
        hint: expect.stringContaining('GB'),
      }),
    ]);
  });

  it('refuses a quoting speaker of a category people.yaml does not have, at its line', () => {
    const text = readProjectFile(STORY).replace(
      '{ country: US, category: western-official }',
      '{ country: US, category: us-official }',
    );
    const line = text.split('\n').findIndex((row) => row.includes('us-official')) + 1;
    expect(problemsOf(() => parseStory(STORY, text))).toEqual([
      expect.objectContaining({
        file: STORY,
        line,
        message: expect.stringMatching(/facts\[\d+\]\.quotedBy\[0\]\.category/),
      }),
    ]);
  });
});

describe('checkFactThemes', () => {
  it('accepts the project’s facts and themes', () => {
    const text = readProjectFile(STORY);
    const themes = parseThemes(THEMES, readProjectFile(THEMES));
    expect(() => {
      checkFactThemes(STORY, text, parseStory(STORY, text), themes);
    }).not.toThrow();
  });

  it('refuses a fact naming a theme the themes file lacks, at the line of the id', () => {
    const text = readProjectFile(STORY).replace('themes: [peace-plan]', 'themes: [peace-plans]');
    const themes = parseThemes(THEMES, readProjectFile(THEMES));
    const line = text.split('\n').findIndex((row) => row.includes('[peace-plans]')) + 1;
    expect(
      problemsOf(() => {
        checkFactThemes(STORY, text, parseStory(STORY, text), themes);
      }),
    ).toEqual([
      expect.objectContaining({
        file: STORY,
        line,
        message: expect.stringMatching(/facts\[\d+\]\.themes\[0\]: there is no theme "peace-plans"/),
        hint: expect.stringContaining('peace-plan, energy-trade'),
      }),
    ]);
  });
});

describe('parseValence', () => {
  it('reads the project’s lexicon and refuses unknown keys with their line', () => {
    expect(parseValence(VALENCE, readProjectFile(VALENCE)).positive.length).toBeGreaterThan(50);
    expect(
      problemsOf(() => parseValence('v.yaml', 'positive: [good]\nnegative: [bad]\nneutral: [so]\n'))[0],
    ).toMatchObject({
      line: 3,
    });
  });
});

describe('parseThemeModel and checkThemeModel', () => {
  const lexicons = {
    themes: { file: THEMES, text: readProjectFile(THEMES) },
    story: { file: STORY, text: readProjectFile(STORY) },
  };

  it('reads the project’s model, trained with the project’s lexicons as they are', () => {
    const model = parseThemeModel(THEME_MODEL, readProjectFile(THEME_MODEL));
    expect(Object.keys(model.themes).sort()).toEqual(
      parseThemes(THEMES, lexicons.themes.text)
        .map((t) => t.id)
        .sort(),
    );
    expect(Object.keys(model.facts).sort()).toEqual(
      parseStory(STORY, lexicons.story.text)
        .facts.map((fact) => fact.id)
        .sort(),
    );
    expect(checkThemeModel(THEME_MODEL, model, lexicons)).toEqual([]);
  });

  it('points at the line of a JSON syntax error', () => {
    const broken = readProjectFile(THEME_MODEL).replace(/"bias": (-?[\d.]+)/, '"bias": $1,,');
    const [problem] = problemsOf(() => parseThemeModel(THEME_MODEL, broken));
    expect(problem).toMatchObject({
      file: THEME_MODEL,
      line: broken.split('\n').findIndex((line) => line.includes(',,')) + 1,
    });
  });

  it('points at the line of a broken weight and says how to rewrite the file', () => {
    const broken = readProjectFile(THEME_MODEL).replace(/"bias": -?[\d.]+/, '"bias": "high"');
    const [problem] = problemsOf(() => parseThemeModel(THEME_MODEL, broken));
    expect(problem).toMatchObject({
      file: THEME_MODEL,
      line: broken.split('\n').findIndex((line) => line.includes('"high"')) + 1,
    });
    expect(problem!.hint).toMatch(/npm run train-themes/);
  });

  it('warns when the model was trained with another themes file or story', () => {
    const model = parseThemeModel(THEME_MODEL, readProjectFile(THEME_MODEL));
    const edited = { ...lexicons, themes: { file: THEMES, text: `${lexicons.themes.text}# edited\n` } };
    const [warning] = checkThemeModel(THEME_MODEL, model, edited);
    expect(warning).toMatchObject({ file: THEME_MODEL, line: null });
    expect(warning!.message).toMatch(/another version of content\/themes\.yaml;/);
    expect(warning!.hint).toMatch(/npm run train-themes/);
  });
});
