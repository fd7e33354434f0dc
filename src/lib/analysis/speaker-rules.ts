/**
 * The rules that name a quote's speaker, tried in the order of SPEAKER_RULES until one is
 * sure. A rule reads one quote in its sentence and returns the speaker with its rule name,
 * confidence and evidence, or null to let the next rule try. A new rule is a function here
 * and a place in that list.
 */
import type { SpeakerRuleName } from '../schema/index.ts';
import { maskQuotes, type QuoteSpan } from './quote-spans.ts';
import {
  findPeople,
  isCollective,
  resolvePronoun,
  SAYING_VERB_AT_START,
  SAYING_VERBS,
  speakerInPhrase,
  speakerOpeningPhrase,
  speechVerbsIn,
  subjectPhrase,
  type AttributionContext,
  type Speaker,
} from './speakers.ts';

/** The speaker a quote is attributed to, the rule that named it, and its evidence. */
export interface QuoteAttribution {
  speaker: Speaker | null;
  rule: SpeakerRuleName | null;
  confidence: number;
  evidence: string | null;
  /** A speech verb governs the quote, whether or not its subject could be named. */
  governed: boolean;
}

/** A speech verb right after a quote, with its subject before it or after it. */
interface Tail {
  order: 'subject-first' | 'verb-first';
  match: RegExpExecArray;
}

/** The subject of a speech verb before a quote, if named, and whether there is such a verb. */
interface ClauseSubject {
  result: QuoteAttribution | null;
  verb: boolean;
}

/** One quote in its sentence, as the rules read it. */
export interface QuoteSite {
  quote: QuoteSpan;
  /** The quote's place among the quotes of its sentence. */
  index: number;
  quotes: readonly QuoteSpan[];
  /** The sentence with every quote blanked out, and the narration before and after this quote. */
  masked: string;
  before: string;
  after: string;
  context: AttributionContext;
  /** The speech verb right after the quote that attributes it (computed once, on demand). */
  tail: () => Tail | null;
  /** The subject of a speech verb in the quote's own clause (computed once, on demand). */
  clause: () => ClauseSubject;
}

/** A rule: the quote's speaker, or null when the rule does not apply or is not sure. */
export type SpeakerRule = (site: QuoteSite) => QuoteAttribution | null;

