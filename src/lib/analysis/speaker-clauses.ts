/**
 * The subject of a speech verb before a quote, in the quote's own clause: "Xi said …",
 * "Sen. Jane Roe, who …, told …", "… and later said …", past a leading subordinate clause.
 * Read by the speaker rules.
 */
import {
  attributeTo,
  attributeToPronoun,
  type ClauseSubject,
  type QuoteAttribution,
  type QuoteSite,
} from './speaker-site.ts';
import { isStateName } from './speaker-organisations.ts';
import { speakerInPhrase, subjectPhrase, type AttributionContext } from './speakers.ts';
import { SAYING_VERBS, SAYING_VERB_AT_START, speechVerbsIn } from './speech-verbs.ts';
import { tagWords } from './word-tags.ts';

// A new clause with its own subject: "…, while Xi called …", "; ", "(a word Kuleba called …".
// A parenthesis closed before the quote ("Elijah Cummings (D-Md.) said") is not one.
export const CLAUSE_BREAK =
  /(?:\bwhile\b|\bwhereas\b|\bbut\s+(?=\p{Lu}|he\b|she\b|they\b)|;|\((?![^()]*\)))[^;(]*$/u;

const PASSIVE_AGENT =
  /\b(?:described|called|dismissed|branded|labell?ed|hailed|praised|criticis[ez]d) by ([^,;“”"]{2,60}?) as\s*$/u;

// The subject that opens a clause, after an opening phrase at most: "Sanders has …",
// "On Monday, Sen. Jane Roe told …".
// A longer phrase may open the clause when a preposition or conjunction opens it: "On
// Thursday, after remaining neutral throughout the primary, Warren endorsed …".
export const CLAUSE_SUBJECT =
  /^\s*(?:[^,]{0,40},\s*)?(?:(?:[Aa]fter|[Aa]mid|[Aa]s|[Aa]t|[Bb]efore|[Dd]espite|[Dd]uring|[Ff]ollowing|[Ii]n|[Oo]n|[Ss]ince|[Aa]?[Tt]hough|[Ww]hen|[Ww]hile|[Ww]ith)\b[^,“”"]{0,100},\s*)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;

const LEADING_SUBORDINATE =
  /^\s*(?:when|after|before|if|although|though|since|once|until|because)\b[^,“”"]{3,160},\s*/iu;

// A new subject just before a verb: ", and Trump", "; Sen. Jane Roe".
const OWN_SUBJECT = /(?:,|;|\band)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;

const OPENING_NAME =
  /^\s*(?:[^,]{0,40},\s*)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s*(?:,|—|–|--|\()/u;

// The aside may be followed by a short time or place: "Trump, who …, on Friday described".
const CLOSED_ASIDE =
  /(?:,|—|–|--|\))\s*(?:(?:on|in|at|last|this|earlier)\s+[^,;“”"]{1,25}?\s+)?(?:(?:has|have|had|is|are|was|were|also|later|then|once|now|\p{Ll}+ly)\s+)*$/u;

/**
 * Where the main clause starts after a leading subordinate clause ("When Trump suggested
 * …, Rubio fired back: “…”"), or 0; not when the comma ends the words before the quote
 * ("When he returned he began by saying, “…”": the comma is the main clause's).
 */
export function mainClauseAt(before: string): number {
  const subordinate = LEADING_SUBORDINATE.exec(before);
  return subordinate && before.slice(subordinate[0].length).trim() !== '' ? subordinate[0].length : 0;
}

/** The subject of a speech verb before the quote, in the quote's own clause. */
export function findClauseSubject(site: QuoteSite): ClauseSubject {
  const { before } = site;
  // "When Trump suggested that …, Rubio fired back: “…”": a leading subordinate clause has
  // its own subject and verb; the quote belongs to the main clause after it.
  const clauseAt = CLAUSE_BREAK.exec(before)?.index ?? mainClauseAt(before);
  const inClause = findSubjectIn(before.slice(clauseAt), clauseAt, site);
  if (clauseAt === 0 || inClause.result) return inClause;
  const opening = /^\W*(while|whereas|but)?\s*/u.exec(before.slice(clauseAt))!;
  // "Xi said …, but warned that “…”": a clause with a verb and no subject has the sentence's.
  const sharesSubject =
    inClause.verb && SAYING_VERB_AT_START.test(before.slice(clauseAt + opening[0].length));
  // "Green said Iowa has “history,” while “Nevada is a newcomer”", "Comey said that while
  // Clinton had been “careless” …": a while-clause without a verb of saying that a quote
  // opens, or that opens the reported words, reports the sentence's speaker too. Any
  // while-clause without a verb was right 11 more times on train, but wrong 3 more on dev.
  const reported =
    !inClause.verb &&
    /^(?:while|whereas)$/u.test(opening[1] ?? '') &&
    (before.slice(clauseAt + opening[0].length).trim() === '' ||
      /\bthat\s*$/u.test(before.slice(0, clauseAt)));
  return sharesSubject || reported ? findSubjectIn(before.slice(0, clauseAt), 0, site) : inClause;
}

/** The subject of the last speech verb of a text that starts at `offset` in the sentence. */
function findSubjectIn(text: string, offset: number, site: QuoteSite): ClauseSubject {
  const passive = PASSIVE_AGENT.exec(text);
  if (passive) {
    const speaker = speakerInPhrase(passive[1]!, site.context);
    return { result: speaker ? attributeTo(speaker, 'speaker-before', 0.8, passive[0]) : null, verb: true };
  }
  const verbs = speechVerbsIn(text);
  // A verb of saying governs what follows it ("Korolev said the statement showed …"),
  // unless a later verb has a subject of its own ("Cruz said …, and Trump vowed to “…”").
  const saying = verbs.filter((match) => SAYING_VERBS.has(match[0])).at(-1);
  const last = verbs.at(-1);
  const ownSubject = last !== undefined && OWN_SUBJECT.test(text.slice(0, last.index));
  const verb = ownSubject ? last : (saying ?? last);
  if (!verb) return { result: null, verb: false };
  const head = text.slice(0, verb.index);
  // "Rubio was asked …", "he was told": the subject of a passive verb was spoken to.
  // ("Trump is saying" is not passive.)
  if (!/ing$/.test(verb[0]) && /\b(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(head)) {
    return { result: null, verb: true };
  }
  // "he said, and added:" / "Xi said …, but warned" / "Xi said …, adding that": a second
  // verb, or a participle after a comma, shares the first verb's subject.
  // "…, but went on to say", "… and later said": adverbs may stand between.
  const coordinated =
    /,?\s*\b(?:and|but)\s+(?:(?:also|then|later|now|again|went on to|goes on to|continued to|\p{Ll}+ly)\s+)*$/u.exec(
      head,
    ) ??
    (/ing$/.test(verb[0]) ? /(?:,|[”"]|\b(?:by|before|after)\b)\s*$/u.exec(head) : null) ??
    // "…,” Sanders said, going on to say that …": the participle's infinitive.
    /(?:,|[”"])\s*(?:going on|continuing|proceeding) to\s+$/u.exec(head);
  if (coordinated && coordinated.index > 0) {
    const clause = head.slice(0, coordinated.index);
    const first = findSubjectIn(clause, offset, site);
    if (first.verb) return first;
    // "Sanders has denounced them, saying …", "McConnell embraced him and said …": the
    // second verb's subject is its clause's.
    const subjectMatch = CLAUSE_SUBJECT.exec(clause);
    const subject = subjectMatch?.[1];
    // "He rails against … and pledges to …": a pronoun is resolved, never taken as a name.
    if (subjectMatch && subject && /^(?:He|She)$/u.test(subject)) {
      const sentenceBefore = site.masked.slice(0, offset + subjectMatch.index);
      return {
        result: attributeToPronoun(subject, site.context, sentenceBefore, 'speaker-before', text),
        verb: true,
      };
    }
    const opening = OPENING_NAME.exec(clause)?.[1];
    // Tagging is the slow step: only when the patterns name no one.
    const byTags = () => {
      const tagged = headBeforeFirstVerb(clause);
      return tagged ? (attributeToNamedSubject(clause, tagged, site.context)?.speaker ?? null) : null;
    };
    const speaker =
      (subject ? speakerInPhrase(subject, site.context) : null) ??
      (opening ? speakerInPhrase(opening, site.context) : null) ??
      byTags();
    if (speaker) return { result: attributeTo(speaker, 'speaker-before', 0.8, text), verb: true };
    // The words just before the comma or "and" are the object of the first verb ("attacked
    // Donald Trump, calling him …", "knocked Rubio on trade and called him …"), never the
    // second verb's subject.
    return { result: null, verb: true };
  }
  // "…, with Republican Senator John McCain telling reporters …", "footage of Hillary Clinton
  // asking, “…”": the participle's subject.
  // ("with Cruz recently promising": an adverb may stand before the participle.)
  const absolute = /ing$/.test(verb[0])
    ? /\b(?:with|of)\s+([^,;“”"]{2,80}?)\s+(?:\p{Ll}+ly\s+)?$/u.exec(head)
    : null;
  const withSpeaker = absolute ? speakerInPhrase(absolute[1]!, site.context) : null;
  if (withSpeaker)
    return {
      result: attributeTo(withSpeaker, 'speaker-before', 0.75, text.slice(absolute!.index)),
      verb: true,
    };
  const pronoun = /\b(he|she|they)(?:['’](?:s|d|ll|ve|re))?\s+(?:\p{Ll}+\s+){0,2}$/iu.exec(head);
  if (pronoun) {
    const sentenceBefore = site.masked.slice(0, offset + pronoun.index);
    const evidence = text.slice(pronoun.index);
    return {
      result: attributeToPronoun(pronoun[1]!, site.context, sentenceBefore, 'speaker-before', evidence),
      verb: true,
    };
  }
  return { result: attributeToNamedSubject(text, head, site.context), verb: true };
}

/**
 * The words before a clause's first verb, by their parts of speech: "Democratic presidential
 * nominee Hillary Clinton" in "… chimed in on Twitter". Null when the clause has no verb.
 */
function headBeforeFirstVerb(clause: string): string | null {
  const verb = tagWords(clause).find((word) => word.pos === 'VERB' || word.pos === 'AUX');
  return verb && verb.start > 0 ? clause.slice(0, verb.start) : null;
}

// What may stand between a subject and its verb: a preposition, an adverb, an auxiliary.
const ADJUNCT_START =
  /^\s*(?:$|(?:in|on|at|during|after|before|with|for|from|to|via|over|through|also|later|then|again|once|now|still|just|already|recently|today|yesterday|himself|herself|itself|themselves|has|have|had|is|are|was|were|will|would|can|could|may|might|should|must|does|did|do|however|even|first|\p{Ll}+ly)\b)/u;

/** The speaker named before a speech verb: a person, a document or the two leaders. */
export function attributeToNamedSubject(
  text: string,
  head: string,
  context: AttributionContext,
): QuoteAttribution | null {
  // The subject: the phrase before the verb without inserted clauses, allowing a few
  // lowercase words or a day between ("Putin in comments to media added", "Sanders during a
  // Sunday thanked").
  const whole = subjectPhrase(head);
  // ("An ad released Thursday accuses": no day without its preposition.)
  const phrase = whole.replace(
    /(?:\s+(?:\p{Ll}[\p{L}’'-]*|(?<=\b(?:on|during|a|last|this|late|early)\s+)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,5}\s*$/u,
    '',
  );
  // A state before a noun modifies it: "The U.S. media has claimed" is not the U.S. speaking.
  const beforeVerb = () => {
    const named = speakerInPhrase(phrase.slice(-120), context);
    const stateBeforeNoun =
      named?.organisation === true &&
      isStateName(named.name) &&
      !ADJUNCT_START.test(whole.slice(phrase.length));
    return stateBeforeNoun ? null : named;
  };

  // "Dean Johnson, a salesman from Sumter, South Carolina, says", "Jason Sims — a teacher —
  // says": the name that opens the clause, when an aside closes right before the verb.
  const opening = CLOSED_ASIDE.test(head) ? OPENING_NAME.exec(head) : null;
  const speaker =
    speakerInPhrase(whole.slice(-120), context) ??
    beforeVerb() ??
    (opening ? speakerInPhrase(opening[1]!, context) : null);
  if (!speaker) return null;
  const rule =
    speaker.person?.category === 'document'
      ? 'document'
      : speaker.person?.category === 'joint'
        ? 'both-leaders'
        : 'speaker-before';
  return attributeTo(
    speaker,
    rule,
    rule === 'speaker-before' ? 0.85 : 0.8,
    text.slice(Math.max(0, phrase.length - 60)),
  );
}
