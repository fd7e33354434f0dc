/**
 * Organisations that speak: "the State Department said", "The Washington Post reported",
 * "according to the FBI", "the US Conference of Mayors". A name counts only when nothing
 * but "the" stands before it, so "a State Department official" stays a person. Read by
 * speakers.ts (who a phrase names) and the speaker ranker (who spoke before).
 */
import { countries } from 'countries-list';
import type { Speaker } from './speakers.ts';
import { wordSet } from './speech-verbs.ts';

// Nouns of organisations, places and events: alone, never a speaker's name ("the US
// Conference", "the District"). In a longer name they may be one ("the Clinton Foundation").
export const INSTITUTION_WORDS = wordSet(`
  Committee Campaign Department Court Agency Council Association Institute University College
  School Foundation Center Centre Office Administration Commission Fund Group Inc Corp Journal
  Magazine Poll Project Senate Congress Union Coalition Bureau Service Company Tribune Press
  Network Party Church Conference District County City Street Avenue Square Hall Airport Station
  Hotel Bank Board Forum Summit Convention Caucus Program Programme Act Museum Library Hospital
  Park River Club Army Navy Police Ministry Embassy Parliament Assembly Cabinet Team Review
`);

// The last word of an organisation's name ("the State Department", "The Washington Post",
// "the White House"), beside INSTITUTION_WORDS; alone after "the", only the ones in
// ORGANISATION_ALONE ("the Post reported", "the Kremlin said").
const ORGANISATION_ENDS = new Set([
  ...INSTITUTION_WORDS,
  ...wordSet(`House Times Post News Kremlin Pentagon Guardian Telegraph Economist Observer Herald Reuters
  Gazette Register Inquirer Chronicle Globe Sun Star Examiner Caller Beast Hill Blaze Monitor Radio Television
  Yorker`),
]);
const ORGANISATION_OF =
  /^\s*(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}.'’&-]*\s+)*?(\p{Lu}[\p{L}'’-]+)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s*){1,4})$/u;
const ORGANISATION_ALONE = wordSet(`Post Times Journal Kremlin Pentagon Guardian Telegraph Economist`);
// Capitals that are not an organisation speaking: places, peoples, a person's initials.
const NOT_ORGANISATIONS = wordSet(`US USA UK EU UN II III IV OK TV AM PM`);

const organisation = (name: string): Speaker => ({ person: null, name, organisation: true });

/**
 * An organisation a capitalised run names, when nothing but "the" stands before it: a name
 * that ends in an organisation's word ("the State Department", "The New York Times", "the
 * Clinton Foundation"), "the Post" or "the Kremlin" alone, or an acronym ("the FBI", "CNN").
 */
export function organisationNamed(run: string, before: string): Speaker | null {
  if (!/^\s*(?:the\s*)?$/iu.test(before)) return null;
  const words = run
    .trim()
    .split(/\s+/)
    .filter((word) => !/^the$/iu.test(word));
  const last = words.at(-1);
  if (last === undefined || words.length > 6) return null;
  const named =
    words.length === 1
      ? (/^the\s*$/iu.test(before) || /^The$/u.test(run.trim().split(/\s+/)[0]!)
          ? ORGANISATION_ALONE.has(last)
          : false) ||
        // Three capitals at least: two are mostly states and countries ("Berea, OH").
        (/^\p{Lu}{3,5}$/u.test(last) && !NOT_ORGANISATIONS.has(last))
      : ORGANISATION_ENDS.has(last) &&
        words.every((word) => /^\p{Lu}/u.test(word) || /^(?:of|for|and|on)$/u.test(word));
  return named ? organisation(words.join(' ')) : null;
}

// States speak through their governments: "Russia insisted", "Beijing has said", "the
// United States warned". Country names and capitals come from countries-list (ISO 3166,
// maintained); the short forms news writes most are added ("the U.S.", "Britain").
const STATES = new Set([
  ...Object.values(countries).flatMap(({ name, capital }) => [name, capital.replace(/ D\.C\.$/u, '')]),
  ...['U.S.', 'US', 'USA', 'U.K.', 'UK', 'Britain', 'Great Britain'],
]);
STATES.delete('');

/**
 * A state a capitalised run names, when nothing but "the" stands before it; the words
 * before the state's name in the run may only be `leading` ones ("Even China said").
 */
export function stateNamed(run: string, before: string, leading: ReadonlySet<string>): Speaker | null {
  if (!/^\s*(?:the\s*)?$/iu.test(before)) return null;
  const words = run.trim().split(/\s+/);
  for (let start = 0; start < words.length; start += 1) {
    const name = words.slice(start).join(' ');
    if (STATES.has(name)) return organisation(name);
    if (!leading.has(words[start]!)) return null;
  }
  return null;
}

// People who speak as a group: "Protesters chanted", "police said", "some local residents say".
const GROUP_NOUNS = wordSet(`
  protesters demonstrators marchers police officials critics analysts experts supporters opponents
  residents voters lawmakers legislators activists organizers organisers witnesses investigators
  prosecutors authorities observers diplomats economists scientists researchers aides advisers
  advisors insiders campaigners
`);
const GROUP_DETERMINERS = wordSet('the some many most other several both all few these those');

/**
 * A group a phrase names, when it is the phrase's subject: a group noun after determiners
 * and at most two lowercase words ("some local residents"), with nothing capitalised after
 * it ("protesters marching through the streets"). Capitalised words that modify it ("Chinese
 * officials", "Angry protesters") make it no group this reads: the group's name would not
 * be the words a reader knows it by.
 */
export function groupNamed(phrase: string): Speaker | null {
  const words = phrase.trim().split(/\s+/u);
  let start = 0;
  while (start < words.length && GROUP_DETERMINERS.has(words[start]!.toLowerCase())) start += 1;
  const at = words.findIndex((word, index) => index >= start && GROUP_NOUNS.has(word.toLowerCase()));
  if (at === -1 || at - start > 2) return null;
  const modifiers = words.slice(start, at);
  const rest = words.slice(at + 1);
  const lowercase = (word: string) => !/\p{Lu}/u.test(word);
  // The group noun may open the sentence ("Protesters chanted"); nothing else is capitalised.
  if (!modifiers.every(lowercase) || !rest.every(lowercase) || (at > start && !lowercase(words[at]!)))
    return null;
  return organisation([...modifiers, words[at]!].join(' ').toLowerCase());
}

/** Whether a name is a state's, as stateNamed reads it ("Russia", "Beijing", "U.S."). */
export function isStateName(name: string): boolean {
  return STATES.has(name);
}

/** An organisation's name with "of" that a phrase is: "The US Conference of Mayors", "the Department of Justice". */
export function organisationWithOf(phrase: string): Speaker | null {
  const ofName = ORGANISATION_OF.exec(phrase);
  return ofName && ORGANISATION_ENDS.has(ofName[2]!)
    ? organisation(ofName[1]!.replace(/\s+/gu, ' ').trim())
    : null;
}

/** Whether a speaker's name is one of an organisation, as organisationNamed or organisationWithOf read it. */
export function isOrganisationName(name: string): boolean {
  return organisationNamed(name, 'the') !== null || organisationWithOf(name) !== null || isStateName(name);
}
