/**
 * Recognising who speaks: the people of the registry and unregistered names in a phrase,
 * and the subject before a speech verb (the person a pronoun stands for is in
 * speaker-pronouns.ts). A wrong name is worse than none, so every step is conservative
 * and may answer null.
 */
import { slugify } from '../ids.ts';
import { UNKNOWN_VOICE, type Person, type SpeakerRef } from '../schema/index.ts';
import {
  INSTITUTION_WORDS,
  groupNamed,
  organisationNamed,
  organisationWithOf,
  stateNamed,
} from './speaker-organisations.ts';
import { wordSet } from './speech-verbs.ts';

// Words that are titles or places, not parts of a person's name.
const NOT_NAME_WORDS = wordSet(`
  The A An In On At But And Then This That Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. President Vice Prime Minister Deputy
  Foreign Defence Defense Secretary State Ambassador Spokesman Spokeswoman Spokesperson Chancellor General
  Chief Senator Governor Premier Chairman Director Professor Prof. Commander Colonel Kremlin White House
  Ministry Department United Nations Council China Chinese Russia Russian Ukraine Ukrainian Moscow Beijing
  Kyiv Washington European Union NATO West Western U.S. US UN EU UK Japanese Japan British American French
  German Monday Tuesday Wednesday Thursday Friday Saturday Sunday Sen. Sens. Rep. Reps. Gov. Lt. Gen. Sgt. Pres.
  Capt. Maj. Col. Adm. Rev. Rev Judge Justice Attorney Mayor Speaker Leader Former Republican Republicans
  Democratic Democrat Democrats GOP Miss Sir Lady Lord Pope Presidential Candidate Nominee Congressman
  Congresswoman Sheriff Officer Agent Coach Pastor Rabbi Father Sister Brother Mother Mrs.
  Hampshire Jersey Carolina Dakota York If While When Whether Both After Before Although Though As
  Since Because Even So Yet Or For With Without According During Despite Meanwhile However Instead
  Senate Minority Majority Whip Chair Chairwoman Executive Assistant Associate Adviser Advisor
  Strategist Commissioner Councilman Councilwoman Treasurer Lieutenant Assemblyman Assemblywoman
  Administrator Inspector Solicitor Prosecutor Counsel Aide Press Communications Manager Staff
  Founder CEO Editor Publisher Anchor Host Correspondent Columnist Economist Analyst Pollster
  Co-Founder Cofounder Spokesperson Organizer Activist Chairperson Delegate Superintendent
  Recorder Clerk Auditor Comptroller Controller Assessor Supervisor Alderman Councilor Councillor
  Provost Trustee Regent Surgeon Representative Lawmaker Now Still Also Later Earlier Yesterday Today
  Latest Admiral Rear Brigadier Captain Sergeant Corporal Commodore Del. Archbishop Maybe Perhaps
  Said Says Added Asked Wrote Writes Explained Noted Told
`);

// Titles and places that are also surnames: after a first name and ending a name they are
// its surname ("Amy Pope", "Marty West", "Kerry Washington"), not a title or a place.
const SURNAME_TITLES = wordSet(
  `Pope Judge Mayor Speaker Sheriff Coach Lord Bishop Brother Father Sister Leader West Washington French English`,
);

const QUOTE_MARKS = ['“', '”', '"', '«', '»'];
export const AFTER_PREPOSITION =
  /(\S*)\s*\b(in|at|from|of|by|to|near|for|with|on|into|across|outside|inside|via|about)\s+(?:the\s+)?$/iu;
