/**
 * The speaker rules that read a neighbouring sentence: a quote that goes on with the
 * previous sentence's speaker, a quotation after a sentence that reports someone's words,
 * a whole quoted sentence whose attribution is the next sentence, and a quote cut open by
 * the collection. Tried from SPEAKER_RULES (speaker-rules.ts), after the rules that read
 * the quote's own sentence.
 */
import { attributeToNamedSubject } from './speaker-clauses.ts';
import { attributeTo, attributeToPronoun, type QuoteAttribution, type QuoteSite } from './speaker-site.ts';
import { shortTailAfter } from './speaker-tails.ts';
import { isCollective, type AttributionContext } from './speakers.ts';
import { FINITE_SAYING_VERBS, speechVerbsIn } from './speech-verbs.ts';
import { tagWords } from './word-tags.ts';

/**
 * A sentence that is all quote, whole (not cut), right after a sentence whose quote has a
 * speaker: “…,” Peskov said. “That topic was not on the agenda.”
 */
export function attributeToPreviousSpeaker(site: QuoteSite): QuoteAttribution | null {
  const { before, after, quotes, quote, context } = site;
  if (before.trim() !== '' || quotes.length !== 1 || quote.cut !== null) return null;
  const wholeSentence = after.replace(/[\s.,!?…]/g, '') === '';
  // “I think they will care about jobs” and other pocketbook issues.: the quote opens the
  // sentence and the narration after it names nobody and reports no one's words.
  const narrationAfter = !wholeSentence && speechVerbsIn(after).length === 0 && !/\p{Lu}/u.test(after);
  if (narrationAfter && context.previousSpeaker && !isCollective(context.previousSpeaker.person)) {
    return attributeTo(
      context.previousSpeaker,
      'continues-previous-speaker',
      0.5,
      'the sentence before quotes the same speaker',
    );
  }
  if (!wholeSentence) return null;
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
  return speakerReportedBefore(context);
}

/**
 * "Woolson said the area is divided. “That’s a tough area.”": the speaker whose words the
 * sentence before, without a quote, reports, for a quotation that opens the next sentence.
 */
export function speakerReportedBefore(context: AttributionContext): QuoteAttribution | null {
  const previous = context.previousSentence;
  if (previous === null || /[“"]/u.test(previous)) return null;
  const verb = speechVerbsIn(previous)[0];
  if (!verb) return null;
  const head = previous.slice(0, verb.index);
  // "He didn't suggest retaliation. “Our goal is …”": a he or she resolved as for "he said".
  const pronoun = /^\s*(He|She)\s+(?:[\p{Ll}’']+\s+){0,2}$/u.exec(head);
  const named = pronoun
    ? attributeToPronoun(pronoun[1]!, context, '', 'speaker-before', head)
    : attributeToNamedSubject(previous, head, context);
  if (!named?.speaker || !named.rule?.startsWith('speaker-before') || isCollective(named.speaker.person))
    return null;
  return attributeTo(
    named.speaker,
    'continues-previous-speaker',
    0.55,
    `the sentence before reports what the same speaker says: ${previous.slice(0, verb.index + verb[0].length)}`,
  );
}

// A sentence that is all attribution: "Scott's niece, state Del. Marcia Price, shouted to
// the crowd.", "Trump said.", "US Senator Jeff Sessions said as he launched the process."
const ATTRIBUTION_SENTENCE = new RegExp(
  `^\\s*([^;“”"]{1,120}?)\\s+((?:(?:has|have|had|also|then|later|\\p{Ll}+ly)\\s+)*)(${FINITE_SAYING_VERBS})\\b([^;“”"]{0,60})$`,
  'u',
);

/**
 * A sentence that is one whole quote, whose speaker the next sentence names and does
 * nothing else: “This is a big year for us!” Scott's niece, Marcia Price, shouted to the
 * crowd. (A "!" or "?" ends the quote's sentence before its attribution.)
 */
export function attributeToNextSentenceSpeaker(site: QuoteSite): QuoteAttribution | null {
  const { before, after, quotes, quote, context } = site;
  const wholeSentence =
    quotes.length === 1 &&
    quote.cut === null &&
    before.trim() === '' &&
    after.replace(/[\s.,!?…]/gu, '') === '';
  // A nickname in quotation marks is part of the name: Marcia "Cia" Price.
  const next = context.nextSentence?.replace(/\s["“]\p{Lu}[\p{L}.'’-]*["”](?=\s)/gu, '');
  const attribution = wholeSentence && next ? ATTRIBUTION_SENTENCE.exec(next) : null;
  // Only a short tail after the verb ("to the crowd", "on Monday"): "Trump said he would
  // win." reports other words.
  if (!attribution || !shortTailAfter(attribution[4]!) || speechVerbsIn(attribution[4]!).length > 0)
    return null;
  // The words before the verb are its subject, with asides, and no verb of their own ("Carson
  // turned the story back on the Post, pointing out that Robert Costa had reported …").
  if (tagWords(attribution[1]!).some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return null;
  const head = next!.slice(
    0,
    attribution.index + attribution[0].length - attribution[4]!.length - attribution[3]!.length,
  );
  const evidence = `the next sentence: ${next!.trim()}`;
  const pronoun = /^\s*(he|she)\s*$/iu.exec(attribution[1]!);
  if (pronoun) return attributeToPronoun(pronoun[1]!, context, '', 'speaker-after', evidence, 0.6);
  const named = attributeToNamedSubject(next!, head, context);
  return named?.speaker && named.rule === 'speaker-before' && !isCollective(named.speaker.person)
    ? attributeTo(named.speaker, 'speaker-after', 0.7, evidence)
    : null;
}

/**
 * A quote whose opening was cut, right after a sentence whose quote was cut open at its
 * end: the same speaker goes on.
 */
export function attributeToOpenQuoteSpeaker(site: QuoteSite): QuoteAttribution | null {
  const { quote, index, context } = site;
  if (quote.cut !== 'unopened' || index !== 0 || !context.openQuoteSpeaker) return null;
  return attributeTo(
    context.openQuoteSpeaker,
    'continues-previous-quote',
    0.5,
    'the previous sentence ends inside a quote',
  );
}
