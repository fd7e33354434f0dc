/**
 * Who a he, she or they stands for: the one person named in the pronoun's sentence or the
 * sentence before, else the recent speaker, else the one person the teaser names. Read by
 * the speaker rules (speaker-site.ts) and the speaker ranker (speaker-mentions.ts).
 */
import type { Person, PronounRule } from '../schema/index.ts';
import {
  AFTER_PREPOSITION,
  findPeople,
  isCollective,
  NAME_RUN,
  surnameOf,
  unregisteredName,
  type AttributionContext,
  type Speaker,
} from './speakers.ts';

/**
 * The unregistered people a text names: full names ("Ronald Reagan") and surnames of full
 * names the article introduced ("Reagan"), never a name after a preposition or a possessor.
 */
function unregisteredNamesIn(text: string, context: AttributionContext): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(NAME_RUN)) {
    const before = text.slice(0, match.index);
    if (AFTER_PREPOSITION.test(before) || /[’']s?$/u.test(match[0])) continue;
    const name = unregisteredName(match[0]);
    if (name) names.add(context.names.bySurname.get(surnameOf(name)) ?? name);
  }
  for (const word of text.match(/\p{Lu}[\p{L}'’-]+(?![’'\p{L}])/gu) ?? []) {
    const full = context.names.bySurname.get(word);
    if (full) names.add(full);
  }
  return [...names];
}

/** Resolves he/she (a person) or they (a pair or group), conservatively. */
export function resolvePronoun(
  pronoun: string,
  context: AttributionContext,
  sentenceBefore: string,
): { speaker: Speaker; rule: PronounRule; confidence: number } | null {
  const plural = pronoun.toLowerCase() === 'they';
  const fits = (person: Person | null) => (plural ? person?.category === 'joint' : !isCollective(person));
  const recent = context.recentSpeakers
    .filter((speaker) => fits(speaker.person) && !speaker.organisation)
    .at(-1);
  const namedIn = (text: string, unregistered = false): Speaker[] => {
    const found = new Map<string, Speaker>();
    for (const mention of findPeople(text, context.people))
      if (fits(mention.person))
        found.set(mention.person.name, { person: mention.person, name: mention.person.name });
    // People the registry does not know: a full name, or a surname the article introduced.
    if (unregistered && !plural)
      for (const name of unregisteredNamesIn(text, context)) found.set(name, { person: null, name });
    return [...found.values()];
  };
  type Resolved = { speaker: Speaker; rule: PronounRule; confidence: number };
  const decide = (
    speakers: Speaker[],
    rule: PronounRule,
    confidence: number,
  ): Resolved | null | undefined => {
    if (speakers.length === 0) return undefined;
    // Two or more named: "he" is the recent speaker if named, else nobody can tell.
    if (speakers.length > 1) {
      return recent && speakers.some((speaker) => speaker.name === recent.name)
        ? { speaker: recent, rule: 'pronoun-recent-speaker', confidence: 0.75 }
        : null;
    }
    return { speaker: speakers[0]!, rule, confidence };
  };
  // Unregistered names count in the pronoun's own sentence only: the sentence before
  // usually names whom the speaker talks about (train: right 120 → 69 when it counted).
  for (const [text, rule, confidence, unregistered] of [
    [sentenceBefore, 'pronoun-named-in-sentence', 0.75, true],
    [context.previousSentence ?? '', 'pronoun-named-in-previous-sentence', 0.7, false],
  ] as const) {
    const decided = decide(namedIn(text, unregistered), rule, confidence);
    if (decided !== undefined) return decided;
  }
  if (recent) return { speaker: recent, rule: 'pronoun-recent-speaker', confidence: 0.7 };
  return decide(namedIn(context.teaser), 'pronoun-named-in-teaser', 0.6) ?? null;
}
