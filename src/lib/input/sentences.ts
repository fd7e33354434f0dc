/**
 * Splitting a body line into sentences, and flagging the ones the collection cut.
 *
 * The splitter is abbreviation-aware ("U.S.", "St.", "Mr.") and never splits inside a
 * link or code span. It does not repair anything: a sentence that starts mid-way keeps
 * its text and says why it looks cut.
 */
import type { FragmentReason } from '../schema/index.ts';
import { findProtectedSpans } from './markdown.ts';

export interface SentenceSpan {
  /** Offsets into the body line; end is exclusive. */
  start: number;
  end: number;
  markdown: string;
}

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

// Titles and other abbreviations that are practically never the end of a sentence.
const NEVER_FINAL = words(`
  mr mrs ms dr prof st mt ft gen lt col maj capt cmdr sgt adm sen rep gov pres rev hon amb
  supt det insp messrs vs v approx dept est univ jan feb mar apr jun jul aug sep sept oct nov
  dec e.g i.e cf al
`);

// Abbreviations that stand before a number ("No. 5", "p. 4"); elsewhere they end a sentence.
const BEFORE_NUMBER = words('no nos p pp fig vol art sec ch para');

// Company suffixes and "Jr." end a name, and often a sentence too: like acronyms ("U.S."),
// they end one only before a word that typically opens a sentence. So does "Del.", a
// delegate's title ("said Del. Stacey Plaskett") and Delaware ("in Dover, Del. The …").
const MAYBE_FINAL = words('co inc corp ltd plc llc jr sr bros del');

// Words that typically open a sentence: after "U.S." they mean a new sentence did start.
const SENTENCE_OPENERS = words(`
  The A An But And He She It They We I You This That These Those In On At As For If When
  While There Its Their His Her Our Some Many Both Yet So However Meanwhile After Before
  Since Still Instead Despite Later Earlier Now Then Asked Speaking According
`);

// Verbs that attribute a quotation: “Why now?” Zelensky asked.
const SPEECH_VERBS = words(`
  said says asked asks told tells wrote writes added adds replied replies shouted insisted
  warned noted explained argued declared stressed urged continued recalled posted tweeted
`);

