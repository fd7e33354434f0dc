/**
 * Quotations: every span in double quotation marks, found per sentence (the collection
 * shuffled sentences, so a quote never runs on into the next one), with the rule that
 * named its speaker. When no rule is sure the speaker is null: a wrong name is worse than
 * none.
 */
import { slugify } from '../ids.ts';
import type { Person, Quote, QuoteKind, SpeakerRef } from '../schema/index.ts';

/** A quote found in a sentence's plain text, before attribution. */
export interface QuoteSpan {
  /** Offsets of the quoted text (inside the marks) in the sentence; end exclusive. */
  start: number;
  end: number;
  text: string;
  /** Offsets of the marks themselves (or of the sentence edge where a mark is missing). */
  openMark: number | null;
  closeMark: number | null;
  cut: 'unopened' | 'unclosed' | null;
}

const OPENING = '“„«';
const CLOSING = '”»';
const OPENERS_BEFORE = /[\s([{\u2014\u2013/:-]/;

type Mark = { at: number; role: 'open' | 'close' };

// Raw HTML left in a source (`<div style="…">`, `<a href="#">`) is text, but the marks
// around its attribute values are not quotation marks.
const HTML_TAG = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?>/gi;

/** Finds the double quotation marks of a text and whether each opens or closes. */
function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const tags = [...text.matchAll(HTML_TAG)].map((tag) => ({
    start: tag.index,
    end: tag.index + tag[0].length,
  }));
  let nextTag = 0;
  let open = false;
  for (let at = 0; at < text.length; at++) {
    const tag = tags[nextTag];
    if (tag !== undefined && at >= tag.start) {
      at = tag.end - 1;
      nextTag++;
      continue;
    }
    const char = text[at]!;
    let role: Mark['role'] | null = null;
    if (OPENING.includes(char)) role = 'open';
    else if (CLOSING.includes(char)) role = 'close';
    else if (char === '"') {
      // A straight mark opens after a space or bracket and before a word; closes otherwise.
      const before = at === 0 ? ' ' : text[at - 1]!;
      const after = text[at + 1] ?? ' ';
      const looksOpening = OPENERS_BEFORE.test(before) && !/\s/.test(after);
      const looksClosing = !/\s/.test(before) && (/[\s,.;:!?)\]]/.test(after) || at === text.length - 1);
      role =
        looksOpening && !looksClosing
          ? 'open'
          : looksClosing && !looksOpening
            ? 'close'
            : open
              ? 'close'
              : 'open';
    }
    if (role === null) continue;
    marks.push({ at, role });
    open = role === 'open';
  }
  return marks;
}

function span(
  text: string,
  from: number,
  to: number,
  openMark: number | null,
  closeMark: number | null,
  cut: QuoteSpan['cut'],
): QuoteSpan | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  return { start, end, text: text.slice(start, end), openMark, closeMark, cut };
}

/**
 * The quotes of one sentence. A quote whose closing mark is missing runs to the end of the
 * sentence (or to the next opening mark: it is never merged with the next quote); one
 * whose opening mark is missing runs from the start of the sentence.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let openAt: number | null = null;
  const push = (quote: QuoteSpan | null) => {
    if (quote) quotes.push(quote);
  };
  for (const mark of findMarks(text)) {
    if (mark.role === 'open') {
      if (openAt !== null) push(span(text, openAt + 1, mark.at, openAt, null, 'unclosed'));
      openAt = mark.at;
    } else if (openAt !== null) {
      push(span(text, openAt + 1, mark.at, openAt, mark.at, null));
      openAt = null;
    } else if (quotes.length === 0) {
      push(span(text, 0, mark.at, null, mark.at, 'unopened'));
    }
  }
  if (openAt !== null) push(span(text, openAt + 1, text.length, openAt, null, 'unclosed'));
  return quotes;
}

// ---------------------------------------------------------------------------- speakers

const wordSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs of saying: their subject is the speaker ("X said the statement showed …"). */
const SAYING_VERBS = wordSet(`
  said says say told tells tell added adds asked asks wrote writes stated states replied replies answered
  insisted insists warned warns noted notes stressed stresses urged urges argued argues declared declares
  claimed claims explained explains acknowledged admitted announced tweeted posted remarked recalled
  continued shouted saying warning insisting arguing noting adding telling stressing
`);

