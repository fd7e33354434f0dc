/**
 * Quotations: every span in double quotation marks, found per sentence (the collection
 * shuffled sentences, so a quote never runs on into the next one), with the rule that
 * named its speaker. When no rule is sure the speaker is null: a wrong name is worse than
 * none.
 */
import { slugify } from './outlets.ts';
import type { Person, Quote, QuoteKind, SpeakerRef } from './schema.ts';

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

/** Finds the double quotation marks of a text and whether each opens or closes. */
function findMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  let open = false;
  for (let at = 0; at < text.length; at++) {
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

/** Verbs of saying: their subject is the speaker ("X said the statement showed …"). */
const SAYING_VERBS = new Set(
  'said says say told tells tell added adds asked asks wrote writes stated states replied replies answered insisted insists warned warns noted notes stressed stresses urged urges argued argues declared declares claimed claims explained explains acknowledged admitted announced tweeted posted remarked recalled continued shouted'.split(
    ' ',
  ),
);

/** Verbs that attribute words to a speaker ("said", "told", "called … for"). */
const SPEECH_VERBS =
  'said|says|say|told|tells|tell|added|adds|asked|asks|wrote|writes|stated|states|replied|replies|answered|' +
  'insisted|insists|warned|warns|noted|notes|stressed|stresses|urged|urges|argued|argues|declared|declares|' +
  'claimed|claims|explained|explains|acknowledged|admitted|announced|pledged|promised|vowed|called|calls|' +
  'described|describes|praised|praises|hailed|hails|greeted|welcomed|welcomes|dismissed|dismisses|accused|' +
  'tweeted|posted|suggested|suggests|emphasized|emphasised|underlined|remarked|recalled|continued|shouted|' +
  'showed|shows|focused|focuses|saying|stressing|calling|adding|telling';

const PRONOUNS = /^(he|she|they|He|She|They)$/;

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
}

export interface QuoteAttribution {
  speaker: Speaker | null;
  rule: string | null;
  confidence: number;
  evidence: string | null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every registry name in a text, with its position, longest match first at each place. */
function findPeople(text: string, people: readonly Person[]): { at: number; end: number; person: Person }[] {
  const found: { at: number; end: number; person: Person }[] = [];
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      // Names are capitalised; group and document phrases ("the two men") may not be.
      const flags = /^\p{Lu}/u.test(name) ? 'gu' : 'giu';
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, flags);
      for (const match of text.matchAll(pattern)) {
        found.push({ at: match.index, end: match.index + match[0].length, person });
      }
    }
  }
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  return found.filter(
    (item, index) => index === 0 || item.at >= found[index - 1]!.end || item.at !== found[index - 1]!.at,
  );
}

