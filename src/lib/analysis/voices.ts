/**
 * Who speaks in each outlet's coverage: quotes grouped by voice and speaker, the same
 * words as reported by different outlets, and how their wording differs.
 */
import { voiceCategoryLabels } from '../registry/people.ts';
import {
  UNKNOWN_VOICE,
  voiceCategories,
  type PublishedQuote,
  type SpeakerCategory,
  type SpeakerRef,
  type VoiceCategory,
} from '../schema/index.ts';

/** The label of a speaker's voice category; "not in the people registry" for unknown people. */
export function voiceLabel(speaker: SpeakerRef | null): string {
  if (speaker === null) return 'speaker not named';
  return speaker.category === UNKNOWN_VOICE
    ? 'not in the people registry'
    : voiceCategoryLabels[speaker.category];
}

export interface SpeakerGroup {
  /** null for the quotes no rule could attribute. */
  speaker: SpeakerRef | null;
  quotes: PublishedQuote[];
}

export interface VoiceGroup {
  /** null for quotes without a speaker. */
  category: SpeakerCategory | null;
  /** The group's key: the category ("unknown" for unregistered speakers) or "none". */
  key: ReturnType<typeof voiceKey>;
  label: string;
  /** Anchor id for the group on quote pages. */
  anchor: string;
  speakers: SpeakerGroup[];
  count: number;
}

// Registry voices first, then names the registry does not know, then quotes without a speaker.
const CATEGORY_ORDER: (SpeakerCategory | 'none')[] = [...voiceCategories, UNKNOWN_VOICE, 'none'];

/** A speaker's voice group: their category ("unknown" when not in the registry), or "none" for no speaker. */
export function voiceKey(speaker: SpeakerRef | null): SpeakerCategory | 'none' {
  return speaker === null ? 'none' : speaker.category;
}

/** Anchor of a speaker's group on quote pages ("speaker-vladimir-putin", "speaker-none"). */
export function speakerAnchor(speaker: SpeakerRef | null): string {
  return `speaker-${speaker?.id ?? 'none'}`;
}

/** Anchor of a voice category's group on quote pages ("voice-analyst"). */
export function voiceAnchor(speaker: SpeakerRef | null): string {
  return `voice-${voiceKey(speaker)}`;
}

/** Groups quotes by voice category, then speaker (most quoted first), in a fixed order. */
export function groupByVoice(quotes: readonly PublishedQuote[]): VoiceGroup[] {
  const groups = new Map<string, VoiceGroup>();
  for (const quote of quotes) {
    const key = voiceKey(quote.speaker);
    const group = groups.get(key) ?? {
      category: quote.speaker?.category ?? null,
      key,
      label: voiceLabel(quote.speaker),
      anchor: voiceAnchor(quote.speaker),
      speakers: [],
      count: 0,
    };
    const speakerId = quote.speaker?.id ?? null;
    let speakerGroup = group.speakers.find((candidate) => (candidate.speaker?.id ?? null) === speakerId);
    if (!speakerGroup) {
      speakerGroup = { speaker: quote.speaker, quotes: [] };
      group.speakers.push(speakerGroup);
    }
    speakerGroup.quotes.push(quote);
    group.count++;
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    group.speakers.sort(
      (a, b) =>
        b.quotes.length - a.quotes.length ||
        (a.speaker?.name ?? '').localeCompare(b.speaker?.name ?? '', 'en'),
    );
  }
  return CATEGORY_ORDER.flatMap((key) => groups.get(key) ?? []);
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * How much two quotes share: the share of the shorter one's distinct words that the other
 * has too (0..1, symmetric). Quotes of one distinct word only match the same word.
 */
export function overlap(a: string, b: string): number {
  return overlapOfWords(new Set(words(a)), new Set(words(b)));
}

function overlapOfWords(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  const shorter = Math.min(left.size, right.size);
  if (shorter === 0) return 0;
  const [few, many] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const word of few) if (many.has(word)) shared++;
  if (shorter === 1) return left.size === right.size && shared === 1 ? 1 : 0;
  return shared / shorter;
}

/**
 * The fewest shared words that make two quotes overlap (`overlapOfWords` ≥ `threshold`) when
 * the shorter has `size` distinct words: counted with the same division as the overlap itself.
 */
function sharedNeeded(size: number, threshold: number): number {
  let shared = 0;
  while (shared < size && shared / size < threshold) shared++;
  return shared;
}

