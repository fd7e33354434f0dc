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

function compilePhrase<Entry>(phrase: string, entry: Entry): CompiledPhrase<Entry> {
  const words = phrase.split(' ');
  const body = words.map(wordPattern).join(SEPARATOR);
  const tail = phrase.endsWith('*') ? '' : `(?!${LETTER})`;
  return {
    entry,
    pattern: new RegExp(`(?<!${LETTER})${body}${tail}`, 'iuy'),
    exact: words
      .filter((word) => isAcronym(word))
      .map((word) => new RegExp(`(?<!${LETTER})${wordPattern(word)}(?!${LETTER})`, 'u')),
  };
}

// The index key of a word: its first three letters, lowercased ("sanction*" → "san").
const KEY_LENGTH = 3;
const LEADING = /^[\p{L}\p{N}]*/u;
function keyOf(letters: string): string {
  return letters.slice(0, KEY_LENGTH).toLowerCase();
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
  // Phrases are indexed by the first three letters of their first word; shorter first
  // words ("US", "Xi", "no-limits") by the whole run of letters, which the text's word
  // must equal. Only a short first word with a `*` is tried at every word.
  const byKey = new Map<string, CompiledPhrase<Entry>[]>();
  const byShortWord = new Map<string, CompiledPhrase<Entry>[]>();
  const everywhere: CompiledPhrase<Entry>[] = [];
  const add = (map: Map<string, CompiledPhrase<Entry>[]>, key: string, compiled: CompiledPhrase<Entry>) => {
    map.set(key, [...(map.get(key) ?? []), compiled]);
  };
  for (const { phrase, entry } of phrases) {
    const compiled = compilePhrase(phrase, entry);
    // Key on the leading letters only: a hyphen or apostrophe inside the first word
    // ("no-limits", "Xi's") may be written differently in the text.
    const leading = LEADING.exec(phrase)![0];
    if (leading.length >= KEY_LENGTH) add(byKey, keyOf(leading), compiled);
    else if (phrase.charAt(leading.length) === '*') everywhere.push(compiled);
    else add(byShortWord, leading.toLowerCase(), compiled);
  }
  const wordStarts = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
  return {
    findAll(text) {
      const found: Found<Entry>[] = [];
      for (const word of text.matchAll(wordStarts)) {
        const at = word.index;
        const leading = LEADING.exec(text.slice(at, at + KEY_LENGTH))![0];
        const keyed =
          leading.length >= KEY_LENGTH ? byKey.get(keyOf(leading)) : byShortWord.get(leading.toLowerCase());
        for (const list of [keyed, everywhere]) {
          if (list === undefined) continue;
          for (const candidate of list) {
            candidate.pattern.lastIndex = at;
            const match = candidate.pattern.exec(text);
            if (!match) continue;
            if (!candidate.exact.every((exact) => exact.test(match[0]))) continue;
            found.push({ entry: candidate.entry, start: at, end: at + match[0].length, text: match[0] });
          }
        }
      }
      return found.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}

/** Words in a text: runs of letters and digits, apostrophes and hyphens inside words kept. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