/** Verbs that attribute words without saying them ("called for", "praised … as", "showed"). */
const ATTRIBUTING_VERBS = wordSet(`
  pledged promised vowed called calls described describes praised praises hailed hails greeted welcomed
  welcomes dismissed dismisses accused suggested suggests emphasized emphasised underlined showed shows
  focused focuses calling
`);

const SPEECH_VERB = new RegExp(`\\b(?:${[...SAYING_VERBS, ...ATTRIBUTING_VERBS].join('|')})\\b`, 'gu');
const SAYING_VERB_AT_START = new RegExp(`^(?:${[...SAYING_VERBS].join('|')})\\b`, 'u');

// Words that are titles or places, not parts of a person's name.
const NOT_NAME_WORDS = wordSet(`
  The A An In On At But And Then This That Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Vice Prime Minister Deputy
  Foreign Defence Defense Secretary State Ambassador Spokesman Spokeswoman Spokesperson Chancellor General
  Chief Senator Governor Premier Chairman Director Professor Prof. Commander Colonel Kremlin White House
  Ministry Department United Nations Council China Chinese Russia Russian Ukraine Ukrainian Moscow Beijing
  Kyiv Washington European Union NATO West Western U.S. US UN EU UK Japanese Japan British American French
  German Monday Tuesday Wednesday Thursday Friday Saturday Sunday
`);

const CAPITALISED_RUN = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s*$/u;

export interface Speaker {
  /** A person of the registry, or a name found in the text. */
  person: Person | null;
  name: string;
}

export interface AttributionContext {
  people: readonly Person[];
  /** The teaser as plain text: it sometimes names the person the body calls "he". */
  teaser: string;
  /** Speakers of earlier quotes in the same article, most recent last. */
  recentSpeakers: readonly Speaker[];
  /** The plain text of the sentence before this one in the body, if any. */
  previousSentence: string | null;
  /** Speaker of the previous sentence's last quote, if it was cut open at the end. */
  openQuoteSpeaker: Speaker | null;
  /** Speaker of the previous sentence's last quote, if it has one. */
  previousSpeaker: Speaker | null;
}

export interface QuoteAttribution {
  speaker: Speaker | null;
  rule: string | null;
  confidence: number;
  evidence: string | null;
  /** A speech verb governs the quote, whether or not its subject could be named. */
  governed: boolean;
}