/**
 * Pairs of quotes that may overlap, each once (`earlier < later`), for `groupOverlappingQuotes`
 * to check: comparing every pair of one speaker's quotes took 0.41 s for the 17,987 quotes of
 * 3,000 quote-dense articles (Xi Jinping alone has thousands), this 0.15 s (generated quotes
 * share most of their words: they make 295 statements). Two quotes overlap only if they share
 * `sharedNeeded` of the shorter one's words, so they share at least one of any `size -
 * sharedNeeded + 1` of its words: the rarest, looked up among the quotes at least as long
 * (the prefix filter of set-similarity joins). Finding a pair here decides nothing; it is checked.
 */
function candidatePairs(wordSets: readonly ReadonlySet<string>[], threshold: number): [number, number][] {
  // At a threshold of 0 or less every pair overlaps, shared words or none.
  if (threshold <= 0)
    return wordSets.flatMap((_set, later) =>
      wordSets.slice(0, later).map((_other, earlier): [number, number] => [earlier, later]),
    );
  const holding = new Map<string, number[]>();
  wordSets.forEach((set, at) => {
    for (const word of set) {
      const quotes = holding.get(word);
      if (quotes) quotes.push(at);
      else holding.set(word, [at]);
    }
  });
  // Rarest first, then alphabetical: any order does, this one makes the lists looked up short.
  const rarity = (a: string, b: string) =>
    holding.get(a)!.length - holding.get(b)!.length || (a < b ? -1 : a > b ? 1 : 0);
  const pairs: [number, number][] = [];
  wordSets.forEach((set, at) => {
    if (set.size === 0) return;
    const prefix = [...set].sort(rarity).slice(0, set.size - sharedNeeded(set.size, threshold) + 1);
    const seen = new Set<number>();
    for (const word of prefix) {
      for (const other of holding.get(word)!) {
        const size = wordSets[other]!.size;
        // The other is the longer of the two (or, as long, the later): the pair is found once, from the shorter.
        if (other === at || size < set.size || (size === set.size && other < at) || seen.has(other)) continue;
        seen.add(other);
        pairs.push(at < other ? [at, other] : [other, at]);
      }
    }
  });
  return pairs;
}

/**
 * Quotes of one speaker that report the same words (overlap ≥ 0.6), across outlets: the
 * groups of quotes linked by a chain of such overlaps, so the order of the input does not
 * matter. Each group is in input order, and the groups in the order of their first quote.
 */
export function groupOverlappingQuotes(
  quotes: readonly PublishedQuote[],
  threshold = 0.6,
): PublishedQuote[][] {
  const wordSets = quotes.map((quote) => new Set(words(quote.text)));
  // Union-find over quote positions; a root is always the group's earliest quote.
  const parent = quotes.map((_quote, index) => index);
  const rootOf = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  for (const [earlier, later] of candidatePairs(wordSets, threshold)) {
    if (rootOf(earlier) === rootOf(later)) continue;
    if (overlapOfWords(wordSets[earlier]!, wordSets[later]!) < threshold) continue;
    const [low, high] = [rootOf(earlier), rootOf(later)].sort((a, b) => a - b) as [number, number];
    parent[high] = low;
  }
  const groups = new Map<number, PublishedQuote[]>();
  for (const [index, quote] of quotes.entries()) {
    const root = rootOf(index);
    const group = groups.get(root);
    if (group) group.push(quote);
    else groups.set(root, [quote]);
  }
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, group]) => group);
}

export interface DiffPart {
  text: string;
  /** 'same' in both, 'only' in this version. */
  status: 'same' | 'only';
}

/**
 * Marks the words of `text` that `other` does not have, in order (a longest common
 * subsequence of words), to show how two outlets' versions of a quote differ.
 */
