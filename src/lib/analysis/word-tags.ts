/**
 * Parts of speech of a sentence's words, from wink-nlp's English model (Universal
 * Dependencies tags: VERB, AUX, PROPN, NOUN, PRON, ADP, SCONJ, …). The speaker ranker reads
 * them to tell a name that is a verb's subject ("Trump landed") from one inside a name
 * ("Trump University") or after a verb ("accused Trump"). A tagger of the field, not a
 * hand list: about 0.1 ms a sentence, loaded once, on first use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A word of a sentence with its offsets and part of speech. */
export interface TaggedWord {
  text: string;
  start: number;
  end: number;
  pos: string;
}

let tagger: ReturnType<typeof winkNLP> | null = null;

/** The words of a text with their parts of speech, in order; offsets are into the text. */
export function tagWords(text: string): TaggedWord[] {
  // Sentence boundaries and parts of speech only: no entities, negation or sentiment.
  tagger ??= winkNLP(model, ['sbd', 'pos']);
  const doc = tagger.readDoc(text);
  const words: string[] = doc.tokens().out();
  // wink-nlp's `its` helpers are meant to be passed by reference; they do not use `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const tags: string[] = doc.tokens().out(tagger.its.pos);
  const tagged: TaggedWord[] = [];
  let at = 0;
  words.forEach((word, index) => {
    // The tagger splits and keeps words in order ("ca" + "n’t"): find each after the last.
    const start = text.indexOf(word, at);
    if (start === -1) return;
    at = start + word.length;
    tagged.push({ text: word, start, end: at, pos: tags[index]! });
  });
  return tagged;
}