interface Mention {
  at: number;
  end: number;
  person: Person;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Name patterns are compiled once per registry: they are matched for every quote.
interface NamePattern {
  person: Person;
  pattern: RegExp;
  /** For a capitalised name, the name itself: a text without it cannot match (a fast check). */
  literal: string | null;
}
const namePatterns = new WeakMap<readonly Person[], NamePattern[]>();

function patternsOf(people: readonly Person[]): NamePattern[] {
  let patterns = namePatterns.get(people);
  if (!patterns) {
    patterns = people.flatMap((person) =>
      [person.name, ...person.aliases].map((name) => {
        // Names are capitalised; group and document phrases ("the two men") may not be.
        const capitalised = /^\p{Lu}/u.test(name);
        return {
          person,
          pattern: new RegExp(
            `(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`,
            capitalised ? 'gu' : 'giu',
          ),
          literal: capitalised ? name : null,
        };
      }),
    );
    namePatterns.set(people, patterns);
  }
  return patterns;
}

/** Every registry name in a text, with its position; the longest match wins at each place. */
function findPeople(text: string, people: readonly Person[]): Mention[] {
  const found: Mention[] = [];
  for (const { person, pattern, literal } of patternsOf(people)) {
    if (literal !== null && !text.includes(literal)) continue;
    for (const match of text.matchAll(pattern)) {
      found.push({ at: match.index, end: match.index + match[0].length, person });
    }
  }
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  return found.filter((item, index) => !found.slice(0, index).some((other) => item.at < other.end));
}

function isCollective(person: Person | null): boolean {
  return person?.category === 'document' || person?.category === 'joint';
}

const isPossessive = (text: string, end: number) => /^[’']s?(?=\s|$)/.test(text.slice(end));

/** The one registry document whose name ends in a noun of this text ("central statement"). */
function documentNamedBy(text: string, people: readonly Person[]): Person | null {
  const nouns = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const documents = people.filter(
    (person) =>
      person.category === 'document' &&
      [person.name, ...person.aliases].some((name) =>
        nouns.has(name.toLowerCase().split(/\s+/).at(-1) ?? ''),
      ),
  );
  return documents.length === 1 ? documents[0]! : null;
}

/** A name of two or three capitalised words, titles dropped ("Deputy Minister Dmitry X" → "Dmitry X"). */
function unregisteredName(words: string): string | null {
  const parts = words
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[’']s$/, ''));
  let start = 0;
  while (start < parts.length && NOT_NAME_WORDS.has(parts[start]!)) start++;
  const name = parts.slice(start);
  if (name.length < 2 || name.length > 3) return null;
  if (!name.every((part) => /^\p{Lu}[\p{L}'’-]+$/u.test(part) && !NOT_NAME_WORDS.has(part))) return null;
  return name.join(' ');
}

/** An earlier speaker of the article whose name ends with this surname ("Wang" after "Wang Wenbin"). */
function bySurname(word: string, context: AttributionContext): Speaker | null {
  const matches = context.recentSpeakers.filter((speaker) => speaker.name.split(/\s+/).at(-1) === word);
  return new Set(matches.map((speaker) => speaker.name)).size === 1 ? matches[0]! : null;
}

/**
 * The speaker a noun phrase names, looking at its end ("Kremlin spokesman Dmitry Peskov",
 * "Xi's foreign minister Qin Gang", "the Kremlin"): the last registry name that is not a
 * possessive, else a name of two or three capitalised words, else an earlier speaker's
 * surname.
 */
function speakerInPhrase(phrase: string, context: AttributionContext): Speaker | null {
  const text = phrase.replace(/(\p{L}{2,})\.$/u, '$1').trim();
  if (text === '' || /[“”"«»]/.test(text)) return null;
  const mentions = findPeople(text, context.people);
  const last = mentions.filter((mention) => !isPossessive(text, mention.end)).at(-1);
  // The name must end the phrase (at most a lowercase word or two may follow: "Putin himself").
  if (last && /^[\s,]*(?:\p{Ll}+[\s,]*){0,2}$/u.test(text.slice(last.end)))
    return { person: last.person, name: last.person.name };
  const possessive = mentions.at(-1);
  if (possessive && isPossessive(text, possessive.end)) {
    // "The leaders’ central statement": a document noun within two words of the possessive.
    const owned = text.slice(possessive.end).replace(/^[’']s?/, '');
    if (/^\s*(?:\S+\s+)?\S+\s*$/.test(owned)) {
      const document = documentNamedBy(owned, context.people);
      if (document) return { person: document, name: document.name };
    }
  }
  // A capitalised run that ends the phrase.
  const run = CAPITALISED_RUN.exec(text)?.[1];
  if (run) {
    const name = unregisteredName(run);
    if (name) return { person: null, name };
    const single = run.trim().split(/\s+/).at(-1)!;
    return bySurname(single, context);
  }
  return null;
}

/**
 * Removes what stands between a subject and its verb: a parenthesis, a relative clause
 * (", who"), or an appositive (", an expert at …,"). "Lavrov's deputy, Sergei Ryabkov,"
 * keeps the name, which is the subject there.
 */
function subjectPhrase(head: string): string {
  let text = head.replace(/\s+$/, '');
  text = text.replace(/\s*\([^()]*\)$/, '');
  text = text.replace(/,\s*(?:who|which)$/u, '');
  const appositive = /,\s([^,]*?)\s*[,”"]$/u.exec(text);
  if (appositive) {
    const before = text.slice(0, appositive.index);
    const inside = appositive[1]!;
    // A lowercase noun before a name in commas: the name is the subject.
    if (/\p{Ll}$/u.test(before) && unregisteredName(inside)) return inside;
    text = before;
  }
  return text;
}

/** Resolves he/she (a person) or they (a pair or group), conservatively. */
function resolvePronoun(
  pronoun: string,
  context: AttributionContext,
  sentenceBefore: string,
): { speaker: Speaker; rule: string; confidence: number } | null {
  const plural = pronoun.toLowerCase() === 'they';
  const fits = (person: Person | null) => (plural ? person?.category === 'joint' : !isCollective(person));
  const recent = context.recentSpeakers.filter((speaker) => fits(speaker.person)).at(-1);
  const namedIn = (text: string) => {
    const ids = new Map<string, Person>();
    for (const mention of findPeople(text, context.people))
      if (fits(mention.person)) ids.set(mention.person.id, mention.person);
    return [...ids.values()];
  };
  const decide = (people: Person[], rule: string, confidence: number) => {
    if (people.length === 0) return undefined;
    // Two or more named: "he" is the recent speaker if named, else nobody can tell.
    if (people.length > 1) {
      return recent?.person && people.some((person) => person.id === recent.person!.id)
        ? { speaker: recent, rule: 'pronoun-recent-speaker', confidence: 0.75 }
        : null;
    }
    return { speaker: { person: people[0]!, name: people[0]!.name }, rule, confidence };
  };
  for (const [text, rule, confidence] of [
    [sentenceBefore, 'pronoun-named-in-sentence', 0.75],
    [context.previousSentence ?? '', 'pronoun-named-in-previous-sentence', 0.7],
  ] as const) {
    const decided = decide(namedIn(text), rule, confidence);
    if (decided !== undefined) return decided;
  }
  if (recent) return { speaker: recent, rule: 'pronoun-recent-speaker', confidence: 0.7 };
  return decide(namedIn(context.teaser), 'pronoun-named-in-teaser', 0.6) ?? null;
}

/** Replaces the text inside quotation marks with spaces, so patterns only see narration. */
function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let masked = text;
  for (const quote of quotes) {
    masked = masked.slice(0, quote.start) + ' '.repeat(quote.end - quote.start) + masked.slice(quote.end);
  }
  return masked;
}

// A new clause with its own subject: "…, while Xi called …", "; ", "(a word Kuleba called …".
const CLAUSE_BREAK = /(?:\bwhile\b|\bwhereas\b|\bbut\s+(?=\p{Lu}|he\b|she\b|they\b)|;|\()[^;(]*$/u;

/**
 * Attributes one quote of a sentence. Rules, in order: a label ("Zelensky: “…”", "Quote
 * from X:"); the speaker right after a quote that opens the sentence ("“…,” Xi told
 * Putin"); the subject of a speech verb in the quote's own clause (people, documents, the
 * two leaders, "he"); "according to X"; a quote that continues the previous sentence's.
 */
export function attributeQuote(
  sentence: string,
  quotes: readonly QuoteSpan[],
  index: number,
  context: AttributionContext,
): QuoteAttribution {
  const quote = quotes[index]!;
  const masked = maskQuotes(sentence, quotes);
  const after = masked.slice(quote.closeMark === null ? quote.end : quote.closeMark + 1);
  const before = masked.slice(0, quote.openMark ?? quote.start);
  let governed = false;
  const found = (speaker: Speaker, rule: string, confidence: number, evidence: string): QuoteAttribution => ({
    speaker,
    rule,
    confidence,
    // The evidence is read from narration with quotes blanked out: show them as “…”.
    evidence: evidence
      .replace(/([“"«])\s{2,}([”"»]?)/g, '$1…$2')
      .replace(/\s+/g, ' ')
      .trim(),
    governed: true,
  });

  // 1. Label: "Zelensky: “…”", "Quote from Danilov: “…”".
  const label = /^(?:(?:quote|statement|comment|message)s? (?:from|by)\s+)?([^:“”"]{2,60}):\s*$/iu.exec(
    before,
  );
  if (label) {
    const speaker = speakerInPhrase(label[1]!, context);
    if (speaker) return found(speaker, 'label', 0.9, before);
  }

  // 2. Speaker right after the quote, when the quote opens the sentence (or follows a
  //    colon or another quote): “…,” Xi told Putin / “…,” said Liana Fix, a fellow at …
  const opensSentence = before.trim() === '' || /:\s*$/.test(before) || /[”"»][,\s]*$/.test(before);
  if (quote.closeMark !== null || quote.cut === 'unopened') {
    const subjectFirst = new RegExp(
      `^\\s*[,.?!…]?\\s*([^,;“”"]{1,80}?(?:,[^,;“”"]{1,160},)?)\\s+(${[...SAYING_VERBS].join('|')})\\b`,
      'u',
    ).exec(after);
    const verbFirst = new RegExp(
      `^\\s*[,.?!…]?\\s*(?:${[...SAYING_VERBS].join('|')})\\s+([^,;.“”"]{2,80})`,
      'u',
    ).exec(after);
    // Mid-sentence, "…the war was “a tragedy,” Kirby said that …" is someone's report of
    // another's words: only a short tail ("Xi said.", "Xi said on Tuesday.") attributes.
    const shortTail = (match: RegExpExecArray) =>
      /^\s*(?:(?:on|in|at|during|after|before|last|this|earlier|later|late|to|via|when|from)\b[^.“”"]{0,50})?[.!?]?\s*$/u.test(
        after.slice(match[0].length),
      );
    if (subjectFirst && (opensSentence || shortTail(subjectFirst))) {
      governed = true;
      const phrase = subjectPhrase(subjectFirst[1]!);
      const pronoun = /^(he|she|they)$/i.exec(phrase.trim());
      if (pronoun) {
        const resolved = resolvePronoun(pronoun[1]!, context, before);
        if (resolved)
          return found(
            resolved.speaker,
            `speaker-after-${resolved.rule}`,
            resolved.confidence,
            subjectFirst[0],
          );
      } else {
        const speaker = speakerInPhrase(phrase, context);
        if (speaker) return found(speaker, 'speaker-after', 0.9, subjectFirst[0]);
      }
    } else if (verbFirst && (opensSentence || shortTail(verbFirst))) {
      governed = true;
      const speaker = speakerInPhrase(verbFirst[1]!.split(/,/)[0]!, context);
      if (speaker) return found(speaker, 'speaker-after', 0.9, verbFirst[0]);
    }
  }

  // 3. The subject of a speech verb before the quote, in the quote's own clause.
  const clauseAt = CLAUSE_BREAK.exec(before)?.index ?? 0;
  function subjectOf(text: string, offset: number): { result: QuoteAttribution | null; verb: boolean } {
    const passive =
      /\b(?:described|called|dismissed|branded|labell?ed|hailed|praised|criticis[ez]d) by ([^,;“”"]{2,60}?) as\s*$/u.exec(
        text,
      );
    if (passive) {
      const speaker = speakerInPhrase(passive[1]!, context);
      return { result: speaker ? found(speaker, 'speaker-before', 0.8, passive[0]) : null, verb: true };
    }
    const verbs = [...text.matchAll(SPEECH_VERB)];
    // A verb of saying governs what follows it ("Korolev said the statement showed …").
    const verb = verbs.filter((match) => SAYING_VERBS.has(match[0])).at(-1) ?? verbs.at(-1);
    if (!verb) return { result: null, verb: false };
    const head = text.slice(0, verb.index);
    // "he said, and added:" / "Xi said …, but warned" / "Xi said …, adding that": a second
    // verb, or a participle after a comma, shares the first verb's subject.
    const coordinated =
      /,?\s*\b(?:and|but)\s*$/u.exec(head) ?? (/ing$/.test(verb[0]) ? /,\s*$/u.exec(head) : null);
    if (coordinated && coordinated.index > 0) {
      const first = subjectOf(head.slice(0, coordinated.index), offset);
      if (first.verb) return first;
    }
    const pronoun = /\b(he|she|they)\s+(?:\p{Ll}+\s+){0,2}$/iu.exec(head);
    if (pronoun) {
      const resolved = resolvePronoun(pronoun[1]!, context, masked.slice(0, offset + pronoun.index));
      return {
        result: resolved
          ? found(
              resolved.speaker,
              `speaker-before-${resolved.rule}`,
              resolved.confidence,
              text.slice(pronoun.index),
            )
          : null,
        verb: true,
      };
    }
    // The subject: the phrase before the verb without inserted clauses, allowing a few
    // lowercase words between ("Putin in comments to media added").
    const whole = subjectPhrase(head);
    const phrase = whole.replace(/(?:\s+\p{Ll}[\p{L}’'-]*){0,5}\s*$/u, '');
    const speaker =
      speakerInPhrase(whole.slice(-120), context) ?? speakerInPhrase(phrase.slice(-120), context);
    if (!speaker) return { result: null, verb: true };
    const rule =
      speaker.person?.category === 'document'
        ? 'document'
        : speaker.person?.category === 'joint'
          ? 'both-leaders'
          : 'speaker-before';
    return {
      result: found(
        speaker,
        rule,
        rule === 'speaker-before' ? 0.85 : 0.8,
        text.slice(Math.max(0, phrase.length - 60)),
      ),
      verb: true,
    };
  }
  let inClause = subjectOf(before.slice(clauseAt), clauseAt);
  // "Xi said …, but warned that “…”": a clause with a verb and no subject has the sentence's.
  if (
    inClause.verb &&
    !inClause.result &&
    clauseAt > 0 &&
    SAYING_VERB_AT_START.test(before.slice(clauseAt).replace(/^\W*(?:but|while|whereas)\s+/u, ''))
  ) {
    inClause = subjectOf(before.slice(0, clauseAt), 0);
  }
  governed ||= inClause.verb;
  const individual = inClause.result?.speaker?.person?.category !== 'joint' ? inClause.result : null;

  // 4. "according to X", where X opens the phrase: a person said so, or a document has the words.
  if (!individual) {
    const according =
      /according to\s+([^,;“”"]{2,80}?)(?=[,.;]|\s+(?:released|published|issued|posted)\b|$)/iu.exec(masked);
    const mention = according ? findPeople(according[1]!, context.people)[0] : undefined;
    if (
      according &&
      mention &&
      /^(?:(?:the|their|his|her|its|a)\s+)?$/iu.test(according[1]!.slice(0, mention.at))
    ) {
      return found({ person: mention.person, name: mention.person.name }, 'according-to', 0.85, according[0]);
    }
  }
  if (inClause.result) return inClause.result;

  // 5. A sentence that is all quote, whole (not cut), right after a sentence whose quote
  //    has a speaker: “…,” Peskov said. “That topic was not on the agenda.”
  const wholeSentence = before.trim() === '' && after.replace(/[\s.,!?…]/g, '') === '' && quotes.length === 1;
  if (
    wholeSentence &&
    quote.cut === null &&
    context.previousSpeaker &&
    !isCollective(context.previousSpeaker.person)
  ) {
    return found(
      context.previousSpeaker,
      'continues-previous-speaker',
      0.6,
      'the sentence before quotes the same speaker',
    );
  }

  // 6. A quote whose opening was cut, right after a sentence whose quote was cut open at
  //    its end: the same speaker goes on.
  if (quote.cut === 'unopened' && index === 0 && context.openQuoteSpeaker) {
    return found(
      context.openQuoteSpeaker,
      'continues-previous-quote',
      0.5,
      'the previous sentence ends inside a quote',
    );
  }

  // Scare quotes have no speaker unless the sentence gives one (rules above).
  return { speaker: null, rule: null, confidence: 0, evidence: null, governed };
}

/** Full: a clause someone said; partial: a phrase of theirs in the writer's sentence; scare: a term in marks. */
export function classifyQuote(sentence: string, quote: QuoteSpan, attributed: boolean): QuoteKind {
  const words = quote.text.split(/\s+/).filter(Boolean).length;
  const clauseEnd = /[.,?!…;:]$/.test(quote.text);
  const before = sentence.slice(0, quote.openMark ?? quote.start);
  const opens = before.trim() === '' || /:\s*$/.test(before);
  if (opens && (clauseEnd || quote.cut !== null)) return 'full';
  if (words >= 4 && (clauseEnd || opens || quote.cut !== null)) return 'full';
  if (attributed || words >= 4) return 'partial';
  return 'scare';
}

/** The quotes of an article, sentence by sentence in body order, attributed with evidence. */
export function extractQuotes(
  sentences: readonly { id: string; text: string }[],
  teaser: string,
  people: readonly Person[],
): Quote[] {
  const quotes: Quote[] = [];
  const recentSpeakers: Speaker[] = [];
  let openQuoteSpeaker: Speaker | null = null;
  let previousSpeaker: Speaker | null = null;
  sentences.forEach((sentence, sentenceIndex) => {
    const spans = findQuotes(sentence.text);
    const context = {
      people,
      teaser,
      recentSpeakers,
      previousSentence: sentenceIndex > 0 ? sentences[sentenceIndex - 1]!.text : null,
      openQuoteSpeaker,
      previousSpeaker,
    };
    openQuoteSpeaker = null;
    previousSpeaker = null;
    spans.forEach((span, index) => {
      const attribution = attributeQuote(sentence.text, spans, index, context);
      const speaker = attribution.speaker;
      // “A. | B,” Xi said: the half before the sentence break is Xi's too.
      const previous = quotes.at(-1);
      if (
        speaker &&
        index === 0 &&
        span.cut === 'unopened' &&
        attribution.rule?.startsWith('speaker-after') &&
        previous?.cut === 'unclosed' &&
        previous.speaker === null &&
        sentenceIndex > 0 &&
        previous.sentenceId === sentences[sentenceIndex - 1]!.id
      ) {
        Object.assign(previous, {
          speaker: toSpeakerRef(speaker),
          rule: 'continued-in-next-sentence',
          confidence: 0.5,
          evidence: `the quote goes on in the next sentence: ${attribution.evidence ?? ''}`.trim(),
        });
      }
      if (speaker) recentSpeakers.push(speaker);
      if (index === spans.length - 1) previousSpeaker = speaker;
      if (span.cut === 'unclosed' && index === spans.length - 1) openQuoteSpeaker = speaker;
      quotes.push({
        id: `${sentence.id}-q${index + 1}`,
        sentenceId: sentence.id,
        start: span.start,
        end: span.end,
        text: span.text,
        kind: classifyQuote(sentence.text, span, speaker !== null || attribution.governed),
        cut: span.cut,
        speaker: speaker === null ? null : toSpeakerRef(speaker),
        rule: attribution.rule,
        confidence: attribution.confidence,
        evidence: attribution.evidence,
      });
    });
  });
  return quotes;
}

/** The published form of a speaker: registry people keep their id and category. */
export function toSpeakerRef(speaker: Speaker): SpeakerRef {
  return speaker.person
    ? {
        id: speaker.person.id,
        name: speaker.person.name,
        category: speaker.person.category,
        registered: true,
      }
    : { id: slugify(speaker.name), name: speaker.name, category: null, registered: false };
}
