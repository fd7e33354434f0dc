/**
 * The verbs that attribute words to a speaker: verbs of saying ("said", "told", "tweeted")
 * and verbs that attribute without saying ("called", "praised … as"), with the plural nouns
 * among them told apart by their neighbours.
 */

/** A set of the words of a whitespace-separated list. */
export const wordSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Verbs of saying: their subject is the speaker ("X said the statement showed …"). Each
 * verb in its -s, -ed and -ing forms; the base form only for say and tell, since most are
 * nouns too ("a note", "the report"). Among them are the cues PolNeAR's annotators marked
 * at least three times in its train split ("assured", "interjected", "exclaimed", …).
 */
export const SAYING_VERBS = wordSet(`
  acknowledged acknowledges acknowledging added adding adds admits admitted admitting alleged
  alleges alleging announced announces announcing answered answering answers argued argues arguing
  asked asking asks asserted asserting asserts assured assures assuring boasted boasting boasts
  bragged bragging brags cautioned cautioning cautions chanted chanting chants claimed claiming
  claims complained complaining complains conceded concedes conceding concluded concludes concluding
  concurred concurring concurs confirmed confirming confirms contended contending contends continued
  continues countered countering counters declared declares declaring denied denies
  denying echoed echoes echoing elaborated elaborates elaborating emailed emailing emails exclaimed
  exclaiming exclaims explained explaining explains fumed fumes fuming grumbled grumbles grumbling
  gushed gushes gushing insisted insisting insists interjected interjecting interjects joked jokes
  joking lamented lamenting laments marveled marveling marvels mused muses musing noted notes noting
  observed observes observing opined opines opining posted posts predicted predicting
  predicts proclaimed proclaiming proclaims quipped quipping quips recalled recalling recalls
  recounted recounting recounts remarked remarking remarks replied replies replying reported
  reports responded responding responds retorted retorting retorts said say saying says
  scoffed scoffing scoffs shouted shouting shouts snapped stated states stating
  stressed stresses stressing tell telling tells testified testifies testifying texted texting texts
  told tweeted tweeting tweets urged urges urging vented warned warning warns wondered
  wondering wonders writes writing wrote yelled yelling yells
`);

/** Verbs that attribute words without saying them ("called for", "praised … as", "showed"). */
const ATTRIBUTING_VERBS = wordSet(`
  pledged promised vowed called calls described describes praised praises hailed hails greeted welcomed
  welcomes dismissed dismisses accused suggested suggests emphasized emphasised underlined showed shows
  focused focuses calling accuses accusing labeled labelled labeling branded dubbed thanked thanks blasted
  slammed criticized criticised mocked touted urging vowing pledging promising describing
  praising dismissing blasting slamming criticizing criticising mocking branding hailing touting
  labelling
`);

/** Whether a lowercase word is a verb of saying or attributing. */
export const isSpeechVerb = (word: string): boolean => SAYING_VERBS.has(word) || ATTRIBUTING_VERBS.has(word);

/** Any verb of saying or attributing, as a whole word (global: for matchAll). */
const SPEECH_VERB = new RegExp(`\\b(?:${[...SAYING_VERBS, ...ATTRIBUTING_VERBS].join('|')})\\b`, 'gu');

// Verbs that are also plural nouns: "that states can pass such laws", "the reports".
const ALSO_NOUNS = wordSet(
  `states reports notes claims answers replies tweets posts remarks calls thanks shows emails texts
  jokes chants shouts counters echoes laments boasts`,
);
const NOUN_BEFORE =
  /(?:\b(?:the|a|these|those|some|many|all|other|in|of|for|and|or|both|several|most|key|which|that|such|few|whose|their|his|her|its|our|your|new|recent|early)|\d)\s+$/u;
const NOUN_AFTER =
  /^\s+(?:can|could|will|would|should|may|might|must|have|are|were|do|did|that\s+(?:\p{Ll}+ed|are|were|have))\b/u;

/**
 * The verbs of saying or attributing in a text, in order, without a word that reads as a
 * noun where it stands ("Cruz said … that states can pass such laws": "said" only).
 */
export function speechVerbsIn(text: string): RegExpExecArray[] {
  return [...text.matchAll(SPEECH_VERB)].filter(
    (match) =>
      !ALSO_NOUNS.has(match[0]) ||
      !(
        NOUN_BEFORE.test(text.slice(0, match.index)) ||
        NOUN_AFTER.test(text.slice(match.index + match[0].length))
      ),
  );
}
/** A verb of saying that opens the text. */
export const SAYING_VERB_AT_START = new RegExp(`^(?:${[...SAYING_VERBS].join('|')})\\b`, 'u');