export function diffWords(text: string, other: string): DiffPart[] {
  const mine = text.split(/(\s+)/).filter((part) => part !== '');
  const theirs = other.split(/\s+/).filter(Boolean);
  const key = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const tokens = mine.filter((part) => !/^\s+$/.test(part));
  const table: number[][] = Array.from({ length: tokens.length + 1 }, () =>
    new Array<number>(theirs.length + 1).fill(0),
  );
  for (let i = tokens.length - 1; i >= 0; i--) {
    for (let j = theirs.length - 1; j >= 0; j--) {
      table[i]![j] =
        key(tokens[i]!) === key(theirs[j]!)
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const shared = new Set<number>();
  for (let i = 0, j = 0; i < tokens.length && j < theirs.length;) {
    if (key(tokens[i]!) === key(theirs[j]!)) {
      shared.add(i);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  // Words take their own status; a space joins the run around it when both sides differ.
  let tokenIndex = 0;
  const statuses = mine.map((part) =>
    /^\s+$/.test(part) ? null : shared.has(tokenIndex++) ? ('same' as const) : ('only' as const),
  );
  const parts: DiffPart[] = [];
  mine.forEach((part, index) => {
    const status: DiffPart['status'] =
      statuses[index] ?? (statuses[index - 1] === 'only' && statuses[index + 1] === 'only' ? 'only' : 'same');
    const last = parts.at(-1);
    if (last && last.status === status) last.text += part;
    else parts.push({ text: part, status });
  });
  return parts;
}

/** A speaker and how many of the given quotes are theirs. */
export interface SpeakerCount {
  speaker: SpeakerRef;
  count: number;
  href: string;
}

/** Named speakers of the quotes, most quoted first, each with a link to their first quote. */
export function countSpeakers(quotes: readonly PublishedQuote[]): SpeakerCount[] {
  const counts = new Map<string, SpeakerCount>();
  for (const quote of quotes) {
    if (quote.speaker === null) continue;
    const entry = counts.get(quote.speaker.id) ?? { speaker: quote.speaker, count: 0, href: quote.href };
    entry.count++;
    counts.set(quote.speaker.id, entry);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.speaker.name.localeCompare(b.speaker.name, 'en'),
  );
}

/** Quotes of named speakers by speaker id, each list and the speakers in input order. */
export function quotesBySpeaker(quotes: readonly PublishedQuote[]): Map<string, PublishedQuote[]> {
  const bySpeaker = new Map<string, PublishedQuote[]>();
  for (const quote of quotes) {
    if (quote.speaker === null) continue;
    const own = bySpeaker.get(quote.speaker.id);
    if (own) own.push(quote);
    else bySpeaker.set(quote.speaker.id, [quote]);
  }
  return bySpeaker;
}

/**
 * Each named speaker's quotes (by speaker id, in input order) and their statements, the quotes
 * grouped where they report the same words (groupOverlappingQuotes): a speaker's first page
 * and later pages list them from one grouping.
 */
export function statementsBySpeaker(
  quotes: readonly PublishedQuote[],
): Map<string, { quotes: PublishedQuote[]; statements: PublishedQuote[][] }> {
  return new Map(
    [...quotesBySpeaker(quotes)].map(([id, own]) => [
      id,
      { quotes: own, statements: groupOverlappingQuotes(own) },
    ]),
  );
}

/** One outlet's quotes by voice: all of them, one count per category, and those of no registry voice. */
export interface OutletVoiceTally<O> {
  outlet: O;
  total: number;
  /** In the order of the tally's `categories`. */
  counts: number[];
  /** Quotes without a speaker or of a speaker the registry does not know. */
  unknown: number;
}

/**
 * Each outlet's quotes by the voice category of their speaker, with the categories some
 * outlet quoted (in registry order): a category no outlet quoted gets no column. A row may
 * be a group of outlets: `rowOf` says which row a quote's outlet belongs to.
 */
export function tallyVoicesByOutlet<O extends { id: string }>(
  outlets: readonly O[],
  quotes: readonly PublishedQuote[],
  rowOf: (outletId: string) => string | undefined = (outletId) => outletId,
): { categories: VoiceCategory[]; rows: OutletVoiceTally<O>[] } {
  const tallies = outlets.map((outlet) => {
    const own = quotes.filter((quote) => quote.outlet !== null && rowOf(quote.outlet.id) === outlet.id);
    return {
      outlet,
      total: own.length,
      counts: voiceCategories.map(
        (category) => own.filter((quote) => quote.speaker?.category === category).length,
      ),
      unknown: own.filter((quote) => quote.speaker === null || quote.speaker.category === UNKNOWN_VOICE)
        .length,
    };
  });
  const used = voiceCategories.flatMap((_category, index) =>
    tallies.some((tally) => tally.counts[index]! > 0) ? [index] : [],
  );
  return {
    categories: used.map((index) => voiceCategories[index]!),
    rows: tallies.map((tally) => ({ ...tally, counts: used.map((index) => tally.counts[index]!) })),
  };
}
