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
 * many phrases the lexicon holds. Given a lemmatiser, it also matches the lemmas of phrases
 * of several words in the text's lemmas, so "peace talks" finds "peace talk" and "meet
 * Zelensky" finds "met Zelensky" without the lexicon listing every form; each word found so
 * must be a part of speech the phrase's word can take ("the plan", a noun, does not find
 * "the Planned" of a name, nor "one side" "one-sided"). A phrase of one word, with a `*` or
 * with an acronym is matched as written only: on PolNeAR's train split (30,822 sentences of
 * US politics, off this story) lemmas of every phrase added 316 theme tags to 2,414, nearly
 * all wrong ("crime" for "crimes", "fought for the bill" for "fighting"); lemmas of phrases
 * of several words add 24 to 2,393.
 */

/** A phrase found in a text; offsets are in UTF-16 code units, end exclusive. */
export interface Found<Entry> {
  entry: Entry;
  start: number;
  end: number;
  text: string;
}

/**
 * A text in lemmas and the way back to the text (word-tags.ts makes one with wink-nlp's
 * English model); kept abstract here so phrase matching needs no tagger.
 */
export interface LemmaText {
  text: string;
  /** Each word of the source text with its lemma and part of speech (Universal POS), in order. */
  words: readonly { lemma: string; pos: string; start: number; end: number }[];
  /** The span of the text behind a span of lemmas, with its words' parts of speech; null when it cuts a word. */
  toSource(start: number, end: number): { start: number; end: number; tags: readonly string[] } | null;
}

interface CompiledPhrase<Entry> {
  entry: Entry;
  /** The phrase's place in the lexicon: of two matches of the same words, the earlier phrase comes first. */
  order: number;
  pattern: RegExp;
  /** Words that must appear exactly as written (acronyms). */
  exact: RegExp[];
  /**
   * The first letter of the second word, lowercased, when the first word is letters only: a
   * text whose next word starts otherwise is passed over without running the expression.
   */
  nextInitial: string | null;
}

const LETTER = '[\\p{L}\\p{N}]';
const SEPARATOR = '(?:\\s*[-‐‑–—]\\s*|\\s+)';
const BETWEEN_WORDS = /[\s\-‐‑–—]*/uy;

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
  const initial = fold(words[1]?.charAt(0) ?? '');
  return {
    entry,
    order,
    nextInitial: /^[\p{L}\p{N}]+$/u.test(words[0]!) && /^[\p{L}\p{N}]$/u.test(initial) ? initial : null,
    pattern: new RegExp(`(?<!${LETTER})${body}${tail}`, 'iuy'),
    exact: words
      .filter((word) => isAcronym(word))
      .map((word) => new RegExp(`(?<!${LETTER})${wordPattern(word)}(?!${LETTER})`, 'u')),
  };
}

// A wildcard first word ("sanction*") is indexed by its first three letters, lowercased.
const KEY_LENGTH = 3;
const LEADING = /^[\p{L}\p{N}]*/u;
// Lowercase, with the letters whose lowercase forms differ where a case-insensitive
// regular expression sees one letter (final sigma, micro sign, long s) made one.
const UNFOLDED = /[ςµſ]/u;
const FOLDED: Record<string, string> = { ς: 'σ', µ: 'μ', ſ: 's' };
function fold(letters: string): string {
  const lower = letters.toLowerCase();
  // Every word of every text passes here: the three letters are rare, so test before replacing.
  return UNFOLDED.test(lower) ? lower.replace(/[ςµſ]/gu, (letter) => FOLDED[letter]!) : lower;
}

function keyOf(letters: string): string {
  return fold(letters.slice(0, KEY_LENGTH));
}

/** Finds the phrases of a lexicon in texts. */
export interface PhraseMatcher<Entry> {
  /**
   * Every occurrence of every phrase, by start offset, longest first; overlaps are kept.
   * With the text's lemmas, occurrences of the phrases' lemmas count too.
   */
  findAll(text: string, lemmas?: LemmaText): Found<Entry>[];
}

type Listed<Entry> = Found<Entry> & { order: number };

/** Phrases indexed by the run of letters that starts their first word. */
class PhraseIndex<Entry> {
  // Phrases are indexed by the run of letters that starts their first word ("Xi" of "Xi's",
  // "no" of "no-limits": a hyphen or apostrophe may be written differently in the text),
  // which the text's word must equal; a first word with a `*` by its first three letters,
  // or, when shorter than that, tried at every word.
  private readonly byWord = new Map<string, CompiledPhrase<Entry>[]>();
  private readonly byPrefix = new Map<string, CompiledPhrase<Entry>[]>();
  private readonly everywhere: CompiledPhrase<Entry>[] = [];

  add(phrase: string, compiled: CompiledPhrase<Entry>): void {
    const leading = LEADING.exec(phrase)![0];
    const wildcard = phrase.charAt(leading.length) === '*';
    if (!wildcard) push(this.byWord, fold(leading), compiled);
    else if (leading.length >= KEY_LENGTH) push(this.byPrefix, keyOf(leading), compiled);
    else this.everywhere.push(compiled);
  }

