/**
 * Recognising who speaks: the people of the registry and unregistered names in a phrase,
 * the subject before a speech verb, and the person a pronoun stands for. A wrong name is
 * worse than none, so every step is conservative and may answer null.
 */
import type { Person } from '../schema/index.ts';

const wordSet = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Verbs of saying: their subject is the speaker ("X said the statement showed …"). */
export const SAYING_VERBS = wordSet(`
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

/** Any verb of saying or attributing, as a whole word (global: for matchAll). */
export const SPEECH_VERB = new RegExp(`\\b(?:${[...SAYING_VERBS, ...ATTRIBUTING_VERBS].join('|')})\\b`, 'gu');
/** A verb of saying that opens the text. */
export const SAYING_VERB_AT_START = new RegExp(`^(?:${[...SAYING_VERBS].join('|')})\\b`, 'u');

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

/** Who said a quote: a registry person, or a name the text gives. */
export interface Speaker {
  /** A person of the registry, or a name found in the text. */
  person: Person | null;
  name: string;
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
  /** Speaker of the previous sentence's last quote, if it was cut open at the end. */
  openQuoteSpeaker: Speaker | null;
  /** Speaker of the previous sentence's last quote, if it has one. */
  previousSpeaker: Speaker | null;
}

/** A registry name found in a text, with its offsets. */
export interface Mention {
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
export function speakerInPhrase(phrase: string, context: AttributionContext): Speaker | null {
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
export function subjectPhrase(head: string): string {
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
export function resolvePronoun(
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
