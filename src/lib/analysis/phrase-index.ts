/**
 * The phrases of every lexicon in one index (lexicon.ts describes how a phrase matches).
 *
 * Each phrase compiles to a regular expression, tried where a word starts. Which phrases to
 * try where comes from one Aho–Corasick automaton (modern-ahocorasick) over all phrases of
 * all lexicons: it finds, in one pass over a text, where a phrase's words as plain letters
 * (`literalOf`) occur in the text folded the same way (`foldText`), and only there is the
 * phrase's expression run. Before, each of the six lexicons scanned every word of every
 * text and tried the phrases indexed by it: on 3,000 quote-dense articles (3.2 MB) that was
 * 6 s of the 34 s a CPU profile of their ingest showed (`findAll`, `tryAll` and `fold`).
 * The six lexicons on those articles' 30,000 sentences: 3.0 s before, 1.3 s so.
 *
 * The literal is only ever a necessary condition: every rule of the old index (the run of
 * letters at the word's start, the next word's initial) and the expression itself are still
 * checked where it occurs, so the matches are the same.
 */
import AhoCorasick from 'modern-ahocorasick';

/** A phrase found in a text, with its lexicon (`group`) and its place in it (`order`). */
export interface Listed<Entry> {
  entry: Entry;
  start: number;
  end: number;
  text: string;
  group: number;
  order: number;
}

/** A phrase as a regular expression, and where it may start. */
export interface CompiledPhrase<Entry> {
  entry: Entry;
  /** The lexicon the phrase belongs to. */
  group: number;
  /** The phrase's place in its lexicon: of two matches of the same words, the earlier phrase comes first. */
  order: number;
  readonly pattern: RegExp;
  /** Words that must appear exactly as written (acronyms). */
  exact: RegExp[];
  /**
   * The first letter of the second word, lowercased, when the first word is letters only: a
   * text whose next word starts otherwise is passed over without running the expression.
   */
  nextInitial: string | null;
  /**
   * The run of letters a phrase may start at: a word equal to its first word's leading
   * letters ("Xi" of "Xi's", "no" of "no-limits": a hyphen or apostrophe may be written
   * differently in the text); for a first word with a `*`, a word of three letters or more
   * that starts with the same three; when shorter than that, any word.
   */
  start: { kind: 'word' | 'prefix'; key: string } | { kind: 'any' };
  /** The phrase's words as plain letters, folded, where the text must hold them; empty when none is known. */
  literal: string;
}

const LETTER = '[\\p{L}\\p{N}]';
const SEPARATOR = '(?:\\s*[-‐‑–—]\\s*|\\s+)';
const BETWEEN_WORDS = /[\s\-‐‑–—]*/uy;
const IS_LETTER = /[\p{L}\p{N}]/u;
const RUN = /[\p{L}\p{N}]+/uy;