  /** Every occurrence in `text`. */
  scan(text: string): Listed<Entry>[] {
    const found: Listed<Entry>[] = [];
    const tryAll = (list: readonly CompiledPhrase<Entry>[] | undefined, at: number, next: () => string) => {
      for (const candidate of list ?? []) {
        if (candidate.nextInitial !== null && candidate.nextInitial !== next()) continue;
        candidate.pattern.lastIndex = at;
        const match = candidate.pattern.exec(text);
        if (!match || !candidate.exact.every((exact) => exact.test(match[0]))) continue;
        found.push({
          entry: candidate.entry,
          start: at,
          end: at + match[0].length,
          text: match[0],
          order: candidate.order,
        });
      }
    };
    // Each run of letters and digits starts a word; the run is the word's leading letters.
    for (const run of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const at = run.index;
      const leading = run[0];
      let initial: string | undefined;
      // The first letter of the next word, past the spaces or dashes a phrase allows between words.
      const next = () => {
        if (initial === undefined) {
          const end = at + leading.length;
          BETWEEN_WORDS.lastIndex = end;
          const point = text.codePointAt(end + BETWEEN_WORDS.exec(text)![0].length);
          initial = point === undefined ? '' : fold(String.fromCodePoint(point)).charAt(0);
        }
        return initial;
      };
      tryAll(this.byWord.get(fold(leading)), at, next);
      if (leading.length >= KEY_LENGTH && this.byPrefix.size > 0)
        tryAll(this.byPrefix.get(keyOf(leading)), at, next);
      tryAll(this.everywhere, at, next);
    }
    return found;
  }
}

function push<Value>(map: Map<string, Value[]>, key: string, value: Value): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A phrase in lemmas ("peace talks" → "peace talk") and, for each of its words, the parts of
 * speech it may take; null for a phrase matched as written only. A phrase is tagged twice,
 * on its own and after "to", because on its own a first word reads as a noun ("end the war",
 * "call Zelensky") that a text often uses as a verb ("ending the war").
 */
function lemmaPhrase(
  phrase: string,
  lemmatise: (text: string) => LemmaText,
): { lemmas: string; tags: readonly ReadonlySet<string>[] } | null {
  if (!phrase.includes(' ') || phrase.includes('*') || phrase.split(' ').some(isAcronym)) return null;
  const alone = lemmatise(phrase);
  const framed = lemmatise(`to ${phrase}`);
  const aloneTags = alone.toSource(0, alone.text.length)?.tags;
  const framedTags = framed.toSource(framed.text.indexOf(' ') + 1, framed.text.length)?.tags;
  if (!aloneTags) return null;
  return {
    lemmas: alone.text,
    tags: aloneTags.map((tag, index) => {
      const other = framedTags?.length === aloneTags.length ? framedTags[index]! : tag;
      return new Set([verbal(tag), verbal(other)]);
    }),
  };
}

// Auxiliaries and verbs are one part of speech here: "has" is either.
const verbal = (tag: string) => (tag === 'AUX' ? 'VERB' : tag);
const sameTags = (tags: readonly string[], allowed: readonly ReadonlySet<string>[]) =>
  tags.length === allowed.length && tags.every((tag, index) => allowed[index]!.has(verbal(tag)));

/**
 * Compiles phrases (each with the value to report when it matches) into one matcher; with
 * `lemmatise`, the phrases' lemmas too, for texts given with their lemmas.
 */
export function createPhraseMatcher<Entry>(
  phrases: readonly { phrase: string; entry: Entry }[],
  lemmatise?: (text: string) => LemmaText,
): PhraseMatcher<Entry> {
  const surface = new PhraseIndex<Entry>();
  const lemma = new PhraseIndex<Entry>();
  // The parts of speech of each phrase's words, by its order.
  const phraseTags = new Map<number, readonly ReadonlySet<string>[]>();
  phrases.forEach(({ phrase, entry }, order) => {
    surface.add(phrase, compilePhrase(phrase, entry, order));
    const inLemmas = lemmatise && lemmaPhrase(phrase, lemmatise);
    if (!inLemmas) return;
    lemma.add(inLemmas.lemmas, compilePhrase(inLemmas.lemmas, entry, order));
    phraseTags.set(order, inLemmas.tags);
  });
  return {
    findAll(text, lemmas) {
      const found: Listed<Entry>[] = [];
      const seen = new Set<string>();
      const keep = (item: Listed<Entry>) => {
        const key = `${item.order}:${item.start}:${item.end}`;
        if (seen.has(key)) return;
        seen.add(key);
        found.push(item);
      };
      for (const item of surface.scan(text)) keep(item);
      if (lemmas) {
        // Phrases with acronyms have no lemma form: only the words' parts of speech are left to check.
        for (const item of lemma.scan(lemmas.text)) {
          const span = lemmas.toSource(item.start, item.end);
          if (!span || !sameTags(span.tags, phraseTags.get(item.order)!)) continue;
          keep({ ...item, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
        }
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
