/**
 * Quotations: every span in double quotation marks, with the rule that named its speaker.
 * Spans are found per sentence; a quotation the marks show running over several sentences
 * (quote-chains.ts) becomes one record that covers them all, and collections that cut
 * and shuffle sentences never join two quotes. When no rule is sure the speaker is null: a wrong name is worse than
 * none. Finding the spans is quote-spans.ts, recognising people speakers.ts, and the
 * rules that name a speaker speaker-rules.ts.
 */
import type { Person, Quote } from '../schema/index.ts';
import { findSentenceQuotes } from './quote-chains.ts';
import { classifyQuote, maskQuotes, type QuoteSpan } from './quote-spans.ts';
import {
  isGoverned,
  readQuoteSite,
  SPEAKER_RULES,
  speakerReportedBefore,
  type QuoteAttribution,
} from './speaker-rules.ts';
import { rankUnattributed } from './speaker-ranker.ts';
import { SPEAKER_MODEL } from './speaker-weights.ts';
import { collectArticleNames, toSpeakerRef, type AttributionContext, type Speaker } from './speakers.ts';

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
  const site = readQuoteSite(sentence, quotes, index, context);
  for (const rule of SPEAKER_RULES) {
    const attribution = rule(site);
    if (attribution) return attribution;
  }
  // Scare quotes have no speaker unless the sentence gives one (rules above).
  return { speaker: null, rule: null, confidence: 0, evidence: null, governed: isGoverned(site) };
}

