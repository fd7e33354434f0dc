/**
 * Lexicon phrases: plain words a maintainer can write without knowing regular expressions.
 *
 * - whole words, ignoring case, except words written in capitals (US, ICC, UN), which
 *   match only in capitals so "US" never matches "us";
 * - a space (or a hyphen) between words matches spaces, a hyphen or a dash: "no limits"
 *   matches "no-limits";
 * - a trailing `*` matches any ending of a word: `sanction*` matches "sanctioned";
 * - straight and curly apostrophes are the same, and so are Latin letters with and without
 *   their marks ("tete a tete" matches "tête-à-tête"; phrase-index.ts `withoutMarks`).
 *
 * The phrases of all lexicons are compiled into one index (phrase-index.ts), so a text is
 * scanned once however many phrases and lexicons there are. Given a lemmatiser, it also matches the lemmas of phrases
 * of several words in the text's lemmas, so "peace talks" finds "peace talk" and "meet
 * Zelensky" finds "met Zelensky" without the lexicon listing every form; each word found so
 * must be a part of speech the phrase's word can take ("the plan", a noun, does not find
 * "the Planned" of a name, nor "one side" "one-sided"). A phrase of one word, with a `*` or
 * with an acronym is matched as written only: on PolNeAR's train split (30,822 sentences of
 * US politics, off this story) lemmas of every phrase added 316 theme tags to 2,414, nearly
 * all wrong ("crime" for "crimes", "fought for the bill" for "fighting"); lemmas of phrases
 * of several words add 24 to 2,393.
 */

import { compilePhrase, isAcronym, PhraseIndex, type Listed } from './phrase-index.ts';

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

/** Finds the phrases of a lexicon in texts. */
export interface PhraseMatcher<Entry> {
  /**
   * Every occurrence of every phrase, by start offset, longest first; overlaps are kept.
   * With the text's lemmas, occurrences of the phrases' lemmas count too.
   */
  findAll(text: string, lemmas?: LemmaText): Found<Entry>[];
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

/** Lexicons compiled into one index, each read through its own matcher. */
export interface PhraseSet {
  /**
   * Adds a lexicon (each phrase with the value to report when it matches); with `lemmas`,
   * its phrases' lemmas are matched too, in texts given with their lemmas.
   */
  add<Entry>(
    phrases: readonly { phrase: string; entry: Entry }[],
    options?: { lemmas?: boolean },
  ): PhraseMatcher<Entry>;
}

/**
 * An empty set of lexicons, found in a text in one pass however many there are; with
 * `lemmatise`, lexicons added with `lemmas` are found in the texts' lemmas too.
 */
export function createPhraseSet(lemmatise?: (text: string) => LemmaText): PhraseSet {
  const surface = new PhraseIndex();
  const lemma = new PhraseIndex();
  // The parts of speech of each lemma phrase's words, by lexicon and place in it.
  const phraseTags: (readonly ReadonlySet<string>[])[][] = [];
  return {
    add<Entry>(phrases: readonly { phrase: string; entry: Entry }[], options: { lemmas?: boolean } = {}) {
      const group = phraseTags.length;
      const tags: (readonly ReadonlySet<string>[])[] = [];
      phraseTags.push(tags);
      phrases.forEach(({ phrase, entry }, order) => {
        surface.add(compilePhrase(phrase, entry, group, order));
        const inLemmas = options.lemmas && lemmatise && lemmaPhrase(phrase, lemmatise);
        if (!inLemmas) return;
        lemma.add(compilePhrase(inLemmas.lemmas, entry, group, order));
        tags[order] = inLemmas.tags;
      });
      return {
        findAll(text, lemmas) {
          const found: Listed<unknown>[] = [];
          const seen = new Set<string>();
          const keep = (item: Listed<unknown>) => {
            const key = `${item.order}:${item.start}:${item.end}`;
            if (seen.has(key)) return;
            seen.add(key);
            found.push(item);
          };
          for (const item of surface.scan(text)) if (item.group === group) keep(item);
          if (lemmas && tags.length > 0) {
            // Phrases with acronyms have no lemma form: only the words' parts of speech are left to check.
            for (const item of lemma.scan(lemmas.text)) {
              if (item.group !== group) continue;
              const span = lemmas.toSource(item.start, item.end);
              if (!span || !sameTags(span.tags, tags[item.order]!)) continue;
              keep({ ...item, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
            }
          }
          // Each phrase's entry is the one it was added with.
          return found
            .sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order)
            .map(({ entry, start, end, text: matched }) => ({
              entry: entry as Entry,
              start,
              end,
              text: matched,
            }));
        },
      };
    },
  };
}

/**
 * Compiles phrases (each with the value to report when it matches) into one matcher; with
 * `lemmatise`, the phrases' lemmas too, for texts given with their lemmas.
 */
export function createPhraseMatcher<Entry>(
  phrases: readonly { phrase: string; entry: Entry }[],
  lemmatise?: (text: string) => LemmaText,
): PhraseMatcher<Entry> {
  return createPhraseSet(lemmatise).add(phrases, { lemmas: lemmatise !== undefined });
}

/** Words in a text: runs of letters and digits, apostrophes and hyphens inside words kept. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
