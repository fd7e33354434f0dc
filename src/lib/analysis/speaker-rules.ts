/**
 * The rules that name a quote's speaker, tried in the order of SPEAKER_RULES until one is
 * sure. A rule reads one quote in its sentence and returns the speaker with its rule name,
 * confidence and evidence, or null to let the next rule try. A new rule is a function here
 * and a place in that list; the rules that read a neighbouring sentence are in
 * speaker-neighbours.ts. What the rules read is found in speaker-site.ts (the quote in its
 * sentence), speaker-tails.ts (the verb after a quote) and speaker-clauses.ts (the subject
 * before it).
 */
import { isTitleLike, maskQuotes, type QuoteSpan } from './quote-spans.ts';
import { CLAUSE_BREAK, CLAUSE_SUBJECT, findClauseSubject, mainClauseAt } from './speaker-clauses.ts';
import {
  attributeTo,
  attributeToPronoun,
  type QuoteAttribution,
  type QuoteSite,
  type SpeakerRule,
} from './speaker-site.ts';
import { AUXILIARIES, findTail, shortTailAfter } from './speaker-tails.ts';
import {
  findPeople,
  isCollective,
  speakerInPhrase,
  speakerOpeningPhrase,
  subjectPhrase,
  unregisteredName,
  type AttributionContext,
} from './speakers.ts';
import {
  attributeToNextSentenceSpeaker,
  attributeToOpenQuoteSpeaker,
  attributeToPreviousSpeaker,
} from './speaker-neighbours.ts';
import { FINITE_SAYING_VERBS, isSpeechVerb, SAYING_VERBS, speechVerbsIn } from './speech-verbs.ts';

export type { QuoteAttribution, QuoteSite, SpeakerRule } from './speaker-site.ts';
export { speakerReportedBefore } from './speaker-neighbours.ts';

