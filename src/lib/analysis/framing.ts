/**
 * The framing analysis of one article: which themes each sentence touches, which key facts
 * it mentions, which words label Xi, Putin and their relationship, and which evaluative
 * words the outlet chose. Every label keeps the text unit (sentence or teaser) behind it,
 * and whether the words were the outlet's own or inside quotation marks.
 */
import { confirmedFacts, continuedFacts, CONTINUED_WINDOW, learnedFacts } from './fact-model.ts';
import {
  compileLexicons,
  type FactEntry,
  type FactMatchEntry,
  type FramingLexicons,
} from './framing-lexicons.ts';
import { countWords, type Found } from './lexicon.ts';
import { isLeftOut } from './omissions.ts';
import { overlaps, quotedSpans, toMatch, wordsInAt, type ReadUnit, type TextUnit } from './read-unit.ts';
import type { ThemeInput } from './theme-model.ts';
import {
  restsOnLearnedWords,
  tagThemes,
  themeCandidates,
  themeInput,
  THEME_THRESHOLD,
} from './theme-tags.ts';
import { lemmaView } from './word-tags.ts';
import {
  articleFramingSchema,
  quotedByFits,
  type ArticleFraming,
  type Descriptor,
  type FactMention,
  type Person,
  type PhraseMatch,
  type SpeakerRef,
  type ThemeTag,
  type ValenceHit,
  type WordsIn,
} from '../schema/index.ts';

// Compiled in framing-lexicons.ts and decided in theme-tags.ts; exported here too, where
// callers and tests have found them.
export { compileLexicons, restsOnLearnedWords, THEME_THRESHOLD, type FramingLexicons, type TextUnit };

/** Confidence of a descriptor found by the title rule: the words before a name can be noise. */
const TITLE_CONFIDENCE = 0.7;

/**
 * Confidence of a fact found by a reference back to it ("the plan"): the article named the
 * fact before, but "the plan" could be another plan.
 */
export const REFERENCE_CONFIDENCE = 0.6;

/**
 * Confidence of a fact found through whom a unit quotes (story.yaml `quotedBy`): the speaker
 * was attributed by the quote analysis, which can be wrong, and a US official may be quoted on
 * something else. On 97 excerpts of real articles, every unit quoting a US official that two
 * readers labelled was Washington's reaction (21 of 21).
 */
export const QUOTED_BY_CONFIDENCE = 0.8;

/**
 * Words of a unit that a quote with a known speaker covers: a part of the quote (Quote
 * `parts`), its speaker as the quote analysis named him, with his country in the people
 * registry (null when the registry has none).
 */
export interface SpeakerSpan {
  unitId: string;
  /** Offsets of the quoted words in the unit's text, end exclusive. */
  start: number;
  end: number;
  speaker: SpeakerRef & { country: Person['country'] };
}

/** A find of a phrase of a fact's `match` entries, not of its `exclude` list. */
const isMatchFind = (item: Found<FactEntry>): item is Found<FactMatchEntry> => !('exclude' in item.entry);

/** The facts a unit reports, and those it says were left out. */
function findFacts(
  unit: ReadUnit,
  lexicons: FramingLexicons,
): { reported: FactMention[]; absent: FactMention[] } {
  const { quoted } = unit;
  const found = lexicons.factMatcher.findAll(unit.text, unit.lemmas);
  const reported: FactMention[] = [];
  const absent: FactMention[] = [];
  // Each fact's finds, gathered once by the `match` they are of, and the facts an `exclude`
  // phrase rules out: filtering every find for every fact of the story took 1.5 s of the 34 s
  // a CPU profile of 3,000 quote-dense articles' ingest showed, and then filtering a fact's
  // finds for each of its `match` entries 0.33 s of 26 s for 5,000 articles on one thread.
  const byFact = new Map<string, Map<number, Found<FactMatchEntry>[]>>();
  const excluded = new Set<string>();
  for (const item of found) {
    if (!isMatchFind(item)) {
      excluded.add(item.entry.fact);
      continue;
    }
    const { fact, match } = item.entry;
    const byMatch = byFact.get(fact) ?? new Map<number, Found<FactMatchEntry>[]>();
    byFact.set(fact, byMatch);
    const hits = byMatch.get(match);
    if (hits) hits.push(item);
    else byMatch.set(match, [item]);
  }
  for (const fact of lexicons.story.facts) {
    const byMatch = byFact.get(fact.id);
    if (byMatch === undefined || excluded.has(fact.id)) continue;
    const matches: PhraseMatch[] = [];
    // In the order of the fact's `match` entries: of two overlapping finds, the earlier entry's is kept.
    for (const matchIndex of [...byMatch.keys()].sort((a, b) => a - b)) {
      const match = fact.match[matchIndex]!;
      const hits = byMatch.get(matchIndex)!;
      const parts = typeof match === 'string' ? 1 : match.length;
      const partsFound = new Set(hits.map((item) => item.entry.part));
      if (partsFound.size < parts) continue;
      for (const item of hits) {
        if (!matches.some((kept) => overlaps(kept, item)))
          matches.push(toMatch(item, item.entry.phrase, quoted));
      }
    }
    if (matches.length === 0) continue;
    matches.sort((a, b) => a.start - b.start);
    // "The leaders did not discuss Taiwan": a fact the sentence says was left out is not
    // reported; the sentence notes its absence.
    const leftOut = matches.every((match) => isLeftOut(unit.text, match.start, match.end));
    (leftOut ? absent : reported).push({
      fact: fact.id,
      unitId: unit.id,
      in: matches.some((match) => match.in === 'narration') ? 'narration' : 'quote',
      // Facts are matched by specific phrases; a match only inside a cut sentence is as sure.
      confidence: 1,
      matches,
    });
  }
  return { reported, absent };
}

