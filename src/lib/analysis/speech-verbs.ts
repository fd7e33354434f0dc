/**
 * The verbs that attribute words to a speaker: verbs of saying ("said", "told", "tweeted")
 * and verbs that attribute without saying ("called", "praised … as"), with the plural nouns
 * among them told apart by their neighbours and, past them, by their part of speech.
 */

import { tagWords, type TaggedWord } from './word-tags.ts';

/** A set of the words of a whitespace-separated list. */
export const wordSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs whose past and -ing forms are not the regular ones. */
const IRREGULAR: Record<string, readonly string[]> = {
  say: ['said'],
  tell: ['told'],
  write: ['wrote'],
  speak: ['spoke'],
  sing: ['sang', 'sung'],
};
/** Verbs that double their last consonant before -ed and -ing ("admitted", "quipping"). */
const DOUBLING = wordSet('admit beg brag concur dub quip refer slam snap rebut regret');

/**
 * A verb's -s, -ed and -ing forms (US and British spellings are listed as two verbs). The
 * base form is left out: most of these verbs are nouns too ("a note", "the report").
 */
export function verbForms(verb: string): string[] {
  const third = /(?:s|x|z|ch|sh|o)$/u.test(verb)
    ? `${verb}es`
    : /[^aeiou]y$/u.test(verb)
      ? `${verb.slice(0, -1)}ies`
      : `${verb}s`;
  const stem = DOUBLING.has(verb) ? verb + verb.at(-1)! : verb;
  const ing = /ie$/u.test(verb)
    ? `${verb.slice(0, -2)}ying`
    : /[^e]e$/u.test(verb)
      ? `${verb.slice(0, -1)}ing`
      : `${stem}ing`;
  const past = IRREGULAR[verb] ?? [
    /e$/u.test(verb) ? `${verb}d` : /[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}ied` : `${stem}ed`,
  ];
  return [third, ...past, ing];
}

/** Every form of every verb in a whitespace-separated list of base forms, but the `except` ones. */
const formsOf = (verbs: string, except: Set<string>): string[] =>
  [...wordSet(verbs)].flatMap(verbForms).filter((form) => !except.has(form));

/**
 * Verbs of saying: their subject is the speaker ("X said the statement showed …"). Each
 * verb in its -s, -ed and -ing forms; the base form only for say and tell, since most are
 * nouns too ("a note", "the report"). Among them are the cues PolNeAR's annotators marked
 * at least three times in its train split ("assured", "interjected", "pressed", …).
 */
export const SAYING_VERBS = new Set([
  'say',
  'tell',
  // "He went on: “…”", "as Trump went on about “…”": to go on is to keep talking.
  ...['goes', 'went', 'going', 'gone'].map((form) => `${form} on`),
  ...formsOf(
    `acknowledge add admit allege announce answer argue ask assert assure boast brag caution chant
    claim complain concede conclude concur confirm contend continue counter declare demand deny echo
    elaborate email exclaim explain fume grumble gush insist interject joke lament marvel muse note
    observe opine post predict press proclaim quip recall recount reiterate remark repeat reply
    report respond retort say scoff shout snap state stress tell testify text tweet urge vent warn
    wonder write yell
    bark bemoan beg gripe growl hiss holler mutter plead rant roar scream sigh snarl sneer taunt tease
    thunder whisper sing`,
    // More often a noun or an adjective: "a continuing investigation", "reporting by", "a
    // posting", "pressing issues", "a demanding job"; and "the spate of protests demands
    // that …" requires, it does not say (dev: 2 names lost with it).
    wordSet('continuing posting pressing presses reporting demands demanding'),
  ),
]);

/**
 * Verbs that attribute words without saying them ("called for", "praised … as", "showed"),
 * with the cues PolNeAR's annotators marked on train ("referred to … as", "cited",
 * "denounced").
 */
const ATTRIBUTING_VERBS = new Set([
  ...formsOf(
    `pledge promise vow call describe praise hail greet welcome dismiss accuse suggest emphasize
    emphasise underline show focus label brand dub thank blast slam criticize criticise mock tout
    refer cite quote blame portray imply indicate express propose question credit assail
    denounce condemn reject decry mention characterize`,
    // Their subject is seldom the speaker: "praised Cruz for showing “the courage …”",
    // "scolded Romney for suggesting …" (train: 3 wrong names with them).
    wordSet('showing suggesting'),
  ),
  'labelled',
  'labelling',
]);

/** Whether a lowercase word is a verb of saying or attributing. */
export const isSpeechVerb = (word: string): boolean => SAYING_VERBS.has(word) || ATTRIBUTING_VERBS.has(word);

/** Any verb of saying or attributing, as a whole word (global: for matchAll). */
const SPEECH_VERB = new RegExp(`\\b(?:${[...SAYING_VERBS, ...ATTRIBUTING_VERBS].join('|')})\\b`, 'gu');

// Verbs that are also plural nouns: "that states can pass such laws", "the reports".
const ALSO_NOUNS = wordSet(
  `states reports notes claims answers replies tweets posts remarks calls thanks shows emails texts
  jokes chants shouts counters echoes laments boasts pledges promises vows praises labels brands
  blasts quotes questions credits mentions`,
);
// A possessive too: "Clinton's remarks", "the candidates' claims".
const NOUN_BEFORE =
  /(?:\p{L}['’]s|\p{L}s['’]|\b(?:the|a|these|those|some|many|all|other|in|of|for|and|or|both|several|most|key|which|that|such|few|whose|their|his|her|its|our|your|new|recent|early)|\d)\s+$/u;
const NOUN_AFTER =
  /^\s+(?:can|could|will|would|should|may|might|must|have|are|were|do|did|that\s+(?:\p{Ll}+ed|are|were|have))\b/u;

/**
 * The verbs of saying or attributing in a text, in order, without a word that reads as a
 * noun where it stands ("Cruz said … that states can pass such laws": "said" only).
 */
export function speechVerbsIn(text: string): RegExpExecArray[] {
  let tags: TaggedWord[] | undefined;
  // Past its neighbours, the tagger tells: "a flurry of late-night tweets targeting …".
  const taggedNoun = (match: RegExpExecArray) =>
    (tags ??= tagWords(text)).some((word) => word.start === match.index && word.pos === 'NOUN');
  return [...text.matchAll(SPEECH_VERB)].filter(
    (match) =>
      !ALSO_NOUNS.has(match[0]) ||
      !(
        NOUN_BEFORE.test(text.slice(0, match.index)) ||
        NOUN_AFTER.test(text.slice(match.index + match[0].length)) ||
        taggedNoun(match)
      ),
  );
}
/**
 * The verbs of saying but their -ing forms, as a regular-expression alternation: the forms
 * that can have a subject of their own ("said", "tells", "went on"; a participle never
 * inverts: "…,” adding that Trump “…”" is no "said Trump").
 */
export const FINITE_SAYING_VERBS = [...SAYING_VERBS].filter((verb) => !verb.endsWith('ing')).join('|');

/** A verb of saying that opens the text. */
export const SAYING_VERB_AT_START = new RegExp(`^(?:${[...SAYING_VERBS].join('|')})\\b`, 'u');