/** The quotes of an article, sentence by sentence in body order, attributed with evidence. */
export function extractQuotes(
  sentences: readonly { id: string; text: string; cut: boolean }[],
  teaser: string,
  people: readonly Person[],
): Quote[] {
  const quotes: Quote[] = [];
  const recentSpeakers: Speaker[] = [];
  let openQuoteSpeaker: Speaker | null = null;
  let previousSpeaker: Speaker | null = null;
  const names = collectArticleNames([teaser, ...sentences.map((sentence) => sentence.text)]);
  const { spans: spansOf, chains } = findSentenceQuotes(sentences);
  sentences.forEach((sentence, sentenceIndex) => {
    const spans = spansOf[sentenceIndex]!;
    const context = {
      people,
      teaser,
      recentSpeakers,
      previousSentence: sentenceIndex > 0 ? sentences[sentenceIndex - 1]!.text : null,
      nextSentence:
        !sentence.cut && sentences[sentenceIndex + 1]?.cut === false
          ? sentences[sentenceIndex + 1]!.text
          : null,
      openQuoteSpeaker,
      previousSpeaker,
      names,
    };
    openQuoteSpeaker = null;
    previousSpeaker = null;
    spans.forEach((span, index) => {
      const attribution = attributeQuote(sentence.text, spans, index, context);
      const speaker = attribution.speaker;
      const previousSentenceId = sentenceIndex > 0 ? sentences[sentenceIndex - 1]!.id : null;
      if (index === 0) attributeFirstHalf(quotes.at(-1), previousSentenceId, span, attribution);
      if (speaker) recentSpeakers.push(speaker);
      if (index === spans.length - 1) previousSpeaker = speaker;
      if (span.cut === 'unclosed' && index === spans.length - 1) openQuoteSpeaker = speaker;
      quotes.push({
        id: `${sentence.id}-q${index + 1}`,
        sentenceId: sentence.id,
        start: span.start,
        end: span.end,
        parts: [{ sentenceId: sentence.id, start: span.start, end: span.end }],
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
  const sentenceId = (index: number) => sentences[index]!.id;
  // "Bystrom agreed. “Mainstream Republicans are running out of time. …”": the speaker the
  // sentence before the quotation reports, when neither was cut from its neighbours.
  const reportedBefore = (index: number): QuoteAttribution | null =>
    index === 0 || sentences[index]!.cut || sentences[index - 1]!.cut
      ? null
      : speakerReportedBefore({
          people,
          teaser,
          recentSpeakers: [],
          previousSentence: sentences[index - 1]!.text,
          openQuoteSpeaker: null,
          previousSpeaker: null,
          names,
        });
  const quotations = joinQuotations(
    quotes,
    chains.map((chain) => ({
      ids: chain.map((part) => `${sentenceId(part.sentence)}-q${part.quote + 1}`),
      // The last quote of the sentence before the quotation, if any.
      before:
        chain[0]!.sentence > 0
          ? quotes.filter((quote) => quote.sentenceId === sentenceId(chain[0]!.sentence - 1)).at(-1)?.id
          : undefined,
      opensSentence: chain[0]!.quote === 0,
      reported: () => reportedBefore(chain[0]!.sentence),
    })),
  );
  // What no rule attributed, the ranker may: a person named near the quote, weighed. It
  // reads the spans and names found above rather than finding them again.
  const masked = sentences.map((sentence, index) => maskQuotes(sentence.text, spansOf[index]!));
  return rankUnattributed(quotations, sentences, teaser, people, SPEAKER_MODEL, { masked, names });
}

// Rules that give a part of a quotation the speaker another part was given.
const BORROWED_RULES = new Set<Quote['rule']>(['continued-in-next-sentence', 'continues-previous-quote']);

/** A quotation over several sentences: its parts' quote ids, and what stands before it. */
interface QuotationChain {
  ids: string[];
  /** The id of the last quote of the sentence before it. */
  before: string | undefined;
  /** Its first part is the first quote of its sentence. */
  opensSentence: boolean;
  /** The speaker whose words the sentence before it reports, if it has no quote. */
  reported: () => QuoteAttribution | null;
}

/**
 * One record per quotation: the parts of a chain (one quote per sentence until here) become
 * the record of its first part, which keeps its id (the anchor on its first words), covers
 * every part and reads their words; a chain read from its marks is whole, so it is not cut.
 * Its speaker is the one its parts name, with the evidence of the part whose own rule named
 * it; parts named for two different people stay apart. A quotation no part names that opens
 * a new paragraph right after a quote with a speaker goes on with that speaker (consecutive
 * paragraphs of one speaker's words). Chains are read in order, so a quotation right after
 * another is read after it was joined.
 */
function joinQuotations(quotes: readonly Quote[], chains: readonly QuotationChain[]): Quote[] {
  const byId = new Map(quotes.map((quote) => [quote.id, quote]));
  const recordOfPart = new Map<string, Quote>();
  for (const { ids, before, opensSentence, reported } of chains) {
    const parts = ids.map((id) => byId.get(id)!);
    if (new Set(parts.flatMap((part) => (part.speaker ? [part.speaker.id] : []))).size > 1) continue;
    const first = parts[0]!;
    const decider =
      parts.find((part) => part.speaker !== null && !BORROWED_RULES.has(part.rule)) ??
      parts.find((part) => part.speaker !== null);
    const previous = before === undefined ? undefined : (recordOfPart.get(before) ?? byId.get(before));
    const goesOn =
      !decider &&
      opensSentence &&
      first.start <= 1 &&
      previous?.speaker &&
      previous.speaker.category !== 'document'
        ? {
            speaker: previous.speaker,
            rule: 'continues-previous-speaker' as const,
            confidence: 0.6,
            evidence: `the paragraph before quotes the same speaker: ${previous.evidence ?? ''}`.trim(),
          }
        : null;
    const report = !decider && !goesOn && opensSentence && first.start <= 1 ? reported() : null;
    const introduced = report?.speaker
      ? { ...report, speaker: toSpeakerRef(report.speaker), rule: 'continues-previous-speaker' as const }
      : null;
    const speaker = decider ?? goesOn ?? introduced ?? first;
    const record: Quote = {
      ...first,
      parts: parts.flatMap((part) => part.parts),
      text: parts.map((part) => part.text).join(' '),
      cut: null,
      speaker: speaker.speaker,
      rule: speaker.rule,
      confidence: speaker.confidence,
      evidence: speaker.evidence,
    };
    for (const part of parts) recordOfPart.set(part.id, record);
  }
  return quotes.flatMap((quote) => {
    const record = recordOfPart.get(quote.id);
    return record === undefined ? [quote] : record.id === quote.id ? [record] : [];
  });
}

/**
 * “A. | B,” Xi said: the half of a quote before a sentence break gets the speaker of the
 * half after it, when only the second half's tail names one. Changes `previous` in place.
 */
function attributeFirstHalf(
  previous: Quote | undefined,
  previousSentenceId: string | null,
  span: QuoteSpan,
  attribution: QuoteAttribution,
): void {
  const speaker = attribution.speaker;
  if (
    speaker &&
    span.cut === 'unopened' &&
    attribution.rule?.startsWith('speaker-after') &&
    previous?.cut === 'unclosed' &&
    previous.speaker === null &&
    previousSentenceId !== null &&
    previous.sentenceId === previousSentenceId
  ) {
    Object.assign(previous, {
      speaker: toSpeakerRef(speaker),
      rule: 'continued-in-next-sentence',
      confidence: 0.5,
      evidence: `the quote goes on in the next sentence: ${attribution.evidence ?? ''}`.trim(),
    });
  }
}
