/**
 * The themes a unit touches. The lexicon finds each theme's phrases in the unit and the key
 * facts it reports whose `themes` in story.yaml name the theme (a fact weighs as much as its
 * confidence: 1 named, 0.6 referred back to). A learned model (content/theme-model.json,
 * theme-model.ts) then decides from those findings and the unit's words; for a theme the
 * model has no weights for, the lexicon decides alone: its summed weight reaches
 * THEME_THRESHOLD.
 */
import type { FramingLexicons } from './framing-lexicons.ts';
import { contentWords, learnedMatches, overlaps, toMatch, type ReadUnit } from './read-unit.ts';
import { floor2, modelWords, strongestWords } from './logistic.ts';
import { themeProbability, THEME_THRESHOLD, type ThemeInput } from './theme-model.ts';
import type { FactMention, PhraseMatch, ThemeTag, ThemeWeights, WordsIn } from '../schema/index.ts';

export { THEME_THRESHOLD };

/** Whether a tag rests on the model's learned words alone, with none of the theme's phrases. */
export function restsOnLearnedWords(tag: { matches: readonly { learned?: true | undefined }[] }): boolean {
  return tag.matches.length > 0 && tag.matches.every((match) => match.learned);
}

/** The learned words shown as a model tag's evidence where the lexicon found no phrase. */
const LEARNED_EVIDENCE = 3;

/** What the lexicon found in a unit for one theme, before anything is decided. */
export interface ThemeCandidate {
  theme: string;
  /** Summed weight of the distinct phrases and facts in the outlet's own words / inside quotes. */
  narrationWeight: number;
  quoteWeight: number;
  matches: PhraseMatch[];
  /** The key facts that count for the theme, and the sides they were reported on. */
  facts: string[];
  factsIn: ReadonlySet<WordsIn>;
}

/** Each theme the lexicon finds anything of in the unit, with the phrases and facts behind it. */
export function themeCandidates(
  unit: ReadUnit,
  facts: readonly FactMention[],
  lexicons: FramingLexicons,
): ThemeCandidate[] {
  const { quoted } = unit;
  const found = lexicons.themeMatcher.findAll(unit.text, unit.lemmas);
  const candidates: ThemeCandidate[] = [];
  for (const theme of lexicons.themes) {
    const excluded = found.filter((item) => item.entry.theme === theme.id && item.entry.kind === 'exclude');
    const matches: PhraseMatch[] = [];
    // Each distinct phrase or fact once, with its weight and where its words stand.
    const weights = new Map<string, { weight: number; in: WordsIn }[]>();
    const weigh = (key: string, weight: number, wordsIn: WordsIn) =>
      weights.set(key, [...(weights.get(key) ?? []), { weight, in: wordsIn }]);
    // Of two phrases on the same words ("neutral*" and "neutrality"), the heavier counts.
    const phrases = found
      .flatMap((item) =>
        item.entry.kind === 'phrase' && item.entry.theme === theme.id ? [{ ...item, entry: item.entry }] : [],
      )
      .sort((a, b) => a.start - b.start || b.end - a.end || b.entry.weight - a.entry.weight);
    for (const item of phrases) {
      if (excluded.some((exclusion) => overlaps(exclusion, item))) continue;
      // A phrase inside a longer phrase of the same theme ("peace" in "peace plan") adds nothing.
      if (matches.some((kept) => kept.start <= item.start && kept.end >= item.end)) continue;
      const match = toMatch(item, item.entry.phrase, quoted);
      matches.push(match);
      weigh(`phrase ${item.entry.phrase}`, item.entry.weight, match.in);
    }
    const implying = facts.filter((mention) => lexicons.factThemes.get(mention.fact)?.includes(theme.id));
    for (const mention of implying) {
      // Where the fact is reported: in narration when any of its words are, as on the fact matrix.
      weigh(`fact ${mention.fact}`, mention.confidence, mention.in);
      matches.push(...mention.matches.filter((match) => !matches.some((kept) => overlaps(kept, match))));
    }
    if (matches.length === 0) continue;
    const weightIn = (wordsIn: WordsIn) => {
      let sum = 0;
      // A phrase or fact found in narration and in quotes counts on each side once.
      for (const uses of weights.values()) sum += uses.find((use) => use.in === wordsIn)?.weight ?? 0;
      return Math.round(sum * 100) / 100;
    };
    candidates.push({
      theme: theme.id,
      narrationWeight: weightIn('narration'),
      quoteWeight: weightIn('quote'),
      matches: matches.sort((a, b) => a.start - b.start),
      facts: [...new Set(implying.map((mention) => mention.fact))],
      factsIn: new Set(implying.map((mention) => mention.in)),
    });
  }
  return candidates;
}