const TERMINALS = '.!?…。！？';
// Full-width terminals end a sentence even without a following space.
const CJK_TERMINALS = '。！？';
const CLOSERS = '"\'”’)]»」』';
const CLOSING_QUOTE = /["'”’»」』]/;
const DASH_SIGNATURE = /^[-–—―]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[,.;]|[“"]|$)/u;
const OPENING_QUOTES = '"“‘«\'([';

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

/** The word (letters and inner dots) that ends right before `index`. */
function wordBefore(line: string, index: number): string {
  let start = index;
  while (start > 0 && (isLetter(line[start - 1]) || line[start - 1] === '.')) start--;
  return line.slice(start, index);
}

function nextWord(line: string, index: number): string {
  const match = /^[\p{L}'’]+/u.exec(line.slice(index));
  return match ? match[0] : '';
}

/**
 * True when the words from `index` are a speaker and a speech verb ("Zelensky asked"), or
 * a speaker and a verb in the past that ends the sentence ("Hannity pressed.").
 */
function speakerFollows(line: string, index: number): boolean {
  const following = line.slice(index, index + 80).split(/\s+/);
  for (let count = 1; count <= 3 && count < following.length; count++) {
    const name = following.slice(0, count);
    if (!name.every((word) => /^\p{Lu}/u.test(word))) return false;
    const verb = following[count]!.replace(/[^\p{L}]/gu, '');
    if (SPEECH_VERBS.has(verb) || /^\p{Ll}+ed[.,]$/u.test(following[count]!)) return true;
  }
  return false;
}

/** Decides whether a run of terminal punctuation followed by whitespace ends a sentence. */
function endsSentence(
  line: string,
  terminalStart: number,
  terminals: string,
  closers: string,
  next: number,
): boolean {
  if (next >= line.length) return true;
  const following = line[next]!;
  const lowercaseNext = /\p{Ll}/u.test(following);
  const digitNext = /\d/.test(following);
  // Agency datelines stay whole: "MOSCOW, March 21. /TASS/. Russian President …".
  if (following === '/' || line[terminalStart - 1] === '/') return false;
  // “…,” — Bernie Sanders. / "…" -President Obama, tweeting: a quote signed with a dash
  // and a name; the signature belongs to the quote's sentence.
  if (CLOSING_QUOTE.test(closers) && DASH_SIGNATURE.test(line.slice(next, next + 40))) return false;
  if (terminals === '.') {
    const word = wordBefore(line, terminalStart);
    const bare = word.toLowerCase();
    if (NEVER_FINAL.has(bare)) return false;
    // An ellipsis written with spaces (". . .") goes on: 18 splits of PolNeAR's train split.
    if (word === '' && (/\.\s+$/.test(line.slice(0, terminalStart)) || line[next] === '.')) return false;
    // "Ph.D." ends a sentence only before a typical opener, like an acronym.
    if (/^(?:\p{L}{1,2}\.)+\p{L}$/u.test(word) && /\p{Ll}/u.test(word))
      return SENTENCE_OPENERS.has(nextWord(line, next));
    // A single capital is an initial ("Vladimir V. Putin", "Robert P. Casey"), not "p. 4";
    // before a closing quotation mark it is a word ("“Neither do I.” Editor’s note: …").
    if (/^\p{Lu}$/u.test(word) && !CLOSING_QUOTE.test(closers)) return false;
    // A party or state tag closes inside a sentence: "Sen. Pat Toomey (R-Pa.) refused",
    // "Sen. Rand Paul (Ky.) has released" (13 splits of PolNeAR's train split).
    if (
      closers.startsWith(')') &&
      /\((?:(?:[DRI]|Ind)-)?(?:\p{Lu}\p{L}{0,4}\.?[- ]?){1,3}$/u.test(line.slice(0, terminalStart))
    )
      return false;
    if (BEFORE_NUMBER.has(bare)) return !digitNext;
    if (MAYBE_FINAL.has(bare)) return SENTENCE_OPENERS.has(nextWord(line, next));
    // Acronyms written with dots ("U.S.", "U.N.") end a sentence only before a typical opener.
    if (/^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_OPENERS.has(nextWord(line, next));
    // "1. a ceasefire; 2. talks": a small number is a list marker before a lowercase word.
    if (word === '' && lowercaseNext && /(^|[\s:;(])\d{1,2}$/.test(line.slice(0, terminalStart)))
      return false;
    // Otherwise a full stop and a space end a sentence, even before a lowercase word: in
    // these excerpts that is a cut sentence, not a continuation.
    return true;
  }
  // “Why now?” Zelensky asked.
  if (CLOSING_QUOTE.test(closers) && speakerFollows(line, next)) return false;
  // "Why?” he asked" and "wait… and see" continue the sentence.
  return !lowercaseNext;
}

// A linked headline has a few words ("Police raid on rights group draws condemnation");
// "[Russian President](…) [Vladimir Putin](…)" is one phrase, not two headlines.
const MIN_HEADLINE_WORDS = 4;

function linkTextWords(linkMarkdown: string): number {
  const text = /^!?\[([^\]]*)\]/.exec(linkMarkdown)?.[1] ?? '';
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Splits a body line into sentence spans. Whitespace between sentences is dropped; the
 * markdown of each span is exactly the source text.
 */
export function splitSentences(line: string): SentenceSpan[] {
  const protectedSpans = findProtectedSpans(line);
  const spanAt = new Map(protectedSpans.map(([start, end]) => [start, end]));
  const cuts: number[] = [];
  let unitStart = 0;
  let unitHasText = false;
  let previousLinkWords = 0;

  for (let index = 0; index < line.length;) {
    const spanEnd = spanAt.get(index);
    if (spanEnd !== undefined) {
      // Headline lists ("[A](…) [B](…)") read as separate units: cut between two links
      // when everything since the last cut is links.
      if (!unitHasText && index > unitStart && previousLinkWords >= MIN_HEADLINE_WORDS) {
        const opener = line[index + 1];
        if (opener !== undefined && (/\p{Lu}/u.test(opener) || OPENING_QUOTES.includes(opener))) {
          cuts.push(index);
          unitStart = index;
        }
      }
      previousLinkWords = linkTextWords(line.slice(index, spanEnd));
      index = spanEnd;
      continue;
    }
    const char = line[index]!;
    if (!/\s/.test(char)) unitHasText = true;
    if (!TERMINALS.includes(char)) {
      index++;
      continue;
    }
    let end = index;
    while (end < line.length && TERMINALS.includes(line[end]!)) end++;
    const terminals = line.slice(index, end);
    const closersStart = end;
    while (end < line.length && CLOSERS.includes(line[end]!)) end++;
    const closers = line.slice(closersStart, end);
    const fullWidth = CJK_TERMINALS.includes(terminals.at(-1)!);
    if (end < line.length && !/\s/.test(line[end]!) && !fullWidth) {
      index = end;
      continue;
    }
    let next = end;
    while (next < line.length && /\s/.test(line[next]!)) next++;
    const normalised = terminals === '...' ? '…' : terminals;
    if (next < line.length && (fullWidth || endsSentence(line, index, normalised, closers, next))) {
      cuts.push(next);
      unitStart = next;
      unitHasText = false;
    }
    index = next > index ? next : index + 1;
  }

  const bounds = [0, ...cuts, line.length];
  const spans: SentenceSpan[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    let start = bounds[i]!;
    let end = bounds[i + 1]!;
    while (start < end && /\s/.test(line[start]!)) start++;
    while (end > start && /\s/.test(line[end - 1]!)) end--;
    if (end > start) spans.push({ start, end, markdown: line.slice(start, end) });
  }
  return spans;
}

/**
 * Why a sentence looks like a piece of a sentence rather than a whole one. The collection
 * dropped text before links, split after abbreviations and cut quotations; these flags say
 * which of those the sentence shows, without guessing what was lost.
 */
export function detectFragmentReasons(markdown: string, text: string): FragmentReason[] {
  const reasons: FragmentReason[] = [];
  const spans = findProtectedSpans(markdown);
  const outside = spans
    .reduceRight((rest, [start, end]) => rest.slice(0, start) + rest.slice(end), markdown)
    .replace(/[\s\p{P}]/gu, '');
  // A lone link already says it starts at a link and lacks an ending: one flag is enough.
  const linkOnly = spans.length > 0 && outside === '';
  if (linkOnly) reasons.push('link-only');
  else if (spans.length > 0 && spans[0]![0] === 0 && markdown.startsWith('['))
    reasons.push('starts-with-link');

  // The first letter or digit: "12 people" and "$190 billion" start whole sentences.
  const firstCharacter = /[\p{L}\p{N}]/u.exec(text);
  if (firstCharacter && /\p{Ll}/u.test(firstCharacter[0])) reasons.push('starts-lowercase');

  const firstCurly = /[“”]/.exec(text);
  if (firstCurly && firstCurly[0] === '”') reasons.push('starts-inside-quote');

  if (!linkOnly && !/[.!?…。！？]["'”’)\]»」』]*$/.test(text.trim())) reasons.push('no-end-punctuation');
  return reasons;
}

/**
 * Whether the collection cut a sentence: a fragment for any reason but starting inside a
 * quote, which a quotation over several sentences does too. A cut sentence never joins a
 * quotation to its neighbours.
 */
export function isCutByCollection(reasons: readonly FragmentReason[]): boolean {
  return reasons.some((reason) => reason !== 'starts-inside-quote');
}