// Capitalised words that start names of places and institutions, not people.
const NOT_A_NAME =
  /^(The|A|An|In|On|At|But|And|Then|This|That|White|House|Foreign|Ministry|Department|State|States|United|Nations|Council|Kremlin|China|Chinese|Russia|Russian|Ukraine|Ukrainian|Moscow|Beijing|Kyiv|Washington|European|Union|NATO|West|Western|President|Prime|Minister|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A name of two or three capitalised words, not in the registry ("Liana Fix"). */
function unregisteredName(words: string): string | null {
  const parts = words.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((part) => /^\p{Lu}[\p{L}'’-]+$/u.test(part) && !NOT_A_NAME.test(part))) return null;
  return parts.join(' ');
}

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

function speakerFrom(text: string, people: readonly Person[]): Speaker | null {
  // A full stop after a name ends the sentence, unless the name ends in an initial.
  const trimmed = text.trim().replace(/(\p{L}{2,})\.$/u, '$1');
  const person = findPeople(trimmed, people).find(
    (item) => item.at === 0 && item.end === trimmed.length,
  )?.person;
  if (person) return { person, name: person.name };
  const name = unregisteredName(trimmed);
  return name ? { person: null, name } : null;
}

function isCollective(person: Person | null): boolean {
  return person?.category === 'document' || person?.category === 'joint';
}

/** The person a pronoun stands for: the most recent speaker, else the nearest named person. */
function resolvePronoun(
  context: AttributionContext,
  sentenceBefore: string,
): { speaker: Speaker; rule: string; confidence: number } | null {
  // "He" is a person: documents and pairs of leaders are not candidates.
  const recent = context.recentSpeakers.filter((speaker) => !isCollective(speaker.person)).at(-1);
  if (recent) return { speaker: recent, rule: 'pronoun-recent-speaker', confidence: 0.8 };
  for (const [text, rule, confidence] of [
    [sentenceBefore, 'pronoun-named-in-sentence', 0.7],
    [context.previousSentence ?? '', 'pronoun-named-in-previous-sentence', 0.6],
    [context.teaser, 'pronoun-named-in-teaser', 0.6],
  ] as const) {
    const people = findPeople(text, context.people).filter((item) => !isCollective(item.person));
    const named = people.at(-1);
    // Only when one person is named: with two, "he" could be either.
    const distinct = new Set(people.map((item) => item.person.id));
    if (named && distinct.size === 1)
      return { speaker: { person: named.person, name: named.person.name }, rule, confidence };
  }
  return null;
}

/** Replaces the text inside quotation marks with spaces, so patterns only see narration. */
function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let masked = text;
  for (const quote of quotes) {
    masked = masked.slice(0, quote.start) + ' '.repeat(quote.end - quote.start) + masked.slice(quote.end);
  }
  return masked;
}

const NAME_WORDS = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}";

/**
 * Attributes one quote of a sentence. Rules, in order: the speaker right after the quote;
 * "according to"; a label ("Quote from X:"); the speaker before the quote with a speech
 * verb (people, documents and groups); pronouns; a quote continuing the previous one.
 */
export function attributeQuote(
  sentence: string,
  quotes: readonly QuoteSpan[],
  index: number,
  context: AttributionContext,
): QuoteAttribution {
  const quote = quotes[index]!;
  const masked = maskQuotes(sentence, quotes);
  const none: QuoteAttribution = { speaker: null, rule: null, confidence: 0, evidence: null };
  const afterStart = quote.closeMark === null ? quote.end : quote.closeMark + 1;
  const after = masked.slice(afterStart);
  const beforeEnd = quote.openMark ?? quote.start;
  const before = masked.slice(0, beforeEnd);
  const found = (speaker: Speaker, rule: string, confidence: number, evidence: string): QuoteAttribution => ({
    speaker,
    rule,
    confidence,
    // The evidence is read from narration with quotes blanked out: show them as “…”.
    evidence: evidence
      .replace(/([“"«])\s{2,}([”"»]?)/g, '$1…$2')
      .replace(/\s+/g, ' ')
      .trim(),
  });

  // 1. Speaker right after the quote: “…,” Xi told Putin / “…,” said Liana Fix, a fellow …
  if (quote.closeMark !== null || quote.cut === 'unopened') {
    const named = new RegExp(
      `^\\s*[,.?!…]?\\s*(${NAME_WORDS}|he|she|they)(?:,[^,]{1,160}?,)?\\s+(?:${SPEECH_VERBS})\\b`,
      'u',
    ).exec(after);
    if (named) {
      const subject = named[1]!;
      if (PRONOUNS.test(subject)) {
        const resolved = resolvePronoun(context, before);
        if (resolved)
          return found(resolved.speaker, `speaker-after-${resolved.rule}`, resolved.confidence, named[0]);
      } else {
        const speaker = speakerFrom(subject, context.people);
        if (speaker) return found(speaker, 'speaker-after', 0.95, named[0]);
      }
    }
    const inverted = new RegExp(`^\\s*[,.?!…]?\\s*(?:${SPEECH_VERBS})\\s+(${NAME_WORDS})`, 'u').exec(after);
    if (inverted) {
      const speaker = speakerFrom(inverted[1]!, context.people);
      if (speaker) return found(speaker, 'speaker-after', 0.95, inverted[0]);
    }
  }

  // 2. "according to X" anywhere in the sentence's narration.
  const according =
    /according to\s+((?:the |their |his |her |its )?[\p{L}’'\s-]{2,60}?)(?=[,.;]|\s+(?:released|published|issued|posted)|$)/iu.exec(
      masked,
    );
  if (according) {
    const people = findPeople(according[1]!, context.people);
    if (people[0])
      return found(
        { person: people[0].person, name: people[0].person.name },
        'according-to',
        0.9,
        according[0],
      );
  }

  // 3. Label style: "Quote from Danilov: “…”".
  const label = new RegExp(
    `(?:quote|statement|comment|message)s? (?:from|by)\\s+(${NAME_WORDS})\\s*:\\s*$`,
    'iu',
  ).exec(before);
  if (label) {
    const speaker = speakerFrom(label[1]!, context.people);
    if (speaker) return found(speaker, 'label', 0.95, label[0]);
  }

  // 4. Speaker before the quote with a speech verb, in the same clause: the nearest subject
  //    before the last speech verb. Documents ("the joint statement") and groups ("the two
  //    men") are speakers too.
  const verbs = [...before.matchAll(new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'gu'))];
  // A verb of saying governs what follows it ("Korolev said the statement showed …").
  const verb = verbs.filter((match) => SAYING_VERBS.has(match[0])).at(-1) ?? verbs.at(-1);
  if (verb) {
    const head = before.slice(0, verb.index);
    const people = findPeople(head, context.people);
    const nearest = people.at(-1);
    const pronoun = /\b(he|she|they)\s+(?:\S+\s+){0,3}$/i.exec(head);
    const nameMatch = [
      ...head.matchAll(new RegExp(`(${NAME_WORDS})(?:,[^,]{1,160}?,)?\\s+(?:\\S+\\s+){0,5}$`, 'gu')),
    ].at(-1);
    if (pronoun && (!nearest || pronoun.index > nearest.at)) {
      const resolved = resolvePronoun(context, head.slice(0, pronoun.index));
      if (resolved)
        return found(
          resolved.speaker,
          `speaker-before-${resolved.rule}`,
          resolved.confidence,
          before.slice(pronoun.index),
        );
    }
    // The named subject must be close to the verb: at most an appositive and a few words.
    // "The leaders’ statement said": a possessive names who owns the subject, not the subject;
    // when the subject is a document noun of the registry ("statement"), that is the speaker.
    const possessive = nearest ? /^[’']s?\s/.test(head.slice(nearest.end)) : false;
    if (nearest && possessive) {
      const document = documentNamedBy(head.slice(nearest.end), context.people);
      if (document)
        return found({ person: document, name: document.name }, 'document', 0.7, before.slice(nearest.at));
    }
    if (nearest && !possessive && verb.index - nearest.end <= 170) {
      const between = head.slice(nearest.end);
      const appositiveOk =
        /^(?:[’']s)?(?:,[^,]{1,160},)?\s*(?:\S+\s+){0,5}$/.test(between) ||
        /^\s*(?:\S+\s+){0,5}$/.test(between);
      if (appositiveOk) {
        const rule =
          nearest.person.category === 'document'
            ? 'document'
            : nearest.person.category === 'joint'
              ? 'both-leaders'
              : 'speaker-before';
        const confidence = rule === 'speaker-before' ? 0.85 : 0.8;
        return found(
          { person: nearest.person, name: nearest.person.name },
          rule,
          confidence,
          before.slice(nearest.at),
        );
      }
    }
    if (nameMatch && (!nearest || nameMatch.index > nearest.at)) {
      const speaker = speakerFrom(nameMatch[1]!, context.people);
      if (speaker && !speaker.person)
        return found(speaker, 'speaker-before', 0.75, before.slice(nameMatch.index));
    }
  }

  // 5. A quote whose opening was cut, right after a sentence whose quote was cut open at
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
  return none;
}

/** Full: a clause someone said; partial: a phrase of theirs in the writer's sentence; scare: a term in marks. */
export function classifyQuote(sentence: string, quote: QuoteSpan, hasSpeaker: boolean): QuoteKind {
  const words = quote.text.split(/\s+/).filter(Boolean).length;
  const clauseEnd = /[.,?!…;:]$/.test(quote.text);
  const startsSentence = sentence.slice(0, quote.openMark ?? quote.start).trim() === '';
  const afterColon = /:\s*$/.test(sentence.slice(0, quote.openMark ?? quote.start));
  if (words >= 4 && (clauseEnd || startsSentence || afterColon || quote.cut !== null)) return 'full';
  if (hasSpeaker || words >= 4) return 'partial';
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
  sentences.forEach((sentence, sentenceIndex) => {
    const spans = findQuotes(sentence.text);
    const context = {
      people,
      teaser,
      recentSpeakers,
      previousSentence: sentenceIndex > 0 ? sentences[sentenceIndex - 1]!.text : null,
      openQuoteSpeaker,
    };
    openQuoteSpeaker = null;
    spans.forEach((span, index) => {
      const attribution = attributeQuote(sentence.text, spans, index, context);
      const speaker = attribution.speaker;
      if (speaker) recentSpeakers.push(speaker);
      if (span.cut === 'unclosed' && index === spans.length - 1) openQuoteSpeaker = speaker;
      quotes.push({
        id: `${sentence.id}-q${index + 1}`,
        sentenceId: sentence.id,
        start: span.start,
        end: span.end,
        text: span.text,
        kind: classifyQuote(sentence.text, span, speaker !== null),
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