// Lowercase words that can modify a title ("authoritarian leader", "longtime ally"); verb
// endings (-ed, -ing) are left out: "called President Xi" has no descriptor "called".
const MODIFIER_SUFFIX = /(?:ian|ese|al|ic|ive|ous|ful|less|ary|ist|ite|time|term)$/;
// Capitalised modifiers: nationalities ("Chinese", "American", "British", "Israeli") and
// possessives ("Russia's"); any other capitalised word may just start the sentence.
const CAPITALISED_MODIFIER = /^\p{Lu}[\p{L}-]*(?:ian|an|ese|ish|ch|i|al|ic|ive|ary|['’]s)$/u;
const NOT_MODIFIERS =
  /^(?:the|a|an|his|her|their|its|and|but|or|when|while|as|in|on|at|by|with|for|of|than|to|after|before|since|then|both|that|this|under|meanwhile|now|yet|so|if|although|because|once|until|from|into|also)$/i;

/** "Chinese leader" in "… Chinese leader Xi Jinping": the words before a name that end in a title. */
function findTitles(
  unit: TextUnit,
  quoted: readonly [number, number][],
  lexicons: FramingLexicons,
): Descriptor[] {
  const descriptors: Descriptor[] = [];
  const names = lexicons.nameMatcher.findAll(unit.text);
  for (const name of names) {
    // Only the longest name at a position ("Xi Jinping", not also "Xi").
    if (
      names.some(
        (other) =>
          other !== name &&
          other.start <= name.start &&
          other.end >= name.end &&
          other.end - other.start > name.end - name.start,
      )
    )
      continue;
    const before = unit.text.slice(Math.max(0, name.start - 80), name.start);
    const words = /((?:[\p{L}'’-]+ ){1,4})$/u.exec(before)?.[1]?.trim().split(' ') ?? [];
    let titleAt = -1;
    for (let index = words.length - 1; index >= 0; index--) {
      const word = words[index]!.toLowerCase();
      if (lexicons.titles.has(word) || lexicons.titles.has(word.replace(/s$/, ''))) {
        titleAt = index;
        break;
      }
      // Only a first name may stand between the title and the name ("President Vladimir Putin").
      if (index !== words.length - 1 || !/^\p{Lu}/u.test(words[index]!)) break;
    }
    if (titleAt < 0) continue;
    let from = titleAt;
    while (from > 0 && titleAt - from < 2) {
      const previous = words[from - 1]!;
      const capitalised = /^\p{Lu}/u.test(previous);
      const modifier = capitalised ? CAPITALISED_MODIFIER.test(previous) : MODIFIER_SUFFIX.test(previous);
      if (!modifier) break;
      if (NOT_MODIFIERS.test(previous)) break;
      from--;
    }
    const phraseWords = words.slice(from, titleAt + 1);
    const text = phraseWords.join(' ');
    const start = unit.text.lastIndexOf(text, name.start);
    if (start < 0) continue;
    descriptors.push({
      subject: name.entry.subject,
      key: text.toLowerCase().replace(/[’‘]/g, "'"),
      text,
      unitId: unit.id,
      in: wordsInAt(start, start + text.length, quoted),
      rule: 'title',
      confidence: TITLE_CONFIDENCE,
      start,
      end: start + text.length,
    });
  }
  return descriptors;
}

function findDescriptors(
  unit: TextUnit,
  quoted: readonly [number, number][],
  lexicons: FramingLexicons,
): Descriptor[] {
  const fromLexicon: Descriptor[] = [];
  for (const item of lexicons.descriptorMatcher.findAll(unit.text)) {
    // Keep the longest phrase where two overlap ("no limits partnership", not also "partnership").
    if (fromLexicon.some((kept) => overlaps(kept, item))) continue;
    fromLexicon.push({
      subject: item.entry.subject,
      key: item.entry.phrase.toLowerCase().replace(/’/g, "'"),
      text: item.text,
      unitId: unit.id,
      in: wordsInAt(item.start, item.end, quoted),
      rule: 'lexicon',
      confidence: 1,
      start: item.start,
      end: item.end,
    });
  }
  const titles = findTitles(unit, quoted, lexicons).filter(
    (title) => !fromLexicon.some((kept) => overlaps(kept, title)),
  );
  return [...fromLexicon, ...titles].sort((a, b) => a.start - b.start);
}

function findValence(
  unit: TextUnit,
  quoted: readonly [number, number][],
  lexicons: FramingLexicons,
): ValenceHit[] {
  const hits: (ValenceHit & { start: number; end: number })[] = [];
  for (const item of lexicons.valenceMatcher.findAll(unit.text)) {
    if (wordsInAt(item.start, item.end, quoted) === 'quote') continue;
    if (hits.some((kept) => overlaps(kept, item))) continue;
    hits.push({
      polarity: item.entry.polarity,
      phrase: item.entry.phrase,
      text: item.text,
      unitId: unit.id,
      start: item.start,
      end: item.end,
    });
  }
  return hits.map(({ start: _start, end: _end, ...hit }) => hit);
}

function quotedWordCount(text: string, quoted: readonly [number, number][]): number {
  return quoted.reduce((sum, [from, to]) => sum + countWords(text.slice(from, to)), 0);
}

/**
 * The facts a unit refers back to: a reference phrase of a fact the article named in an
 * earlier unit (`named`: fact → that unit's id), when the unit does not mention the fact
 * itself and does not say it was left out.
 */
function findReferences(
  unit: ReadUnit,
  named: ReadonlyMap<string, string>,
  mentioned: ReadonlySet<string>,
  lexicons: FramingLexicons,
): FactMention[] {
  // Nothing named yet, nothing to refer back to: the scan is skipped (about a tenth of the
  // analysis of an article on the benchmark's corpus).
  if (named.size === 0) return [];
  const { quoted } = unit;
  const byFact = new Map<string, PhraseMatch[]>();
  for (const found of lexicons.referenceMatcher.findAll(unit.text, unit.lemmas)) {
    const { fact, phrase } = found.entry;
    if (!named.has(fact) || mentioned.has(fact) || isLeftOut(unit.text, found.start, found.end)) continue;
    const kept = byFact.get(fact) ?? [];
    // "the peace plan" holds "the plan": the words count once.
    if (!kept.some((match) => overlaps(match, found)))
      byFact.set(fact, [...kept, toMatch(found, phrase, quoted)]);
  }
  return [...byFact].map(([fact, matches]) => ({
    fact,
    unitId: unit.id,
    in: matches.some((match) => match.in === 'narration') ? 'narration' : 'quote',
    confidence: REFERENCE_CONFIDENCE,
    matches,
    antecedent: named.get(fact)!,
  }));
}

/**
 * The facts a unit reports through whom it quotes (story.yaml `quotedBy`), those it has not
 * already mentioned, referred back to or said were left out (`covered`); the quoted words of
 * every such speaker are the evidence.
 */
function findBySpeaker(
  unit: ReadUnit,
  spans: readonly SpeakerSpan[],
  covered: ReadonlySet<string>,
  lexicons: FramingLexicons,
): FactMention[] {
  if (spans.length === 0) return [];
  return lexicons.story.facts.flatMap((fact) => {
    const { quotedBy } = fact;
    if (!quotedBy || covered.has(fact.id)) return [];
    const fitting = spans.filter(({ speaker }) => quotedByFits(quotedBy, speaker));
    if (fitting.length === 0) return [];
    return [
      {
        fact: fact.id,
        unitId: unit.id,
        in: 'quote' as const,
        confidence: QUOTED_BY_CONFIDENCE,
        matches: fitting.map(({ start, end, speaker }) => ({
          phrase: `quoted: ${speaker.name}`,
          text: unit.text.slice(start, end),
          start,
          end,
          in: 'quote' as const,
        })),
        speakers: [...new Set(fitting.map(({ speaker }) => speaker.id))],
      },
    ];
  });
}

/** Each fact of `recent` units (nearest last) with the nearest unit that reported it. */
function carriedFrom(
  recent: readonly { unitId: string; facts: readonly FactMention[] }[],
): Map<string, string> {
  const from = new Map<string, string>();
  for (const { unitId, facts } of recent) for (const { fact } of facts) from.set(fact, unitId);
  return from;
}

/** The framing of `units` text units before anything is found in them. */
export function emptyFraming(units: number): ArticleFraming {
  return {
    units,
    narrationWords: 0,
    quoteWords: 0,
    themes: [],
    facts: [],
    absentFacts: [],
    descriptors: [],
    valence: [],
  };
}

/** Where a theme tag counts: in the outlet's own words when they alone reach the threshold. */
export function tagWordsIn(tag: ThemeTag): WordsIn {
  return tag.narrationWeight >= THEME_THRESHOLD ? 'narration' : 'quote';
}

function readUnit({ id, text }: TextUnit): ReadUnit {
  return { id, text, quoted: quotedSpans(text), lemmas: lemmaView(text) };
}

/**
 * What the theme and fact models read of a text on its own, as a unit with no article before
 * it (for training): the theme model's input, and the facts the lexicon found. Both rest on
 * the lexicon's finds before any confirm model (which is trained from them at the same time),
 * so the theme model learns from facts some of which the build will drop, and a unit's themes
 * move with the confirm models (the first blind set's dev half: 0.886/0.830 → 0.907/0.830 when
 * they were trained on the fact-only sets as well).
 */
export function trainingInputOf(
  text: string,
  lexicons: FramingLexicons,
): { input: ThemeInput; found: string[] } {
  const unit = readUnit({ id: 'unit', text });
  const { reported } = findFacts(unit, lexicons);
  return {
    input: themeInput(unit, themeCandidates(unit, reported, lexicons)),
    found: reported.map((mention) => mention.fact),
  };
}

/**
 * Analyses the teaser and sentences of one article against the story and theme lexicons;
 * `speakerSpans` are the words its quotes cover, with their speakers, for the facts reported
 * through whom a unit quotes (none where no quote analysis ran, as for lone sentences).
 */
export function analyseFraming(
  units: readonly TextUnit[],
  lexicons: FramingLexicons,
  speakerSpans: readonly SpeakerSpan[],
): ArticleFraming {
  return articleFramingSchema.parse(unvalidatedFraming(units, lexicons, speakerSpans));
}

/**
 * `analyseFraming` without validating its result, for a caller that validates it within its
 * own record (`buildArticle`): validated twice, it was 0.46 s of a 26 s ingest of 5,000 articles.
 */
export function unvalidatedFraming(
  units: readonly TextUnit[],
  lexicons: FramingLexicons,
  speakerSpans: readonly SpeakerSpan[],
): ArticleFraming {
  const framing = emptyFraming(units.length);
  const factIds = lexicons.story.facts.map((fact) => fact.id);
  // Facts the article has named so far, with the unit that named each first.
  const named = new Map<string, string>();
  // The facts of the last CONTINUED_WINDOW units, nearest last, for the facts a unit carries on.
  const recent: { unitId: string; facts: readonly FactMention[] }[] = [];
  for (const { id, text } of units) {
    const unit = readUnit({ id, text });
    const { quoted } = unit;
    const inQuotes = quotedWordCount(text, quoted);
    framing.quoteWords += inQuotes;
    framing.narrationWords += Math.max(0, countWords(text) - inQuotes);
    const found = findFacts(unit, lexicons);
    const model = lexicons.themeModel?.facts;
    const reported = model ? confirmedFacts(unit, found.reported, model) : found.reported;
    const { absent } = found;
    const mentioned = new Set([...found.reported, ...absent].map((mention) => mention.fact));
    const referred = findReferences(unit, named, mentioned, lexicons);
    const covered = new Set([...mentioned, ...referred.map((mention) => mention.fact)]);
    const spoken = speakerSpans.filter((span) => span.unitId === unit.id);
    const facts = [...reported, ...referred, ...findBySpeaker(unit, spoken, covered, lexicons)];
    framing.themes.push(...tagThemes(unit, facts, lexicons));
    // The model's facts count for no theme and are no antecedent: the theme model weighs the
    // unit's words itself, and "the plan" after a guess would be a guess on a guess. A fact the
    // lexicon found and the model did not confirm is not added back.
    const learned = model
      ? learnedFacts(unit, factIds, new Set([...mentioned, ...facts.map((mention) => mention.fact)]), model)
      : [];
    // A unit carries a fact on only where nothing else found one, nor its absence, nor a find
    // the confirm model dropped (which is not added back); and what it carries on is carried no
    // further: a guess on a guess.
    const own = [...facts, ...learned];
    const carried =
      model && own.length === 0 && mentioned.size === 0
        ? continuedFacts(unit, carriedFrom(recent), model)
        : [];
    framing.facts.push(...own, ...carried);
    recent.push({ unitId: unit.id, facts: own });
    if (recent.length > CONTINUED_WINDOW) recent.shift();
    framing.absentFacts.push(...absent);
    for (const { fact } of reported) if (!named.has(fact)) named.set(fact, unit.id);
    framing.descriptors.push(...findDescriptors(unit, quoted, lexicons));
    framing.valence.push(...findValence(unit, quoted, lexicons));
  }
  return framing;
}