// The label may follow a headline and a dash, as in round-ups: "RED STATES OUTNUMBER BLUE
// STATES - Jeffrey M. Jones: “…”".
const LABEL =
  /(?:^\s*|\s[-–—]\s*)(?:(?:quote|statement|comment|message)s? (?:from|by)\s+)?([^:“”"–—]{2,60}?):\s*$/iu;

// ", Hollande said" (or "” Hollande said") after a quote: the subject (no comma, no quote) and its verb.
const SENTENCE_END_SPEAKER = new RegExp(`[,”"]\\s*([^,;“”"]{1,60}?)\\s+(?:${FINITE_SAYING_VERBS})\\b`, 'u');

// ", said Brad Bannon" (verb first) near the end of a sentence.
const SENTENCE_END_INVERTED = new RegExp(
  `[,”"]\\s*(?:said|says|added|adds|wrote|writes|noted|notes|explained|argued|warned)\\s+((?:[^,;.“”"]|\\.(?=\\s+\\p{Lu})|\\.(?=\\p{Lu}\\.)){2,80})`,
  'u',
);

// "Said Comey," "Added Sen. Jane Roe:" opening a sentence before its quote.
const OPENING_VERB =
  /^\s*(?:Said|Says|Added|Adds|Asked|Wrote|Writes|Explained|Noted)\s+([^“”"]{2,120}?)[,:]\s*$/u;

// A middle initial's full stop ("― Julie A. Diaz Martinez") does not end the name.
const DASH_SIGNATURE =
  /^\s*[-–—―]\s*(\p{Lu}(?:[^,.;:“”"]|(?<=\s\p{Lu})\.(?=\s)){1,60}?)\s*(?=[,;]|(?<!\s\p{Lu})\.|[“"]|$)/u;

const ACCORDING_TO =
  /according to\s+([^,;“”"]{2,80}?)(?=[,.;]|\s+(?:released|published|issued|posted)\b|$)/iu;

/** Returns a function that computes a value the first time it is called and keeps it. */
function computeOnce<T>(compute: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: compute() }).value;
}

// A wire dateline opens the first sentence: "WASHINGTON (AP) —", "PHILADELPHIA, July 25
// (UPI) —", "WASHINGTON —". The clause, and its subject, start after it.
const DATELINE =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:\p{Lu}[\p{L}.'’-]*|\d{1,2}))*\s*\([\p{L}\s.-]{2,30}\)|\p{Lu}{3,}(?:[\s,]+\p{Lu}{2,}\.?)*)\s*[-–—]+\s/u;

/** The sentence with its dateline blanked out (offsets kept). */
function maskDateline(text: string): string {
  const dateline = DATELINE.exec(text);
  return dateline ? ' '.repeat(dateline[0].length) + text.slice(dateline[0].length) : text;
}

/** Reads one quote of a sentence: its narration before and after, with quotes and dateline blanked out. */
export function readQuoteSite(
  sentence: string,
  quotes: readonly QuoteSpan[],
  index: number,
  context: AttributionContext,
): QuoteSite {
  const quote = quotes[index]!;
  const masked = maskDateline(maskQuotes(sentence, quotes));
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

/** Label: "Zelensky: “…”", "Quote from Danilov: “…”". */
function attributeByLabel(site: QuoteSite): QuoteAttribution | null {
  const label = LABEL.exec(site.before);
  const speaker = label ? speakerInPhrase(label[1]!, site.context) : null;
  return speaker ? attributeTo(speaker, 'label', 0.9, label![0].replace(/^\s*[-–—]?\s*/u, '')) : null;
}

// A transcript's speaker label opens the quotation: "PENCE: Well, look, …", "JOEL BENENSON: …".
const TRANSCRIPT_LABEL = /^\s*(\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}):\s/u;

/**
 * Transcript: a quotation that opens with a speaker's name in capitals and a colon, and
 * the quotes inside it ("PENCE: Well, Hillary Clinton thinks this is “Shark Tank.”"). The
 * label must be someone the registry or the article names ("Mike Pence" before "PENCE"):
 * "BYLINE:" and "CORRECTION:" are no one.
 */
function attributeByTranscriptLabel(site: QuoteSite): QuoteAttribution | null {
  const { quote, quotes, context } = site;
  // The label's quotation holds this quote: it is this one, or an earlier one of the
  // sentence that is not closed before it.
  const holder = quotes
    .slice(0, site.index + 1)
    .find(
      (other) =>
        TRANSCRIPT_LABEL.test(other.text) &&
        (other === quote || other.closeMark === null || other.end >= quote.end),
    );
  const label = holder ? TRANSCRIPT_LABEL.exec(holder.text)![1]! : null;
  if (!label) return null;
  const name = label.toLowerCase().replace(/(^|[\s'’.-])\p{Ll}/gu, (initial) => initial.toUpperCase());
  const registered = findPeople(name, context.people)[0];
  if (registered)
    return attributeTo(
      { person: registered.person, name: registered.person.name },
      'label',
      0.85,
      `${label}:`,
    );
  const known = context.names.bySurname.get(name.split(/\s+/).at(-1)!);
  return known ? attributeTo({ person: null, name: known }, 'label', 0.85, `${label}:`) : null;
}

/**
 * A quote signed with a dash and a name: “…” — Bernie Sanders. / “…” ― Pamela Padilla
 * “…” / "…" -President Obama, tweeting after the speech. The name starts with a capital
 * and ends at a stop, a comma or the next quote.
 */
function attributeBySignature(site: QuoteSite): QuoteAttribution | null {
  if (site.quote.closeMark === null) return null;
  const signature = DASH_SIGNATURE.exec(site.after);
  const speaker = signature ? speakerOpeningPhrase(signature[1]!, site.context) : null;
  return speaker ? attributeTo(speaker, 'signature', 0.85, signature![0]) : null;
}

/** Speaker right after the quote: “…,” Xi told Putin / “…,” he said / “…,” said Liana Fix. */
function attributeBySpeakerAfter(site: QuoteSite): QuoteAttribution | null {
  const tail = site.tail();
  if (!tail) return null;
  const evidence = tail.match[0];
  if (tail.order === 'verb-first') {
    // "said the bureau's director, James B. Comey, on Monday": the name in the apposition
    // after a description of no one.
    const rest = site.after.slice(tail.match.index + tail.match[0].length);
    const apposed = /^\s*\p{Ll}/u.test(tail.match[1]!) ? unregisteredName(rest.split(',')[1] ?? '') : null;
    const speaker =
      speakerOpeningPhrase(tail.match[1]!.split(/,/)[0]!, site.context) ??
      (apposed ? speakerInPhrase(apposed, site.context) : null);
    return speaker ? attributeTo(speaker, 'speaker-after', 0.9, evidence) : null;
  }
  // "“…,” Sotomayor has said", "Braynard is quoted as saying", "Kasich later said".
  const phrase = subjectPhrase(tail.match[1]!).replace(AUXILIARIES, '');
  const pronoun = /^(he|she|they)$/i.exec(phrase.trim());
  if (pronoun) {
    return attributeToPronoun(pronoun[1]!, site.context, site.before, 'speaker-after', evidence);
  }
  // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": the name before the asides.
  const opening = /^\s*[,.?!…]?\s*([^,]+),/u.exec(phrase)?.[1];
  const speaker =
    speakerInPhrase(phrase, site.context) ??
    (opening && unregisteredName(opening) ? speakerInPhrase(opening, site.context) : null);
  return speaker ? attributeTo(speaker, 'speaker-after', 0.9, evidence) : null;
}

// "…seen, as The New Yorker put it in a lengthy expose, “the operator.”": an "as" aside
// that ends right before the quote.
const AS_ASIDE_BEFORE = new RegExp(
  `\\bas\\s+([^,;“”"]{1,60}?)\\s+(?:${FINITE_SAYING_VERBS}|puts? it)\\b[^,;“”"]{0,40},?\\s*$`,
  'u',
);

/** An "as" aside right before the quote names its speaker: "as Cruz put it, “…”". */
function attributeByAsAside(site: QuoteSite): QuoteAttribution | null {
  const aside = AS_ASIDE_BEFORE.exec(site.before);
  const speaker = aside ? speakerInPhrase(aside[1]!, site.context) : null;
  return speaker ? attributeTo(speaker, 'speaker-before', 0.8, aside![0].trim()) : null;
}

// A sentence that opens with a participle of saying, the quote inside it: "Bemoaning the
// “phony system,” Trump accused Holt …", "Conceding that a deal would come “down the line”
// he warned: …". The participle's subject is the main clause's, after the phrase.
const OPENING_PARTICIPLE = /^\s*(\p{Lu}\p{Ll}+ing)\b[^,;:“”"]*$/u;
const MAIN_CLAUSE_AFTER =
  /^[^,;:“”"]{0,80}?,?\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+|he|she)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;

/** The subject of the main clause after an opening participle of saying that holds the quote. */
function attributeByOpeningParticiple(site: QuoteSite): QuoteAttribution | null {
  const { quote, before, after, context } = site;
  const participle = OPENING_PARTICIPLE.exec(before);
  if (!participle || quote.closeMark === null || !isSpeechVerb(participle[1]!.toLowerCase())) return null;
  const main = MAIN_CLAUSE_AFTER.exec(after);
  if (!main) return null;
  const subject = main[1]!;
  const evidence = `${participle[1]!} … ${main[0].replace(/^[\s,]+/u, '')}`;
  if (/^(?:he|she)$/u.test(subject)) {
    return attributeToPronoun(
      subject,
      context,
      site.masked.slice(0, quote.start),
      'speaker-before',
      evidence,
    );
  }
  const speaker = speakerInPhrase(subject, context);
  return speaker ? attributeTo(speaker, 'speaker-before', 0.75, evidence) : null;
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
  const end = findSentenceEnd(site.after, SENTENCE_END_SPEAKER);
  if (!end) return null;
  const evidence = end[0].replace(/^[,”"]\s*/u, '');
  const phrase = subjectPhrase(end[1]!).replace(AUXILIARIES, '');
  const pronoun = /^(he|she)$/i.exec(phrase.trim());
  if (pronoun) return attributeToPronoun(pronoun[1]!, site.context, site.before, 'sentence-end', evidence);
  const speaker = speakerInPhrase(phrase, site.context);
  return speaker && !isCollective(speaker.person)
    ? attributeTo(speaker, 'sentence-end', 0.75, evidence)
    : null;
}

/**
 * An attribution (`pattern`) in the narration after a quote that ends the sentence soon,
 * with only narration, no other attribution, between the quote and it.
 */
function findSentenceEnd(after: string, pattern: RegExp): RegExpExecArray | null {
  const end = pattern.exec(after);
  if (!end || !shortTailAfter(after.slice(end.index + end[0].length))) return null;
  return speechVerbsIn(after.slice(0, end.index)).length > 0 ? null : end;
}

/** "…“agony” for Clinton, said Brad Bannon, a Democratic pollster.": the verb first. */
function attributeByInvertedSentenceEnd(site: QuoteSite): QuoteAttribution | null {
  const end = findSentenceEnd(site.after, SENTENCE_END_INVERTED);
  if (!end) return null;
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

const SUBJECT_BEFORE_ASIDE =
  /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)\s*(?:,[^,;“”"]{1,60},|\([^()]{1,30}\))\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u;

/**
 * A partial quote in a clause whose subject is a person, with no verb of saying: "Reyes
 * denounced the “profane” attacks". Reporters put in quotation marks the
 * words of the clause's subject; a title ("starring in “Gifted Hands”"), all capitalised,
 * is not taken. The weakest rule, tried last.
 */
function attributeToClauseSubject(site: QuoteSite): QuoteAttribution | null {
  const { quote, before, masked, context } = site;
  // A colon introduces a quotation that may run on past the sentence ("Clinton has since
  // apologized: “Yes, I should have …").
  const introduced = quote.cut === 'unclosed' && /:\s*$/u.test(before);
  if (before.trim() === '' || (quote.cut !== null && !introduced) || isTitleLike(quote.text)) return null;
  // A verb of saying anywhere in the sentence attributes its quotes; when the rules above
  // could not name its subject, the clause's subject is no better guess.
  // A verb coordinated after the quote shares the clause's subject ("Clinton supports “…”,
  // opposes “…” and recalled …"): it does not stand in the way.
  // (After a comma only a participle: “…,” said the director inverts.)
  const sharesSubject = (verb: RegExpExecArray) =>
    verb.index > before.length &&
    (/\band\s+(?:\p{Ll}+ly\s+)?$/u.test(masked.slice(0, verb.index)) ||
      (/ing$/u.test(verb[0]) && /,\s*$/u.test(masked.slice(0, verb.index))));
  const saying = speechVerbsIn(masked).filter((verb) => SAYING_VERBS.has(verb[0]) && !sharesSubject(verb));
  if (isGoverned(site) || saying.length > 0) return null;
  const clauseAt = CLAUSE_BREAK.exec(before)?.index ?? mainClauseAt(before);
  const clause = before.slice(clauseAt).replace(/^\W*(?:while|whereas|but)?\s*/u, '');
  // "Mitch McConnell, R-Ky., delivered a blunt message": the name before a short aside.
  const subject = CLAUSE_SUBJECT.exec(clause) ?? SUBJECT_BEFORE_ASIDE.exec(clause);
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

/** The speaker rules in the order they are tried; the first that names a speaker wins. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  attributeByLabel,
  attributeByTranscriptLabel,
  attributeBySignature,
  attributeBySpeakerAfter,
  attributeInterrupted,
  attributeByOpeningVerb,
  attributeByAsAside,
  attributeBySubjectInClause,
  attributeByOpeningParticiple,
  attributeByAccordingTo,
  attributeByJointSubjectInClause,
  attributeBySentenceEnd,
  attributeToNextSentenceSpeaker,
  attributeToPreviousSpeaker,
  attributeToOpenQuoteSpeaker,
  attributeToClauseSubject,
];