/** What a theme model reads of a unit: the whole of it, or the words on one side of its quotation marks. */
export function themeInput(
  unit: ReadUnit,
  candidates: readonly ThemeCandidate[],
  side?: WordsIn,
): ThemeInput {
  const weightOf = (candidate: ThemeCandidate) =>
    side === undefined
      ? Math.max(candidate.narrationWeight, candidate.quoteWeight)
      : side === 'narration'
        ? candidate.narrationWeight
        : candidate.quoteWeight;
  return {
    scores: new Map(candidates.map((candidate) => [candidate.theme, weightOf(candidate)])),
    facts: new Set(
      candidates
        .filter(
          (candidate) => candidate.facts.length > 0 && (side === undefined || candidate.factsIn.has(side)),
        )
        .map((candidate) => candidate.theme),
    ),
    words: modelWords(contentWords(unit, side)),
  };
}

/** The lexicon's decision alone: the candidate's summed weight on one side reaches the threshold. */
function lexiconTag(unit: ReadUnit, candidate: ThemeCandidate | undefined): ThemeTag | null {
  if (!candidate) return null;
  const { theme, narrationWeight, quoteWeight, matches, facts } = candidate;
  const strongest = Math.max(narrationWeight, quoteWeight);
  if (strongest < THEME_THRESHOLD) return null;
  return {
    theme,
    unitId: unit.id,
    narrationWeight,
    quoteWeight,
    confidence: Math.min(1, strongest),
    matches,
    ...(facts.length > 0 && { facts }),
  };
}

/** The model's decision: its probability for the whole unit, and for each side of the quotation marks. */
function modelTag(
  unit: ReadUnit,
  theme: string,
  candidate: ThemeCandidate | undefined,
  weights: ThemeWeights,
  inputs: Record<'all' | WordsIn, ThemeInput>,
): ThemeTag | null {
  const probability = themeProbability(weights, inputs.all, theme);
  if (probability < THEME_THRESHOLD) return null;
  let narration = themeProbability(weights, inputs.narration, theme);
  let quote = themeProbability(weights, inputs.quote, theme);
  // Neither side alone reaches it, the whole unit does: the side that carries more of it counts.
  if (narration < THEME_THRESHOLD && quote < THEME_THRESHOLD) {
    if (narration >= quote) narration = probability;
    else quote = probability;
  }
  // The lexicon's phrases are the evidence where it found any; where it found none, the words
  // that raised the probability most are shown instead. No evidence, no tag: every theme a
  // page shows has words behind it.
  const phrases = candidate?.matches ?? [];
  const evidence =
    phrases.length > 0
      ? phrases
      : learnedMatches(unit, strongestWords(weights, inputs.all.words, LEARNED_EVIDENCE));
  if (evidence.length === 0) return null;
  return {
    theme,
    unitId: unit.id,
    narrationWeight: floor2(narration),
    quoteWeight: floor2(quote),
    confidence: floor2(probability),
    matches: [...evidence].sort((a, b) => a.start - b.start),
    ...(candidate && candidate.facts.length > 0 && { facts: candidate.facts }),
  };
}

/** The themes a unit touches, each with its evidence; see the head of this file. */
export function tagThemes(
  unit: ReadUnit,
  facts: readonly FactMention[],
  lexicons: FramingLexicons,
): ThemeTag[] {
  const candidates = themeCandidates(unit, facts, lexicons);
  const model = lexicons.themeModel;
  const inputs = model && {
    all: themeInput(unit, candidates),
    narration: themeInput(unit, candidates, 'narration'),
    quote: themeInput(unit, candidates, 'quote'),
  };
  const tags = lexicons.themes.flatMap((theme) => {
    const candidate = candidates.find((item) => item.theme === theme.id);
    const weights = model?.themes[theme.id];
    const tag =
      weights && inputs ? modelTag(unit, theme.id, candidate, weights, inputs) : lexiconTag(unit, candidate);
    return tag ? [tag] : [];
  });
  // "A ceasefire that freezes the front line" is about the peace plan, not the fighting:
  // a theme that yields to another the unit touches is dropped (on the dev sets, 1 of 48
  // peace plan sentences was also about the war; 6 more were tagged so, wrongly).
  const touched = new Set(tags.map((tag) => tag.theme));
  return tags.filter((tag) => !lexicons.yieldsTo.get(tag.theme)?.some((other) => touched.has(other)));
}