const TRAILING_PHRASE =
  /(\p{Lu}[\p{L}'’-]+\.?)\s+(?=(?:of|from|at|in|on|during|via|with|for|to|after|before|when|while|who|whose|which|as|about|outside|near)\s)/gu;
const ORGANISATION_DOCUMENT =
  /^(?:[Tt]he|[Aa]n?)?\s*((?:\p{Lu}[\p{L}.'’&-]*\s+){1,5})(?:report|statement|memo|letter|release|study|survey|analysis|document|filing|complaint|ruling|order|email|editorial)$/u;
const CAPITALISED_RUN = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,5}\p{Lu}[\p{L}'’.-]*)\s*$/u;

/** Who said a quote: a registry person, or a name the text gives. */
export interface Speaker {
  /** A person of the registry, or a name found in the text. */
  person: Person | null;
  name: string;
  /** An organisation the text names ("the State Department", "The New York Times"): never a he or she. */
  organisation?: true;
}

/** What the speaker rules know of the article around the sentence being read. */
export interface AttributionContext {
  people: readonly Person[];
  /** The teaser as plain text: it sometimes names the person the body calls "he". */
  teaser: string;
  /** Speakers of earlier quotes in the same article, most recent last. */
  recentSpeakers: readonly Speaker[];
  /** The plain text of the sentence before this one in the body, if any. */
  previousSentence: string | null;
  /** The plain text of the sentence after this one, when neither was cut from the other. */
  nextSentence?: string | null;
  /** Speaker of the previous sentence's last quote, if it was cut open at the end. */
  openQuoteSpeaker: Speaker | null;
  /** Speaker of the previous sentence's last quote, if it has one. */
  previousSpeaker: Speaker | null;
  /** The people the whole article names. */
  names: ArticleNames;
}

/** A registry name found in a text, with its offsets. */
export interface Mention {
  at: number;
  end: number;
  person: Person;
}

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Name patterns are compiled once per registry: they are matched for every quote.
interface NamePattern {
  person: Person;
  pattern: RegExp;
  /** For a capitalised name, the name up to any apostrophe: a text without it cannot match (a fast check). */
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
          // Straight and curly apostrophes are alike ("China’s foreign ministry"), as in the lexicons.
          pattern: new RegExp(
            `(?<![\\p{L}\\p{N}])${escapeRegExp(name).replace(/['’‘]/g, "['’‘]")}(?![\\p{L}\\p{N}])`,
            capitalised ? 'gu' : 'giu',
          ),
          // Up to an apostrophe, which the text may write either way.
          literal: capitalised ? name.split(/['’‘]/)[0]! : null,
        };
      }),
    );
    namePatterns.set(people, patterns);
  }
  return patterns;
}

/** Every registry name in a text, with its position; the longest match wins at each place. */
export function findPeople(text: string, people: readonly Person[]): Mention[] {
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

/** A document or a joint speaker (the two leaders), not one person. */
export function isCollective(person: Person | null): boolean {
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

// A name's parts: capitalised words ("Anne-Marie", "O’Rourke"), initials ("B."), suffixes.
const NAME_PART = /^\p{Lu}[\p{L}'’-]+$/u;
const INITIAL = /^\p{Lu}\.?$/u;
// Initials that stand for first names: "J.J. MacNab".
const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;
const isNamePart = (part: string) => NAME_PART.test(part) && !NOT_NAME_WORDS.has(part);

/**
 * A name of two to four capitalised words, titles dropped ("Deputy Minister Dmitry X" →
 * "Dmitry X", "FBI Director James B. Comey" → "James B. Comey"); a middle initial and a
 * suffix (Jr., III) may be among them but cannot start or end it alone.
 */
export function unregisteredName(words: string): string | null {
  const parts = words
    .trim()
    .split(/\s+/)
    .map((part) => part.replace(/[’']s$/, '').replace(/,$/, ''));
  const isTitle = (part: string, index: number) =>
    NOT_NAME_WORDS.has(part) &&
    !(SURNAME_TITLES.has(part) && index === parts.length - 1 && index > 0 && isNamePart(parts[index - 1]!));
  // The name starts after the last title: "Former Florida Gov. Jeb Bush" → "Jeb Bush".
  let start = 0;
  parts.forEach((part, index) => {
    if (isTitle(part, index)) start = index + 1;
  });
  const name = parts.slice(start);
  const core = name.filter((part, index) => !(index > 0 && (INITIAL.test(part) || SUFFIX.test(part))));
  if (core.length < 2 || core.length > 3 || name.length > 4) return null;
  // A first initial before a first name and a surname: "J. Gerald Hebert", "E. Jean Carroll".
  const namePart = (part: string, index: number) =>
    (NAME_PART.test(part) ||
      (index === 0 && (INITIALS.test(part) || (INITIAL.test(part) && core.length === 3)))) &&
    !isTitle(part, parts.indexOf(part, start));
  if (!core.every(namePart)) return null;
  // The name without a suffix: "Brent Bozell", as later mentions ("Bozell") call him.
  return name.filter((part) => !SUFFIX.test(part)).join(' ');
}

/** The last word of a name that is its surname ("Comey" of "James B. Comey", not "Jr."). */
export function surnameOf(name: string): string {
  const parts = name.split(/\s+/).filter((part) => !SUFFIX.test(part));
  return parts.at(-1) ?? name;
}

/**
 * The people an article names, read before its quotes are attributed: full names by
 * surname (a later "Comey" or "Mr. Comey" is the "James B. Comey" introduced before), and
 * the capitalised words it uses inside sentences, where only proper nouns keep a capital
 * ("Officials said" opens a sentence; "Brinkley said" can stand anywhere).
 */
export interface ArticleNames {
  /** Full names by surname; a surname two full names share maps to null (ambiguous). */
  bySurname: ReadonlyMap<string, string | null>;
  /** Words the article capitalises somewhere other than at the start of a sentence. */
  properNouns: ReadonlySet<string>;
}

export const NAME_RUN = /(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]+/gu;

/** Collects the names and proper nouns of an article's texts (teaser and sentences). */
export function collectArticleNames(texts: readonly string[]): ArticleNames {
  const bySurname = new Map<string, string | null>();
  const properNouns = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(NAME_RUN)) {
      const name = unregisteredName(match[0]);
      if (!name) continue;
      const surname = surnameOf(name);
      const known = bySurname.get(surname);
      // A longer form of the same name ("James Comey", then "James B. Comey") is the same person.
      if (known === undefined) bySurname.set(surname, name);
      else if (known !== null && known !== name && !sameName(known, name)) bySurname.set(surname, null);
    }
    for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:’'”")]\s+)\p{Lu}[\p{L}'’-]+/gu))
      properNouns.add(match[0]);
  }
  return { bySurname, properNouns };
}

/** Two forms of one name: the same first and last words ("James Comey", "James B. Comey"). */
function sameName(a: string, b: string): boolean {
  const [first, second] = [a.split(/\s+/), b.split(/\s+/)];
  return first[0] === second[0] && surnameOf(a) === surnameOf(b);
}

/**
 * A speaker named by one capitalised word ("Kasich", "Mr. Weiner"): the full name the
 * article introduced with that surname, else the word itself when the article uses it as a
 * proper noun; null for a word that is capitalised only where sentences start.
 */
function byOneWord(word: string, titled: boolean, context: AttributionContext): Speaker | null {
  if (NOT_NAME_WORDS.has(word) || INSTITUTION_WORDS.has(word) || !NAME_PART.test(word)) return null;
  const full = context.names.bySurname.get(word);
  if (full) return { person: null, name: full };
  // A surname two people of the article share ("Adelson" of Sheldon and Miriam Adelson)
  // stays a surname; a title ("Gov. Kasich") marks a name; peoples and groups
  // ("Americans", "Iranians", "Chinese") are capitalised too.
  const proper = titled || full === null || context.names.properNouns.has(word);
  // "Republican-leaning" is an adjective, not a name.
  return proper && !/(?:ans|ese)$|-\p{Ll}/u.test(word) ? { person: null, name: word } : null;
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
export function speakerInPhrase(phrase: string, context: AttributionContext): Speaker | null {
  const speaker = speakerEndingPhrase(phrase, context) ?? groupNamed(phrase);
  if (speaker) return speaker;
  // "The US Conference of Mayors", "the Department of Justice".
  const organisation = organisationWithOf(phrase);
  if (organisation) return organisation;
  // "Robert Antonacci of the New York delegation", "Joel Pollak of Breitbart California":
  // a name before an "of" phrase.
  // ("Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem": the first "of".)
  for (const affiliated of phrase.matchAll(/\p{Lu}[\p{L}'’-]+(?=\s+(?:of|from|at)\s+\S)/gu)) {
    const named = speakerEndingPhrase(phrase.slice(0, affiliated.index + affiliated[0].length), context);
    if (named) return named;
  }
  return null;
}

/**
 * The speaker a phrase after a verb of saying opens: "said Amy Smith in a statement",
 * "said Stephen Vladeck of the University of Texas School of Law". A name before a phrase
 * that a lowercase word opens; the first place that leaves a name wins.
 */
export function speakerOpeningPhrase(phrase: string, context: AttributionContext): Speaker | null {
  const speaker = speakerEndingPhrase(phrase, context);
  if (speaker) return speaker;
  for (const cut of phrase.matchAll(TRAILING_PHRASE)) {
    const named = speakerEndingPhrase(phrase.slice(0, cut.index + cut[1]!.length), context);
    if (named) return named;
  }
  return null;
}

/** The speaker named at the end of a phrase (see speakerInPhrase). */
function speakerEndingPhrase(phrase: string, context: AttributionContext): Speaker | null {
  // Only what follows the last quotation mark can name the speaker (“…” Rep. Issa said).
  const text = phrase
    .slice(Math.max(...QUOTE_MARKS.map((mark) => phrase.lastIndexOf(mark))) + 1)
    // A party and state tag ends many names: "Harry M. Reid (D-Nev.)", "(R-Ky" cut at a stop.
    .replace(/\s*(?:\([^()]*\)|\([DRI](?:-[\p{L}. ]{1,14})?)\s*$/u, '')
    .replace(/(\p{L}{2,})\.$/u, '$1')
    .replace(/^[\s,]+/u, '')
    .trim();
  if (text === '') return null;
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
  // An organisation's document: "the IMF report", "a State Department memo".
  const document = ORGANISATION_DOCUMENT.exec(text);
  const author = document ? organisationNamed(document[1]!, 'the') : null;
  if (author) return author;
  // A capitalised run that ends the phrase.
  const found = CAPITALISED_RUN.exec(text);
  const run = found?.[1];
  if (!found || !run) return null;
  // A hashtag or a handle ("#NeverTrump", "@GOP") names no speaker.
  if (/[#@]$/u.test(text.slice(0, found.index))) return null;
  // "a woman in Worcester", "a letter obtained by The Associated Press", "most of
  // Americans": a name after a preposition is not the subject; "Farook’s name": a
  // possessive names someone else.
  const preposition = AFTER_PREPOSITION.exec(text.slice(0, found.index));
  // …except in a title: "Secretary of State Madeleine Albright".
  const inTitle = preposition?.[2]?.toLowerCase() === 'of' && NOT_NAME_WORDS.has(preposition[1] ?? '');
  if ((preposition && !inTitle) || /[’']s?$/u.test(run)) return null;
  // "American Action Forum’s Douglas Holtz-Eakin": the name after the possessor.
  const owned = /^.*[’']s?\s+(?=\p{Lu})/u.exec(run);
  if (owned) return speakerEndingPhrase(run.slice(owned[0].length), context);
  // (A capital that is the surname of someone the article named is that person: "Douglas".)
  const organisation =
    organisationNamed(run, text.slice(0, found.index)) ??
    (context.names.bySurname.has(run.trim())
      ? null
      : stateNamed(run, text.slice(0, found.index), NOT_NAME_WORDS));
  if (organisation) return organisation;
  const name = unregisteredName(run);
  if (name) return { person: null, name };
  const words = run.trim().split(/\s+/);
  const single = words.at(-1)!;
  // One name word, after a title at most ("Mr. Weiner", "Sen. Sasse", "Kasich").
  const titles = words.slice(0, -1);
  if (!titles.every((word) => NOT_NAME_WORDS.has(word))) return null;
  return bySurname(single, context) ?? byOneWord(single, titles.length > 0, context);
}

/**
 * Removes what stands between a subject and its verb: a parenthesis, a relative clause
 * (", who"), or an appositive (", an expert at …,"). "Lavrov's deputy, Sergei Ryabkov,"
 * keeps the name, which is the subject there.
 */
export function subjectPhrase(head: string): string {
  let text = head.replace(/\s+$/, '');
  // ("Marcia Price (D-Newport News)," keeps its comma: the appositive closes after it.)
  text = text.replace(/\s*\([^()]*\)(,?)$/, '$1');
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

/** The published form of a speaker: registry people keep their id and category. */
export function toSpeakerRef(speaker: Speaker): SpeakerRef {
  return speaker.person
    ? {
        id: speaker.person.id,
        name: speaker.person.name,
        category: speaker.person.category,
        registered: true,
      }
    : { id: slugify(speaker.name), name: speaker.name, category: UNKNOWN_VOICE, registered: false };
}
