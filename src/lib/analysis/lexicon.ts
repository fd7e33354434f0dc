/**
 * Lexicon phrases: plain words a maintainer can write without knowing regular expressions.
 *
 * - whole words, ignoring case, except words written in capitals (US, ICC, UN), which
 *   match only in capitals so "US" never matches "us";
 * - a space (or a hyphen) between words matches spaces, a hyphen or a dash: "no limits"
 *   matches "no-limits";
 * - a trailing `*` matches any ending of a word: `sanction*` matches "sanctioned";
 * - straight and curly apostrophes are the same.
 *
 * A matcher indexes its phrases by their first word, so a text is scanned once however
 * many phrases the lexicon holds.
 */

/** A phrase found in a text; offsets are in UTF-16 code units, end exclusive. */
export interface Found<Entry> {
  entry: Entry;
  start: number;
  end: number;
  text: string;
}

interface CompiledPhrase<Entry> {
  entry: Entry;
  /** The phrase's place in the lexicon: of two matches of the same words, the earlier phrase comes first. */
  order: number;
  pattern: RegExp;
  /** Words that must appear exactly as written (acronyms). */
  exact: RegExp[];
}

const LETTER = '[\\p{L}\\p{N}]';
const SEPARATOR = '(?:\\s*[-‐‑–—]\\s*|\\s+)';

function isAcronym(word: string): boolean {
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

function compilePhrase<Entry>(phrase: string, entry: Entry, order: number): CompiledPhrase<Entry> {
  const words = phrase.split(' ');
  const body = words.map(wordPattern).join(SEPARATOR);
  const tail = phrase.endsWith('*') ? '' : `(?!${LETTER})`;
  return {
    entry,
    order,
    pattern: new RegExp(`(?<!${LETTER})${body}${tail}`, 'iuy'),
    exact: words
      .filter((word) => isAcronym(word))
      .map((word) => new RegExp(`(?<!${LETTER})${wordPattern(word)}(?!${LETTER})`, 'u')),
  };
}

// A wildcard first word ("sanction*") is indexed by its first three letters, lowercased.
const KEY_LENGTH = 3;
const LEADING = /^[\p{L}\p{N}]*/u;
const LEADING_AT = /[\p{L}\p{N}]*/uy;
// Lowercase, with the letters whose lowercase forms differ where a case-insensitive
// regular expression sees one letter (final sigma, micro sign, long s) made one.
function fold(letters: string): string {
  return letters.toLowerCase().replace(/ς/g, 'σ').replace(/µ/g, 'μ').replace(/ſ/g, 's');
}

function keyOf(letters: string): string {
  return fold(letters.slice(0, KEY_LENGTH));
}

/** Finds the phrases of a lexicon in texts. */
export interface PhraseMatcher<Entry> {
  /** Every occurrence of every phrase, by start offset, longest first; overlaps are kept. */
  findAll(text: string): Found<Entry>[];
}

/** Compiles phrases (each with the value to report when it matches) into one matcher. */
export function createPhraseMatcher<Entry>(
  phrases: readonly { phrase: string; entry: Entry }[],
): PhraseMatcher<Entry> {
  // Phrases are indexed by the run of letters that starts their first word ("Xi" of "Xi's",
  // "no" of "no-limits": a hyphen or apostrophe may be written differently in the text),
  // which the text's word must equal; a first word with a `*` by its first three letters,
  // or, when shorter than that, tried at every word.
  const byWord = new Map<string, CompiledPhrase<Entry>[]>();
  const byPrefix = new Map<string, CompiledPhrase<Entry>[]>();
  const everywhere: CompiledPhrase<Entry>[] = [];
  const add = (map: Map<string, CompiledPhrase<Entry>[]>, key: string, compiled: CompiledPhrase<Entry>) => {
    const list = map.get(key);
    if (list) list.push(compiled);
    else map.set(key, [compiled]);
  };
  let order = 0;
  for (const { phrase, entry } of phrases) {
    const compiled = compilePhrase(phrase, entry, order++);
    const leading = LEADING.exec(phrase)![0];
    const wildcard = phrase.charAt(leading.length) === '*';
    if (!wildcard) add(byWord, fold(leading), compiled);
    else if (leading.length >= KEY_LENGTH) add(byPrefix, keyOf(leading), compiled);
    else everywhere.push(compiled);
  }
  const wordStarts = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
  const tryAll = (
    list: readonly CompiledPhrase<Entry>[] | undefined,
    text: string,
    at: number,
    found: (Found<Entry> & { order: number })[],
  ) => {
    if (list === undefined) return;
    for (const candidate of list) {
      candidate.pattern.lastIndex = at;
      const match = candidate.pattern.exec(text);
      if (!match) continue;
      if (!candidate.exact.every((exact) => exact.test(match[0]))) continue;
      found.push({
        entry: candidate.entry,
        start: at,
        end: at + match[0].length,
        text: match[0],
        order: candidate.order,
      });
    }
  };
  return {
    findAll(text) {
      const found: (Found<Entry> & { order: number })[] = [];
      for (const word of text.matchAll(wordStarts)) {
        const at = word.index;
        LEADING_AT.lastIndex = at;
        const leading = LEADING_AT.exec(text)![0];
        tryAll(byWord.get(fold(leading)), text, at, found);
        if (leading.length >= KEY_LENGTH) tryAll(byPrefix.get(keyOf(leading)), text, at, found);
        tryAll(everywhere, text, at, found);
      }
      return found
        .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order)
        .map(({ order: _order, ...item }) => item);
    },
  };
}

/** Words in a text: runs of letters and digits, apostrophes and hyphens inside words kept. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