// A new clause with its own subject: "…, while Xi called …", "; ", "(a word Kuleba called …".
// A parenthesis closed before the quote ("Elijah Cummings (D-Md.) said") is not one.
const CLAUSE_BREAK =
  /(?:\bwhile\b|\bwhereas\b|\bbut\s+(?=\p{Lu}|he\b|she\b|they\b)|;|\((?![^()]*\)))[^;(]*$/u;

const LABEL = /^(?:(?:quote|statement|comment|message)s? (?:from|by)\s+)?([^:“”"]{2,60}):\s*$/iu;
// An appositive between subject and verb may hold a quote of its own, blanked out here
// ("Bill Eastland, wearing “Ted Cruz” pins, said").
const SUBJECT_THEN_VERB = new RegExp(
  `^\\s*[,.?!…]?\\s*([^,;“”"]{1,80}?(?:,(?:[^,;“”"]|[“"]\\s*[”"]){1,160},|,\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]+)?)\\s+(${[...SAYING_VERBS].join('|')})\\b`,
  'u',
);
// The subject after the verb runs to a comma or a full stop, but the stop of a title or an
// initial followed by a capital ("said Rep. Dina Titus", "said James B. Comey") is inside it.
// A participle never inverts ("…,” adding that Trump “…” is no "said Trump").
const VERB_THEN_SUBJECT = new RegExp(
  `^\\s*[,.?!…]?\\s*(?:${[...SAYING_VERBS].filter((verb) => !verb.endsWith('ing')).join('|')})\\s+((?:[^,;.“”"]|\\.(?=\\s+\\p{Lu})|\\.(?=\\p{Lu}\\.)){2,80})`,
  'u',
);
// Auxiliaries and adverbs between a subject and its verb of saying: not a part of the subject.
const AUXILIARIES =
  /(?:\s+(?:has|have|had|is|was|were|would|will|also|then|once|again|just|now|first|often|never|quoted|as|\p{Ll}+ly|later|earlier|\p{Ll}+ed\s+to))+\s*$/u;
// Who was told may come first: "…,” Mayorkas told reporters." / "… told CNN on Friday."
const SHORT_TAIL =
  /^\s*(?:(?:reporters|journalists|supporters|the crowd|him|her|them|us|me|\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,3})(?=[\s.,!?]|$))?\s*(?:(?:on|in|at|during|after|before|last|this|earlier|later|late|to|via|when|from|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b[^.“”"]{0,50})?[.!?]?\s*$/u;
// An appositive ("a pollster", "executive director of the ACLU in Ohio") runs to the end.
const TAIL_GOES_ON =
  /^,\s*(?:(?:a|an|the|who|whose|one|now|then|\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?\s+(?:of|at|for|with|to|in))\s[^“”"]*$|(?:adding|noting|saying|citing|explaining|arguing|pointing|according)\b)/u;
// ", Hollande said" (or "” Hollande said") after a quote: the subject (no comma, no quote) and its verb.
const SENTENCE_END_SPEAKER = new RegExp(
  `[,”"]\\s*([^,;“”"]{1,60}?)\\s+(?:${[...SAYING_VERBS].filter((verb) => !verb.endsWith('ing')).join('|')})\\b`,
  'u',
);
// ", said Brad Bannon" (verb first) near the end of a sentence.
const SENTENCE_END_INVERTED = new RegExp(
  `[,”"]\\s*(?:said|says|added|adds|wrote|writes|noted|notes|explained|argued|warned)\\s+((?:[^,;.“”"]|\\.(?=\\s+\\p{Lu})|\\.(?=\\p{Lu}\\.)){2,80})`,
  'u',
);
// "Said Comey," "Added Sen. Jane Roe:" opening a sentence before its quote.
const OPENING_VERB =
  /^\s*(?:Said|Says|Added|Adds|Asked|Wrote|Writes|Explained|Noted)\s+([^“”"]{2,120}?)[,:]\s*$/u;
const PASSIVE_AGENT =
  /\b(?:described|called|dismissed|branded|labell?ed|hailed|praised|criticis[ez]d) by ([^,;“”"]{2,60}?) as\s*$/u;
const ACCORDING_TO =
  /according to\s+([^,;“”"]{2,80}?)(?=[,.;]|\s+(?:released|published|issued|posted)\b|$)/iu;

// The subject that opens a clause, after an opening phrase at most: "Sanders has …",
// "On Monday, Sen. Jane Roe told …".
const CLAUSE_SUBJECT = /^(?:[^,]{0,40},\s*)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u;
const LEADING_SUBORDINATE =
  /^\s*(?:when|after|before|if|although|though|since|once|until|because)\b[^,“”"]{3,160},\s*/iu;
// A new subject just before a verb: ", and Trump", "; Sen. Jane Roe".
const OWN_SUBJECT = /(?:,|;|\band)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;

const OPENING_NAME =
  /^\s*(?:[^,]{0,40},\s*)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s*(?:,|—|–|--|\()/u;
// The aside may be followed by a short time or place: "Trump, who …, on Friday described".
const CLOSED_ASIDE =
  /(?:,|—|–|--|\))\s*(?:(?:on|in|at|last|this|earlier)\s+[^,;“”"]{1,25}?\s+)?(?:(?:has|have|had|also|later|then|once|now|\p{Ll}+ly)\s+)*$/u;

/** A match found in a slice of a text, with its index in the whole text. */
function offsetMatch(match: RegExpExecArray | null, offset: number): RegExpExecArray | null {
  if (match) match.index += offset;
  return match;
}

/** Returns a function that computes a value the first time it is called and keeps it. */
function computeOnce<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: compute() }).value;
}

/** Reads one quote of a sentence: its narration before and after, with quotes blanked out. */
export function readQuoteSite(
  sentence: string,
  quotes: readonly QuoteSpan[],
  index: number,
  context: AttributionContext,
): QuoteSite {
  const quote = quotes[index]!;
  const masked = maskQuotes(sentence, quotes);
  const after = masked.slice(quote.closeMark === null ? quote.end : quote.closeMark + 1);
  const before = masked.slice(0, quote.openMark ?? quote.start);
  const site: QuoteSite = {
    quote,
    index,
    quotes,
    masked,
    before,
    after,
    context,
    tail: computeOnce(() => findTail(quote, before, after)),
    clause: computeOnce(() => findClauseSubject(site)),
  };
  return site;
}

/** Whether a speech verb governs the quote (after it, or before it in its clause). */
export function isGoverned(site: QuoteSite): boolean {
  return site.tail() !== null || site.clause().verb;
}

/** Names a speaker by a rule, with the evidence as a reader sees it. */
function attributeTo(
  speaker: Speaker,
  rule: SpeakerRuleName,
  confidence: number,
  evidence: string,
): QuoteAttribution {
  return {
    speaker,
    rule,
    confidence,
    // The evidence is read from narration with quotes blanked out: show them as “…”.
    evidence: evidence
      .replace(/([“"«])\s{2,}([”"»]?)/g, '$1…$2')
      .replace(/\s+/g, ' ')
      .trim(),
    governed: true,
  };
}

/**
 * Names the person a pronoun stands for (resolvePronoun), under the rule of the place it
 * was read in: `speaker-after-pronoun-recent-speaker`, … The pronoun rule's confidence
 * unless one is given.
 */
function attributeToPronoun(
  pronoun: string,
  context: AttributionContext,
  sentenceBefore: string,
  place: 'speaker-after' | 'speaker-before' | 'clause-subject' | 'sentence-end',
  evidence: string,
  confidence?: number,
): QuoteAttribution | null {
  const resolved = resolvePronoun(pronoun, context, sentenceBefore);
  return resolved
    ? attributeTo(resolved.speaker, `${place}-${resolved.rule}`, confidence ?? resolved.confidence, evidence)
    : null;
}

/** Label: "Zelensky: “…”", "Quote from Danilov: “…”". */
function attributeByLabel(site: QuoteSite): QuoteAttribution | null {
  const label = LABEL.exec(site.before);
  const speaker = label ? speakerInPhrase(label[1]!, site.context) : null;
  return speaker ? attributeTo(speaker, 'label', 0.9, site.before) : null;
}

/**
 * The speech verb right after a quote that opens the sentence (or follows a colon or
 * another quote): “…,” Xi told Putin / “…,” said Liana Fix, a fellow at …
 */
function findTail(quote: QuoteSpan, before: string, after: string): Tail | null {
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
  if (subjectFirst && (opensSentence || shortTail(subjectFirst)))
    return { order: 'subject-first', match: subjectFirst };
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
function shortTailAfter(rest: string): boolean {
  const tail = /^[^,.“”"]*/u.exec(rest)![0];
  return SHORT_TAIL.test(rest) || (SHORT_TAIL.test(tail) && TAIL_GOES_ON.test(rest.slice(tail.length)));
}

/** Speaker right after the quote: “…,” Xi told Putin / “…,” he said / “…,” said Liana Fix. */
function attributeBySpeakerAfter(site: QuoteSite): QuoteAttribution | null {
  const tail = site.tail();
  if (!tail) return null;
  const evidence = tail.match[0];
  if (tail.order === 'verb-first') {
    const speaker = speakerOpeningPhrase(tail.match[1]!.split(/,/)[0]!, site.context);
    return speaker ? attributeTo(speaker, 'speaker-after', 0.9, evidence) : null;
  }
  // "“…,” Sotomayor has said", "Braynard is quoted as saying", "Kasich later said".
  const phrase = subjectPhrase(tail.match[1]!).replace(AUXILIARIES, '');
  const pronoun = /^(he|she|they)$/i.exec(phrase.trim());
  if (pronoun) {
    return attributeToPronoun(pronoun[1]!, site.context, site.before, 'speaker-after', evidence);
  }
  const speaker = speakerInPhrase(phrase, site.context);
  return speaker ? attributeTo(speaker, 'speaker-after', 0.9, evidence) : null;
}

/**
 * Where the main clause starts after a leading subordinate clause ("When Trump suggested
 * …, Rubio fired back: “…”"), or 0; not when the comma ends the words before the quote
 * ("When he returned he began by saying, “…”": the comma is the main clause's).
 */
function mainClauseAt(before: string): number {
  const subordinate = LEADING_SUBORDINATE.exec(before);
  return subordinate && before.slice(subordinate[0].length).trim() !== '' ? subordinate[0].length : 0;
}

/** The subject of a speech verb before the quote, in the quote's own clause. */
function findClauseSubject(site: QuoteSite): ClauseSubject {
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
    ) ?? (/ing$/.test(verb[0]) ? /(?:,|[”"])\s*$/u.exec(head) : null);
  if (coordinated && coordinated.index > 0) {
    const clause = head.slice(0, coordinated.index);
    const first = findSubjectIn(clause, offset, site);
    if (first.verb) return first;
    // "Sanders has denounced them, saying …", "McConnell embraced him and said …": the
    // second verb's subject is its clause's.
    const subject = CLAUSE_SUBJECT.exec(clause)?.[1];
    const opening = OPENING_NAME.exec(clause)?.[1];
    const speaker =
      (subject ? speakerInPhrase(subject, site.context) : null) ??
      (opening ? speakerInPhrase(opening, site.context) : null);
    if (speaker) return { result: attributeTo(speaker, 'speaker-before', 0.8, text), verb: true };
    // The words just before the comma or "and" are the object of the first verb ("attacked
    // Donald Trump, calling him …", "knocked Rubio on trade and called him …"), never the
    // second verb's subject.
    return { result: null, verb: true };
  }
  // "…, with Republican Senator John McCain telling reporters …": the participle's subject.
  const absolute = /ing$/.test(verb[0]) ? /\bwith\s+([^,;“”"]{2,80}?)\s+$/u.exec(head) : null;
  const withSpeaker = absolute ? speakerInPhrase(absolute[1]!, site.context) : null;
  if (withSpeaker)
    return {
      result: attributeTo(withSpeaker, 'speaker-before', 0.75, text.slice(absolute!.index)),
      verb: true,
    };
  const pronoun = /\b(he|she|they)\s+(?:\p{Ll}+\s+){0,2}$/iu.exec(head);
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

/** The speaker named before a speech verb: a person, a document or the two leaders. */
function attributeToNamedSubject(
  text: string,
  head: string,
  context: AttributionContext,
): QuoteAttribution | null {
  // The subject: the phrase before the verb without inserted clauses, allowing a few
  // lowercase words between ("Putin in comments to media added").
  const whole = subjectPhrase(head);
  const phrase = whole.replace(/(?:\s+\p{Ll}[\p{L}’'-]*){0,5}\s*$/u, '');

  // "Dean Johnson, a salesman from Sumter, South Carolina, says", "Jason Sims — a teacher —
  // says": the name that opens the clause, when an aside closes right before the verb.
  const opening = CLOSED_ASIDE.test(head) ? OPENING_NAME.exec(head) : null;
  const speaker =
    speakerInPhrase(whole.slice(-120), context) ??
    speakerInPhrase(phrase.slice(-120), context) ??
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

/** The subject of a speech verb in the quote's clause, when it is not the two leaders together. */
function attributeBySubjectInClause(site: QuoteSite): QuoteAttribution | null {
  const { result } = site.clause();
  return result?.speaker?.person?.category !== 'joint' ? result : null;
}

/**
 * "according to X": a registry person or document that opens the phrase, else a name
 * that ends it ("according to Trump", "according to Sen. Ben Sasse").
 */
function attributeByAccordingTo(site: QuoteSite): QuoteAttribution | null {
  // A middle initial's full stop ("William J. Bennett") does not end the phrase.
  const according = ACCORDING_TO.exec(site.masked.replace(/\b(\p{Lu})\.(?=\s+\p{Lu})/gu, '$1\u2024'));
  if (!according) return null;
  according[0] = according[0].replaceAll('\u2024', '.');
  const phrase = according[1]!.replaceAll('\u2024', '.');
  const mention = findPeople(phrase, site.context.people)[0];
  if (mention && /^(?:(?:the|their|his|her|its|a)\s+)?$/iu.test(phrase.slice(0, mention.at))) {
    return attributeTo(
      { person: mention.person, name: mention.person.name },
      'according-to',
      0.85,
      according[0],
    );
  }
  const named = mention ? null : speakerInPhrase(phrase, site.context);
  return named ? attributeTo(named, 'according-to', 0.8, according[0]) : null;
}

/**
 * A speaker that ends the sentence after a quote in its middle, when no verb of saying
 * comes before the quote in its clause: "Trump’s “excesses” are sickening, Hollande said
 * Tuesday.", "The “opt out” movement is about choice, Wilcox said, adding …".
 */
function attributeBySentenceEnd(site: QuoteSite): QuoteAttribution | null {
  if (site.quote.cut !== null || site.clause().verb) return null;
  const inverted = attributeByInvertedSentenceEnd(site);
  if (inverted) return inverted;
  const end = SENTENCE_END_SPEAKER.exec(site.after);
  if (!end || !shortTailAfter(site.after.slice(end.index + end[0].length))) return null;
  // What lies between the quote and the speaker is narration, not another attribution.
  const between = site.after.slice(0, end.index);
  if (speechVerbsIn(between).length > 0) return null;
  const evidence = end[0].replace(/^[,”"]\s*/u, '');
  const phrase = subjectPhrase(end[1]!).replace(AUXILIARIES, '');
  const pronoun = /^(he|she)$/i.exec(phrase.trim());
  if (pronoun) return attributeToPronoun(pronoun[1]!, site.context, site.before, 'sentence-end', evidence);
  const speaker = speakerInPhrase(phrase, site.context);
  return speaker && !isCollective(speaker.person)
    ? attributeTo(speaker, 'sentence-end', 0.75, evidence)
    : null;
}

/** "…“agony” for Clinton, said Brad Bannon, a Democratic pollster.": the verb first. */
function attributeByInvertedSentenceEnd(site: QuoteSite): QuoteAttribution | null {
  const end = SENTENCE_END_INVERTED.exec(site.after);
  if (!end || !shortTailAfter(site.after.slice(end.index + end[0].length))) return null;
  if (speechVerbsIn(site.after.slice(0, end.index)).length > 0) return null;
  const speaker = speakerOpeningPhrase(end[1]!, site.context);
  return speaker && !isCollective(speaker.person)
    ? attributeTo(speaker, 'sentence-end', 0.75, end[0].replace(/^[,”"]\s*/u, ''))
    : null;
}

/**
 * The second part of an interrupted quote: “The risk,” said Edward Leamer, an economist,
 * “is that …” / “Thank you,” Cruz replied, before adding that “…”. The words between the
 * two quotes are the first one's attribution, perhaps with an aside or a participle, and
 * no other verb of saying with a subject of its own.
 */
function attributeInterrupted(site: QuoteSite): QuoteAttribution | null {
  const { index, quotes, quote } = site;
  if (index === 0 || quote.openMark === null) return null;
  const previous = readQuoteSite(site.masked, quotes, index - 1, site.context);
  const tail = previous.tail();
  const closed = quotes[index - 1]!.closeMark;
  if (!tail || closed === null) return null;
  const between = site.masked.slice(closed + 1, quote.openMark);
  // The attribution stands between the quotes, not after this one (“…,” X, wearing “…” pins, said).
  const tailEnd = tail.match.index + tail.match[0].length;
  if (tailEnd > between.length) return null;
  const rest = between.slice(tailEnd);
  // An aside ("an economist at UCLA,", "who thinks", "before adding that he thinks").
  if (!/^[^“”";]{0,160}$/u.test(rest) || CLAUSE_BREAK.test(rest)) return null;
  if (speechVerbsIn(rest).some((verb) => !/ing$/.test(verb[0]) && SAYING_VERBS.has(verb[0]))) return null;
  const first = attributeBySpeakerAfter(previous);
  return first?.speaker && !isCollective(first.speaker.person)
    ? attributeTo(first.speaker, 'speaker-after', 0.85, between)
    : null;
}

/** "Said Comey, “The thought …”": a sentence that opens with the verb, then the speaker. */
function attributeByOpeningVerb(site: QuoteSite): QuoteAttribution | null {
  const opening = OPENING_VERB.exec(site.before);
  // "Said Dorothy Poynter, who grew up with Ali, “…”": the name ends at the first comma.
  const speaker = opening ? speakerOpeningPhrase(opening[1]!.split(',')[0]!, site.context) : null;
  return speaker ? attributeTo(speaker, 'speaker-before', 0.85, site.before) : null;
}

/** The two leaders as the subject in the quote's clause: only when "according to" names nobody. */
function attributeByJointSubjectInClause(site: QuoteSite): QuoteAttribution | null {
  const { result } = site.clause();
  return result?.speaker?.person?.category === 'joint' ? result : null;
}

/**
 * A sentence that is all quote, whole (not cut), right after a sentence whose quote has a
 * speaker: “…,” Peskov said. “That topic was not on the agenda.”
 */
function attributeToPreviousSpeaker(site: QuoteSite): QuoteAttribution | null {
  const { before, after, quotes, quote, context } = site;
  const wholeSentence = before.trim() === '' && after.replace(/[\s.,!?…]/g, '') === '' && quotes.length === 1;
  if (!wholeSentence || quote.cut !== null) return null;
  if (context.previousSpeaker) {
    return isCollective(context.previousSpeaker.person)
      ? null
      : attributeTo(
          context.previousSpeaker,
          'continues-previous-speaker',
          0.6,
          'the sentence before quotes the same speaker',
        );
  }
  // "Woolson said the area is divided. “That’s a tough area.”": the sentence before, without
  // a quote, reports what the same person says.
  const previous = context.previousSentence;
  if (previous === null || /[“"]/u.test(previous)) return null;
  const verb = speechVerbsIn(previous).find((match) => SAYING_VERBS.has(match[0]));
  if (!verb) return null;
  const head = previous.slice(0, verb.index);
  const named = attributeToNamedSubject(previous, head, context);
  if (!named?.speaker || named.rule !== 'speaker-before' || isCollective(named.speaker.person)) return null;
  return attributeTo(
    named.speaker,
    'continues-previous-speaker',
    0.55,
    `the sentence before reports what the same speaker says: ${previous.slice(0, verb.index + verb[0].length)}`,
  );
}

/**
 * A quote whose opening was cut, right after a sentence whose quote was cut open at its
 * end: the same speaker goes on.
 */
function attributeToOpenQuoteSpeaker(site: QuoteSite): QuoteAttribution | null {
  const { quote, index, context } = site;
  if (quote.cut !== 'unopened' || index !== 0 || !context.openQuoteSpeaker) return null;
  return attributeTo(
    context.openQuoteSpeaker,
    'continues-previous-quote',
    0.5,
    'the previous sentence ends inside a quote',
  );
}

/**
 * A partial quote in a clause whose subject is a person, with no verb of saying: "Reyes
 * denounced the “profane” attacks". Reporters put in quotation marks the
 * words of the clause's subject; a title ("starring in “Gifted Hands”"), all capitalised,
 * is not taken. The weakest rule, tried last.
 */
function attributeToClauseSubject(site: QuoteSite): QuoteAttribution | null {
  const { quote, before, masked, context } = site;
  if (before.trim() === '' || quote.cut !== null || isTitleLike(quote.text)) return null;
  // A verb of saying anywhere in the sentence attributes its quotes; when the rules above
  // could not name its subject, the clause's subject is no better guess.
  if (isGoverned(site) || speechVerbsIn(masked).some((verb) => SAYING_VERBS.has(verb[0]))) return null;
  const clauseAt = CLAUSE_BREAK.exec(before)?.index ?? mainClauseAt(before);
  const clause = before.slice(clauseAt).replace(/^\W*(?:while|whereas|but)?\s*/u, '');
  const subject = CLAUSE_SUBJECT.exec(clause);
  // "Obama and Hollande …", "Trump was placed …": not one person acting.
  const next = subject ? clause.slice(subject.index + subject[0].length - 1) : '';
  // A be-verb after the subject is left out too: passive or progressive, it misled more
  // than it helped (train: 3 more wrong names for 1 more right).
  if (!subject || /^(?:and|or|was|were|is|are|been)\b/u.test(next)) return null;
  // "He has coined a phrase, “…”": the pronoun resolved as for "he said" (train: pronoun
  // sources right 764 → 785, wrong 191 → 187).
  if (/^(?:He|She)$/u.test(subject[1]!)) {
    const evidence = before.slice(clauseAt).trim();
    return attributeToPronoun(
      subject[1]!,
      context,
      site.masked.slice(0, clauseAt),
      'clause-subject',
      evidence,
      0.4,
    );
  }
  const speaker = speakerInPhrase(subject[1]!, context);
  return speaker && !isCollective(speaker.person)
    ? attributeTo(speaker, 'clause-subject', 0.5, before.slice(clauseAt).trim())
    : null;
}

/** Words that are all capitalised (or numbers): a title, a slogan, a name. */
function isTitleLike(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return (
    words.length > 0 &&
    words.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:a|an|the|of|and|in|on|to|for)$/u.test(word))
  );
}

/** The speaker rules in the order they are tried; the first that names a speaker wins. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  attributeByLabel,
  attributeBySpeakerAfter,
  attributeInterrupted,
  attributeByOpeningVerb,
  attributeBySubjectInClause,
  attributeByAccordingTo,
  attributeByJointSubjectInClause,
  attributeBySentenceEnd,
  attributeToPreviousSpeaker,
  attributeToOpenQuoteSpeaker,
  attributeToClauseSubject,
];
