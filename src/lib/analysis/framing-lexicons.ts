/**
 * The framing lexicons compiled once for every article of a build: content/story.yaml,
 * themes.yaml and valence.yaml made into phrase matchers (themes, facts and references back
 * also matched in lemmas) and lookups. The six lexicons are one phrase set: a text is
 * scanned once for all of them.
 */
import { createPhraseSet, type PhraseMatcher } from './lexicon.ts';
import { lemmaView } from './word-tags.ts';
import type { DescriptorSubject, Story, Theme, ThemeModel, ValenceLexicon } from '../schema/index.ts';

export type ThemeEntry =
  { kind: 'phrase'; theme: string; phrase: string; weight: number } | { kind: 'exclude'; theme: string };
/** A phrase of a fact's `match` entry (`part` of a group of phrases), or of its `exclude` list. */
export type FactMatchEntry = { fact: string; match: number; part: number; phrase: string };
export type FactEntry = FactMatchEntry | { fact: string; exclude: true };
type ValenceEntry = { polarity: 'positive' | 'negative'; phrase: string };
type ReferenceEntry = { fact: string; phrase: string };
type NameEntry = { subject: DescriptorSubject };
type DescriptorEntry = { subject: DescriptorSubject; phrase: string };

/** The lexicons compiled once, for every article of a build. */
export interface FramingLexicons {
  themes: readonly Theme[];
  story: Story;
  themeMatcher: PhraseMatcher<ThemeEntry>;
  /** The learned theme and fact decisions (content/theme-model.json); without it the lexicons decide alone. */
  themeModel: ThemeModel | undefined;
  /** The themes each theme yields to (themes.yaml `yieldsTo`), by theme id. */
  yieldsTo: ReadonlyMap<string, readonly string[]>;
  /** The themes each fact belongs to (story.yaml `themes`), by fact id. */
  factThemes: ReadonlyMap<string, readonly string[]>;
  factMatcher: PhraseMatcher<FactEntry>;
  referenceMatcher: PhraseMatcher<ReferenceEntry>;
  descriptorMatcher: PhraseMatcher<DescriptorEntry>;
  nameMatcher: PhraseMatcher<NameEntry>;
  valenceMatcher: PhraseMatcher<ValenceEntry>;
  titles: ReadonlySet<string>;
}

/** Compiles story, themes and valence lexicons into matchers. */
export function compileLexicons(
  story: Story,
  themes: readonly Theme[],
  valence: ValenceLexicon,
  themeModel?: ThemeModel,
): FramingLexicons {
  const phrases = createPhraseSet(lemmaView);
  return {
    themes,
    story,
    themeModel,
    factThemes: new Map(story.facts.map((fact) => [fact.id, fact.themes ?? []])),
    yieldsTo: new Map(themes.map((theme) => [theme.id, theme.yieldsTo ?? []])),
    themeMatcher: phrases.add<ThemeEntry>(
      themes.flatMap((theme) => [
        ...Object.entries(theme.phrases).map(([phrase, weight]) => ({
          phrase,
          entry: { kind: 'phrase' as const, theme: theme.id, phrase, weight },
        })),
        ...theme.exclude.map((phrase) => ({ phrase, entry: { kind: 'exclude' as const, theme: theme.id } })),
      ]),
      { lemmas: true },
    ),
    factMatcher: phrases.add<FactEntry>(
      story.facts.flatMap((fact) => [
        ...fact.match.flatMap((match, matchIndex) =>
          (typeof match === 'string' ? [match] : match).map((phrase, part) => ({
            phrase,
            entry: { fact: fact.id, match: matchIndex, part, phrase },
          })),
        ),
        ...fact.exclude.map((phrase) => ({ phrase, entry: { fact: fact.id, exclude: true as const } })),
      ]),
      { lemmas: true },
    ),
    referenceMatcher: phrases.add<ReferenceEntry>(
      story.facts.flatMap((fact) =>
        (fact.refer ?? []).map((phrase) => ({ phrase, entry: { fact: fact.id, phrase } })),
      ),
      { lemmas: true },
    ),
    descriptorMatcher: phrases.add(
      story.descriptors.flatMap((group) =>
        group.phrases.map((phrase) => ({ phrase, entry: { subject: group.subject, phrase } })),
      ),
    ),
    nameMatcher: phrases.add(
      story.subjects.flatMap((subject) =>
        subject.names.map((phrase) => ({ phrase, entry: { subject: subject.id } })),
      ),
    ),
    valenceMatcher: phrases.add<ValenceEntry>([
      ...valence.positive.map((phrase) => ({ phrase, entry: { polarity: 'positive' as const, phrase } })),
      ...valence.negative.map((phrase) => ({ phrase, entry: { polarity: 'negative' as const, phrase } })),
    ]),
    titles: new Set(story.titles),
  };
}
