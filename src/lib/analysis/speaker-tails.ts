/**
 * The speech verb right after a quote and the speaker it names: “…,” Xi told Putin / “…,”
 * said Liana Fix, a fellow at … / “…,” he said on Tuesday. Read by the speaker rules.
 */
import type { QuoteSpan } from './quote-spans.ts';
import { offsetMatch, type Tail } from './speaker-site.ts';
import {} from './speakers.ts';
import { FINITE_SAYING_VERBS, SAYING_VERBS } from './speech-verbs.ts';

// An appositive between subject and verb may hold a quote of its own, blanked out here
// ("Bill Eastland, wearing “Ted Cruz” pins, said"), or commas of its own ("Harry Bond, 30,
// of Raleigh, N.C., said").
const SUBJECT_THEN_VERB = new RegExp(
  `^\\s*[,.?!…]?\\s*([^,;“”"]{1,80}?(?:(?:,(?:[^,;“”"]|[“"]\\s*[”"]){1,160}){1,4},|,\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)?)\\s+(${[...SAYING_VERBS].join('|')})\\b`,
  'u',
);

// "“…,” as Cruz said on Monday, only magnifies …", "“…,” as a memo put it.": an aside that
// attributes, whatever follows.
const AS_SUBJECT_SAID = new RegExp(
  `^\\s*,?\\s*as\\s+([^,;“”"]{1,60}?)\\s+(${FINITE_SAYING_VERBS}|puts? it)\\b`,
  'u',
);

// The subject after the verb runs to a comma or a full stop, but the stop of a title or an
// initial followed by a capital ("said Rep. Dina Titus", "said James B. Comey") is inside it.
// A participle never inverts ("…,” adding that Trump “…” is no "said Trump").
const VERB_THEN_SUBJECT = new RegExp(
  `^\\s*[,.?!…]?\\s*(?:${FINITE_SAYING_VERBS})\\s+((?:[^,;.“”"]|\\.(?=\\s+\\p{Lu})|\\.(?=\\p{Lu}\\.)){2,80})`,
  'u',
);

// Auxiliaries and adverbs between a subject and its verb of saying: not a part of the subject.
export const AUXILIARIES =
  /(?:\s+(?:has|have|had|is|was|were|would|will|also|then|once|again|just|now|first|often|never|quoted|as|\p{Ll}+ly|later|earlier|\p{Ll}+ed\s+to))+\s*$/u;

// Who was told may come first: "…,” Mayorkas told reporters." / "… told CNN on Friday."
const SHORT_TAIL =
  /^\s*(?:(?:reporters|journalists|supporters|the crowd|him|her|them|us|me|\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})(?=[\s.,!?]|$))?\s*(?:(?:on|in|at|during|after|before|last|this|earlier|later|late|to|via|when|from|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b[^.“”"]{0,50})?[.!?]?\s*$/u;

// An appositive ("a pollster", "executive director of the ACLU in Ohio") runs to the end.
// A name in apposition ends it too: "…, said the bureau's director, James B. Comey, on Monday."
const TAIL_GOES_ON =
  /^,\s*(?:(?:a|an|the|who|whose|one|now|then|\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:of|at|for|with|to|in))\s[^“”"]*$|(?:adding|noting|saying|citing|explaining|arguing|pointing|according)\b|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+\s*(?:,\s*(?:on|in|at|last|this)\b[^“”",]{0,30})?[.!?]?\s*$)/u;

/**
 * The speech verb right after a quote that opens the sentence (or follows a colon or
 * another quote): “…,” Xi told Putin / “…,” said Liana Fix, a fellow at …
 */
export function findTail(quote: QuoteSpan, before: string, after: string): Tail | null {
  if (quote.closeMark === null && quote.cut !== 'unopened') return null;
  const opensSentence = before.trim() === '' || /:\s*$/.test(before) || /[”"»][,\s]*$/.test(before);
  const subjectFirst = SUBJECT_THEN_VERB.exec(after);
  // "“…” about the decision, said X": the inversion may come after a short phrase.
  const delayed = /^[^,;.“”"]{1,40},(?=\s*(?:said|says)\b)/u.exec(after);
  const verbFirst =
    VERB_THEN_SUBJECT.exec(after) ??
    (delayed ? offsetMatch(VERB_THEN_SUBJECT.exec(after.slice(delayed[0].length)), delayed[0].length) : null);
  // Mid-sentence, "…the war was “a tragedy,” Kirby said that …" is someone's report of
  // another's words: only a short tail ("Xi said.", "Xi said on Tuesday.") attributes.
  const shortTail = (match: RegExpExecArray) => shortTailAfter(after.slice(match.index + match[0].length));
  // "Despite his “brash personality,” Quill wrote, Lazar is …": an attribution set off by
  // commas inside the sentence.
  // (Not a quote a verb before it governs: "someone shouted, “Cruz,” Beck joked, “…”".)
  const setOff = (match: RegExpExecArray) =>
    !/\p{Ll}+\s*[,:]\s*$/u.test(before) &&
    /^\s*,(?!\s*(?:that|adding|saying)\b)/u.test(after.slice(match.index + match[0].length)) &&
    (/^\s*,/u.test(after) || /,\s*$/u.test(quote.text));
  if (subjectFirst && (opensSentence || shortTail(subjectFirst) || setOff(subjectFirst)))
    return { order: 'subject-first', match: subjectFirst };
  const asAside = quote.closeMark !== null ? AS_SUBJECT_SAID.exec(after) : null;
  if (asAside) return { order: 'subject-first', match: asAside };
  // "“…,” said X" inverts only to attribute: right after the closing mark it does so anywhere.
  const rightAfter =
    verbFirst !== null && quote.closeMark !== null && /^[\s,]*$/.test(after.slice(0, verbFirst.index));
  if (verbFirst && (opensSentence || rightAfter || shortTail(verbFirst)))
    return { order: 'verb-first', match: verbFirst };
  return null;
}

/**
 * Whether what follows an attribution ends the sentence soon: "Xi said.", "Xi said on
 * Tuesday.", or a short phrase that goes on with an appositive ("…, said Jones, a professor
 * at Yale.") or a participle of the same subject ("…, Hollande said, noting …").
 */
export function shortTailAfter(rest: string): boolean {
  const tail = /^[^,.“”"]*/u.exec(rest)![0];
  return SHORT_TAIL.test(rest) || (SHORT_TAIL.test(tail) && TAIL_GOES_ON.test(rest.slice(tail.length)));
}
