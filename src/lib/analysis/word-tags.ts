/**
 * Parts of speech of a sentence's words, from wink-nlp's English model (Universal
 * Dependencies tags: VERB, AUX, PROPN, NOUN, PRON, ADP, SCONJ, …). The speaker ranker reads
 * them to tell a name that is a verb's subject ("Trump landed") from one inside a name
 * ("Trump University") or after a verb ("accused Trump"). A tagger of the field, not a
 * hand list: about 0.1 ms a sentence, loaded once, on first use. The same model gives the
 * lemmas ("met" → "meet", "countries" → "country") the framing lexicons match beside the
 * words as written.
 */
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { LemmaText } from './lexicon.ts';

/** A word of a sentence with its offsets and part of speech. */
export interface TaggedWord {
  text: string;
  start: number;
  end: number;
  pos: string;
}

let tagger: ReturnType<typeof winkNLP> | null = null;

/** A token of the text where it stands, with its part of speech and its lemma. */
interface Located extends TaggedWord {
  lemma: string;
}

// Contractions wink-nlp's lexicon knows whole ("it's" → it + is): left as they are.
const CONTRACTIONS = new Set([
  'it',
  'he',
  'she',
  'that',
  'there',
  'what',
  'here',
  'who',
  'where',
  'how',
  'let',
]);

/**
 * The text with a space before each possessive 's ("Beijing 's proposals"). wink-nlp adds
 * every word it has not seen to its lexicon and tokenizes by that lexicon afterwards: once
 * "Beijing's" has stood before a colon, where it is kept whole, every later "Beijing's" stays
 * one token, and "Beijing's proposals" no longer lemmatises to "beijing 's proposal". Read in
 * two orders, 285 of 2,750 training sentences got other lemmas or tags; split, the tokens are
 * the same whatever was read before (the locations stay right: each token is found in the
 * text as it was).
 */
function splitPossessives(text: string): string {
  return text.replace(/(\p{L}+)(['’][sS])(?![\p{L}\p{N}])/gu, (whole, word: string, clitic: string) =>
    CONTRACTIONS.has(word.toLowerCase()) ? whole : `${word} ${clitic}`,
  );
}

/**
 * The tokens of a text located in it, each with its tag and, when asked for, its lemma
 * (otherwise its own form); offsets are into the text.
 */
function locate(text: string, withLemmas: boolean): Located[] {
  // Sentence boundaries and parts of speech only: no entities, negation or sentiment.
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  const tokens = tagger.readDoc(splitPossessives(text)).tokens();
  const words: string[] = tokens.out();
  // wink-nlp's `its` helpers are meant to be passed by reference; they do not use `this`.
  /* eslint-disable @typescript-eslint/unbound-method */
  const tags: string[] = tokens.out(tagger.its.pos);
  // wink-nlp 2.4.0 types `its.lemma` with the raw-data signature of its model, not as the
  // token helper it is at run time (it gives "meet" for "met").
  const lemmas: string[] = withLemmas ? tokens.out(tagger.its.lemma as unknown as ItsFunction<string>) : [];
  /* eslint-enable @typescript-eslint/unbound-method */
  const located: Located[] = [];
  let at = 0;
  words.forEach((word, index) => {
    // The tagger splits and keeps words in order ("ca" + "n’t"): find each after the last.
    const start = text.indexOf(word, at);
    if (start === -1) return;
    at = start + word.length;
    // A token the model gives no lemma keeps its own form.
    located.push({ text: word, start, end: at, pos: tags[index]!, lemma: lemmas[index] || word });
  });
  return located;
}

/** The words of a text with their parts of speech, in order; offsets are into the text. */
export function tagWords(text: string): TaggedWord[] {
  // The speaker rules tag many sentences and read no lemmas: they are not computed here.
  return locate(text, false).map(({ lemma: _lemma, ...word }) => word);
}

/**
 * A text with every word replaced by its lemma ("The leaders met" → "the leader meet"),
 * words joined as in the text, with a space wherever the text had a gap; and the way back
 * from a span of it to the words of the text, with their parts of speech.
 */
export function lemmaView(text: string): LemmaText {
  const tokens = locate(text, true);
  let lemmas = '';
  const starts: number[] = [];
  const ends: number[] = [];
  tokens.forEach((token, index) => {
    if (index > 0 && token.start > tokens[index - 1]!.end) lemmas += ' ';
    starts.push(lemmas.length);
    lemmas += token.lemma;
    ends.push(lemmas.length);
  });
  return {
    text: lemmas,
    words: tokens.map(({ lemma, pos, start, end }) => ({ lemma, pos, start, end })),
    toSource(start, end) {
      const first = starts.indexOf(start);
      const last = ends.indexOf(end);
      if (first === -1 || last === -1 || last < first) return null;
      const words = tokens.slice(first, last + 1);
      return { start: words[0]!.start, end: words.at(-1)!.end, tags: words.map((word) => word.pos) };
    },
  };
}