/** Whether a word is written in capitals (US, ICC): it then matches only as written. */
export function isAcronym(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function escapeWord(word: string): string {
  return word
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/['’]/g, "['’‘]")
    .replace(/-/g, SEPARATOR);
}

function wordPattern(word: string): string {
  return word.endsWith('*') ? `${escapeWord(word.slice(0, -1))}${LETTER}*` : escapeWord(word);
}

// A wildcard first word ("sanction*") starts at words with the same first three letters.
const KEY_LENGTH = 3;
const LEADING = /^[\p{L}\p{N}]*/u;
// Lowercase, with the letters whose lowercase forms differ where a case-insensitive
// regular expression sees one letter (final sigma, micro sign, long s) made one.
const UNFOLDED = /[ςµſ]/u;
const FOLDED: Record<string, string> = { ς: 'σ', µ: 'μ', ſ: 's' };
function fold(letters: string): string {
  const lower = letters.toLowerCase();
  // Every word a phrase may start at passes here: the three letters are rare, so test before replacing.
  return UNFOLDED.test(lower) ? lower.replace(/[ςµſ]/gu, (letter) => FOLDED[letter]!) : lower;
}

function keyOf(letters: string): string {
  return fold(letters.slice(0, KEY_LENGTH));
}

// Latin letters with marks, each as its letter without them ("ê" → "e", "ễ" → "e"), one UTF-16
// unit for one, so offsets in a text hold in it without marks: writers and lexicons disagree
// on marks ("tête-à-tête", "tete a tete"; "détente"), and a phrase matches either way. Most
// decompose (NFD) into an ASCII letter and marks; a few have a stroke no decomposition drops.
const STROKED: Record<string, string> = {
  Ø: 'O',
  ø: 'o',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  Ŧ: 'T',
  ŧ: 't',
};
const MARKED_RANGES = [
  [0xc0, 0x250], // Latin-1 Supplement letters, Latin Extended-A and -B
  [0x1e00, 0x1f00], // Latin Extended Additional ("Nguyễn")
] as const;
const UNMARKED = new Map(
  MARKED_RANGES.flatMap(([from, to]) =>
    Array.from({ length: to - from }, (_, index) => String.fromCharCode(from + index)),
  )
    .map((char) => [char, STROKED[char] ?? char.normalize('NFD').charAt(0)] as const)
    .filter(([char, base]) => base !== char && /^[A-Za-z]$/.test(base)),
);
// The same ranges as a character class, for telling (MARKED) and replacing (EACH_MARKED).
const MARKED_CLASS = `[${MARKED_RANGES.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${(to - 1).toString(16)}}`).join('')}]`;
const MARKED = new RegExp(MARKED_CLASS, 'u');
const EACH_MARKED = new RegExp(MARKED_CLASS, 'gu');

/** The text with the marks of its Latin letters dropped, each letter in its place (same length). */
export function withoutMarks(text: string): string {
  return MARKED.test(text) ? text.replace(EACH_MARKED, (char) => UNMARKED.get(char) ?? char) : text;
}

/** Compiles one phrase of lexicon `group`, the `order`th of it. */
export function compilePhrase<Entry>(
  written: string,
  entry: Entry,
  group: number,
  order: number,
): CompiledPhrase<Entry> {
  const phrase = withoutMarks(written);
  const words = phrase.split(' ');
  const body = words.map(wordPattern).join(SEPARATOR);
  const tail = phrase.endsWith('*') ? '' : `(?!${LETTER})`;
  const initial = fold(words[1]?.charAt(0) ?? '');
  const leading = LEADING.exec(phrase)![0];
  const wildcard = phrase.charAt(leading.length) === '*';
  // Made when the phrase is first tried: most phrases are tried in few texts or none, and
  // making every expression up front was 150 ms of a 3 s ingest of 500 articles, paid again
  // by each process and worker thread that reads the lexicons.
  let pattern: RegExp | undefined;
  return {
    entry,
    group,
    order,
    nextInitial: /^[\p{L}\p{N}]+$/u.test(words[0]!) && /^[\p{L}\p{N}]$/u.test(initial) ? initial : null,
    get pattern() {
      return (pattern ??= new RegExp(`(?<!${LETTER})${body}${tail}`, 'iuy'));
    },
    exact: words
      .filter((word) => isAcronym(word))
      .map((word) => new RegExp(`(?<!${LETTER})${wordPattern(word)}(?!${LETTER})`, 'u')),
    start: !wildcard
      ? { kind: 'word', key: fold(leading) }
      : leading.length >= KEY_LENGTH
        ? { kind: 'prefix', key: keyOf(leading) }
        : { kind: 'any' },
    literal: literalOf(phrase),
  };
}

// What a text folds to, by UTF-16 code unit: the code itself (printable ASCII, lowercased),
// SPACE for any of the characters a space in a phrase stands for (whitespace, hyphens and
// dashes; a run of them folds to one), APOSTROPHE for the three apostrophes, and OTHER for
// everything no literal holds. "K" (Kelvin) and "ſ" are "k" and "s" to a case-insensitive
// expression, so to the fold too: no other character is an ASCII letter to one.
const SPACE = 32;
const APOSTROPHE = 39;
const OTHER = 127;
const FOLD = new Uint8Array(65536).map((_, code) => {
  const char = String.fromCharCode(code);
  if (/[\s\-‐‑–—]/.test(char)) return SPACE;
  if (/['’‘]/.test(char)) return APOSTROPHE;
  if (code === 0x212a) return 'k'.charCodeAt(0);
  if (code === 0x17f) return 's'.charCodeAt(0);
  if (code < 33 || code > 126) return OTHER;
  return char.toLowerCase().charCodeAt(0);
});

/**
 * The phrase's words folded as `foldText` folds a text, up to the first character that is
 * not printable ASCII or is a `*`: wherever the phrase's expression matches, this occurs
 * in the folded text at the same word. Empty when the phrase does not start with one.
 */
export function literalOf(phrase: string): string {
  if (!/^[A-Za-z0-9]/.test(phrase)) return '';
  let literal = '';
  for (let index = 0; index < phrase.length; index++) {
    const code = FOLD[phrase.charCodeAt(index)]!;
    if (code === SPACE) {
      if (literal !== '' && !literal.endsWith(' ')) literal += ' ';
      continue;
    }
    if (code === OTHER || phrase[index] === '*') break;
    literal += String.fromCharCode(code);
  }
  return literal;
}

// foldText's buffers, grown to the longest text so far and reused: a text is folded twice
// (its words, its lemmas) for every unit of every article.
let codes = new Uint16Array(256);
let origins = new Int32Array(256);

/**
 * A text folded for the automaton, with the offset in the text of each of its characters
 * (valid until the next call).
 */
export function foldText(text: string): { folded: string; origin: Int32Array } {
  if (codes.length < text.length) {
    codes = new Uint16Array(text.length);
    origins = new Int32Array(text.length);
  }
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = FOLD[text.charCodeAt(index)]!;
    if (code === SPACE && length > 0 && codes[length - 1] === SPACE) continue;
    codes[length] = code;
    origins[length++] = index;
  }
  let folded = '';
  // In pieces: an argument list of a whole 200,000-character line would overflow the stack.
  for (let from = 0; from < length; from += 8192) {
    folded += String.fromCharCode.apply(
      null,
      codes.subarray(from, Math.min(length, from + 8192)) as unknown as number[],
    );
  }
  return { folded, origin: origins };
}

/** The phrase at `at`, when it matches there; `next` gives the next word's initial. */
function tryAt<Entry>(
  candidate: CompiledPhrase<Entry>,
  text: string,
  at: number,
  next: () => string,
): Listed<Entry> | null {
  if (candidate.nextInitial !== null && candidate.nextInitial !== next()) return null;
  candidate.pattern.lastIndex = at;
  const match = candidate.pattern.exec(text);
  if (!match || !candidate.exact.every((exact) => exact.test(match[0]))) return null;
  const { entry, group, order } = candidate;
  return { entry, start: at, end: at + match[0].length, text: match[0], group, order };
}

/** Whether a phrase may start at a word whose leading letters are `run`. */
function startsAt(candidate: CompiledPhrase<unknown>, run: string): boolean {
  const { start } = candidate;
  if (start.kind === 'word') return fold(run) === start.key;
  if (start.kind === 'prefix') return run.length >= KEY_LENGTH && keyOf(run) === start.key;
  return true;
}

/** The first letter of the word after the run of letters ending at `end`, past spaces or dashes. */
function initialAfter(text: string, end: number): string {
  BETWEEN_WORDS.lastIndex = end;
  const point = text.codePointAt(end + BETWEEN_WORDS.exec(text)![0].length);
  return point === undefined ? '' : fold(String.fromCodePoint(point)).charAt(0);
}

/** Whether a word (a run of letters and digits) starts at `at`. */
function isWordStart(text: string, at: number): boolean {
  if (at === 0) return true;
  const low = text.charCodeAt(at - 1);
  const before = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? text.codePointAt(at - 2)! : low;
  return !IS_LETTER.test(String.fromCodePoint(before));
}

/** The phrases of every lexicon, found in a text in one pass. */
export class PhraseIndex {
  private readonly phrases: CompiledPhrase<unknown>[] = [];
  private automaton: AhoCorasick<CompiledPhrase<unknown>[]> | null = null;
  // Phrases that start with no ASCII letter or digit ("Путин", "*"; "Éric" is "Eric" here): tried at every word.
  private everywhere: CompiledPhrase<unknown>[] = [];
  // Framing reads each text with every lexicon in turn: the last text's matches are kept.
  private last: { text: string; found: Listed<unknown>[] } | null = null;

  add(phrase: CompiledPhrase<unknown>): void {
    this.phrases.push(phrase);
    this.automaton = null;
    this.last = null;
  }

  /** Every occurrence in `text` of every phrase; the caller must not change the list. */
  scan(written: string): readonly Listed<unknown>[] {
    if (this.last?.text === written) return this.last.found;
    const unmarked = withoutMarks(written);
    const found = this.scanUnmarked(unmarked);
    // Matched without marks, shown as written (the same text where it had none).
    if (unmarked !== written) for (const item of found) item.text = written.slice(item.start, item.end);
    this.last = { text: written, found };
    return found;
  }

  private scanUnmarked(text: string): Listed<unknown>[] {
    const automaton = this.automaton ?? this.compile();
    const found: Listed<unknown>[] = [];
    const { folded, origin } = foldText(text);
    for (const hit of automaton.iterate(folded)) {
      const at = origin[hit.start]!;
      if (!isWordStart(text, at)) continue;
      RUN.lastIndex = at;
      const run = RUN.exec(text)![0];
      let initial: string | undefined;
      const next = () => (initial ??= initialAfter(text, at + run.length));
      for (const candidate of hit.data!) {
        if (!startsAt(candidate, run)) continue;
        const item = tryAt(candidate, text, at, next);
        if (item) found.push(item);
      }
    }
    if (this.everywhere.length > 0) {
      for (const run of text.matchAll(/[\p{L}\p{N}]+/gu)) {
        const next = () => initialAfter(text, run.index + run[0].length);
        for (const candidate of this.everywhere) {
          if (!startsAt(candidate, run[0])) continue;
          const item = tryAt(candidate, text, run.index, next);
          if (item) found.push(item);
        }
      }
    }
    return found;
  }

  private compile(): AhoCorasick<CompiledPhrase<unknown>[]> {
    const byLiteral = new Map<string, CompiledPhrase<unknown>[]>();
    this.everywhere = [];
    for (const phrase of this.phrases) {
      if (phrase.literal === '') {
        // A first word with no letters and no `*` never starts at a word, and is never found.
        if (phrase.start.kind !== 'word' || phrase.start.key !== '') this.everywhere.push(phrase);
        continue;
      }
      const list = byLiteral.get(phrase.literal);
      if (list) list.push(phrase);
      else byLiteral.set(phrase.literal, [phrase]);
    }
    this.automaton = new AhoCorasick([...byLiteral].map(([pattern, data]) => ({ pattern, data })));
    return this.automaton;
  }
}
