/**
 * The order of the search page's results, so that each explains itself. Pagefind 1.6 stems
 * the words of a search, completes them ("Zelensk" finds "Zelensky"), and, for a word that
 * no indexed word starts with, falls back to the longest indexed word the search word
 * starts with: "Biden" found "bid" (Al Jazeera's "bid each other farewell"), and in the
 * bundle of quotes, which has no "weapons", "weapons" found "we" and ranked four quotes
 * above the two articles about weapons. Its ranking options do not remove such matches
 * (termSimilarity 10 still ranked the "we" quotes first: a quote is short and its title
 * is its words), but its quoted-phrase search matches whole words only, after stemming.
 * So a search with words asks Pagefind for the words as typed, for them as a phrase, and
 * for each word alone as a phrase, and lists, each in Pagefind's order:
 * 1. results with the phrase,
 * 2. then results with every word whole (in any order),
 * 3. then results whose every word matched a longer word ("Zelensk"), checked against
 *    the words Pagefind marked in the result; a result where some word matched only a
 *    shorter, different word ("bid" for "Biden") is left out.
 * No runtime imports: the search worker and the tests use it.
 */

/** The words of a search, as typed, without the punctuation around each: `Xi's "peace plan"` → Xi's, peace, plan. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

/**
 * A word as compared here: lower case, letters and digits only, without accents ("Xi's" →
 * "xis", "País" → "pais"): Pagefind finds "País" for "Pais" (its exactDiacritics is off).
 */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The searches a query needs besides itself: the phrase, then each word alone (when there are several). None when the reader wrote a phrase. */
export function phraseSearches(query: string): { phrase: string; words: string[] } | null {
  const words = queryWords(query);
  if (words.length === 0 || query.includes('"')) return null;
  return { phrase: `"${words.join(' ')}"`, words: words.length > 1 ? words.map((word) => `"${word}"`) : [] };
}

// Pagefind's own word separator (pagefind.js `word_separators`): its locations count words split so.
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** The words of `content` at Pagefind's word `locations`, normalised. */
export function wordsAt(content: string, locations: readonly number[]): string[] {
  const words = content.split(WORD_SEPARATORS);
  return locations.map((location) => normaliseWord(words[location] ?? ''));
}

/**
 * Whether every word of the search matched, in `matched` (the words Pagefind marked),
 * itself or a longer word that starts with it: true for "Zelensk" in "Zelensky's", false
 * for "Biden" when only "bid" matched. A word of parts ("warm-up", "U.S.") holds whole
 * ("us" in "U.S.") or when each part does ("warm" and "up", which Pagefind also indexes).
 */
export function everyWordExtended(query: string, matched: readonly string[]): boolean {
  const extended = (word: string) => word === '' || matched.some((candidate) => candidate.startsWith(word));
  return queryWords(query).every(
    (word) =>
      extended(normaliseWord(word)) ||
      word
        .split(/[^\p{L}\p{N}'’]+/u)
        .map(normaliseWord)
        .every(extended),
  );
}

/** The tier of a result: 0 with the phrase, 1 with every word whole, 2 otherwise. */
export type MatchTier = 0 | 1 | 2;

/**
 * Orders results by tier, keeping Pagefind's order within each: `ranked` is Pagefind's
 * answer to the words as typed, `phrase` and `eachWord` its answers to the phrase and to
 * each word alone (empty for a single word: the phrase is the word). A result the phrase
 * search found that the plain one did not comes last of its tier.
 */
export function orderByTier<T extends { id: string }>(
  ranked: readonly T[],
  phrase: readonly T[],
  eachWord: readonly (readonly T[])[],
): { result: T; tier: MatchTier }[] {
  const phraseIds = new Set(phrase.map((result) => result.id));
  const wholeIds =
    eachWord.length === 0
      ? phraseIds
      : eachWord
          .map((results) => new Set(results.map((result) => result.id)))
          .reduce((all, next) => new Set([...all].filter((id) => next.has(id))));
  const seen = new Set(ranked.map((result) => result.id));
  const union = [...ranked, ...phrase.filter((result) => !seen.has(result.id))];
  const tierOf = (id: string): MatchTier => (phraseIds.has(id) ? 0 : wholeIds.has(id) ? 1 : 2);
  return union.map((result) => ({ result, tier: tierOf(result.id) })).sort((a, b) => a.tier - b.tier);
}
