/**
 * Omissions: a sentence that says a key fact was left out of the talks ("Taiwan was not
 * discussed") reports its absence, not the fact. The framing analysis keeps such facts apart
 * (`absentFacts`), and does not count a reference back inside such a clause.
 */

// A sentence that says a fact was left out of the talks reports its absence, not the fact:
// "Taiwan was not discussed", "did not raise weapons", "no mention of the warrant",
// "silent on Taiwan", "avoided the warrant". A denial is still a report: "Russia does not
// recognise the court" is about the warrant. On the 39 training sets, "nor did the
// declaration contain any reference to", "never repeats the 'no limits' formula", "never once
// used the phrase", "did not appear in either of the documents" and "no call for a ceasefire"
// were 10 of the lexicon's 214 wrong facts; counting them as omissions lost no right one
// ("no sign", "no agreement", "said nothing about" and "stopped short of" lost more than
// they gained, and a bare "avoid" is "to avoid sanctions").
const LEFT_OUT = new RegExp(
  [
    String.raw`(?:\bnot(?!\s+only\b)|\bnever|\bnor|n[’']t)\s+(?:\p{L}+\s+){0,3}?(?:discuss|mention|rais|address|touch|brought up|bring up|come up|came up|on the agenda|talk(?:ed)? about|contain|includ|repeat|appear|feature|us(?:e|ed|es|ing) the (?:phrase|words?|term|formula|language))`,
    String.raw`\b(?:no|without(?: any)?|nor any)\s+(?:\p{L}+\s+){0,2}?(?:mention|reference|word|discussion|call)s?\b`,
    String.raw`\bsilent (?:on|about)\b`,
    String.raw`\b(?:avoid(?:ed|s)|sidestepped|skirted|steered clear of|omitted|left out)\b`,
    // The words of "neither text" are its subject, not part of the omission.
    String.raw`(?<=\bneither\s+(?:\p{L}+\s+){0,2}?)(?:mention|refer|rais|address|discuss)`,
  ].join('|'),
  'iu',
);
// Where the clause around a fact's phrase starts and ends.
const FACT_CLAUSE_EDGE =
  /[.;:!?]|,\s+(?:but|while|and|although|though|yet)\b|\s(?:but|while|although|though|whereas)\s/giu;

// Between a phrase and the words of omission after it: a passive ("Taiwan was not
// discussed") or a verb without object ("Taiwan did not come up") leaves the phrase out.
const PASSIVE = /\b(?:was|were|is|are|been|being|be)\b/iu;
const WITHOUT_OBJECT = /\b(?:come|came|coming) up\b|\bon the agenda\b|\bappear/iu;

/**
 * Whether the clause around a phrase says it was left out: "Taiwan was not discussed", "did
 * not raise Taiwan", "no mention of Taiwan". The subject of an active omission is not left
 * out: in "the joint statement made no mention of weapons" and "neither document mentioned
 * the pledge" the statement and the documents are reported, the weapons and the pledge are
 * not.
 */
export function isLeftOut(text: string, start: number, end: number): boolean {
  const breaks = [...text.matchAll(FACT_CLAUSE_EDGE)];
  const from = Math.max(0, ...breaks.filter((at) => at.index < start).map((at) => at.index + at[0].length));
  const to = Math.min(text.length, ...breaks.filter((at) => at.index >= end).map((at) => at.index));
  const omission = LEFT_OUT.exec(text.slice(from, to));
  if (!omission) return false;
  const omissionStart = from + omission.index;
  // "The word does not appear in the documents": what follows a verb without object is where
  // the fact is missing from, and is reported.
  if (end > omissionStart) return !WITHOUT_OBJECT.test(omission[0]) || start < omissionStart;
  return PASSIVE.test(text.slice(end, omissionStart)) || WITHOUT_OBJECT.test(omission[0]);
}
