/**
 * Scoring the ingest on PolNeAR (../shared/corpora/polnear, README there): real news with
 * hand-annotated attributions. The rules are the corpus README's, kept literal and simple:
 * spans found, named sources (surname rule), pronoun sources (resolved to the last named
 * source annotated before), and outlets (the publisher or the wire).
 */
import type { Article, PolnearGold, Quote } from '../../src/lib/schema/index.ts';

/**
 * The corpus's publisher keys and the registry outlet each one is (content/outlets.yaml);
 * null for a publisher the registry lacks, which therefore can never be inferred right.
 */
export const PUBLISHER_OUTLETS: Readonly<Record<string, string | null>> = {
  breitbart: null,
  'huff-post': null,
  nyt: 'the-new-york-times',
  politico: 'politico',
  'usa-today': null,
  'wash-post': 'the-washington-post',
  'west-journal': null,
};

/** The corpus's wire values (lowercased) and their registry outlets; "none" and "na" name no wire. */
export const WIRE_OUTLETS: Readonly<Record<string, string | null>> = {
  ap: 'ap',
  afp: 'afp',
  reuters: 'reuters',
  upi: null,
  none: null,
  na: null,
};

/** What issue 13 asks of the extractor on this corpus. */
export const POLNEAR_TARGETS = {
  spansFound: 0.97,
  namedRight: 0.9,
  namedWrong: 0.02,
  outletsWrong: 0,
} as const;

// Words that are capitalised without naming anyone: titles (README: "titles such as Sen.,
// Mrs., the Rev. … do not count"), party words, and function words that open a span.
const TITLES = new Set(
  `mr mrs ms miss dr sen senator rep representative gov governor president vice secretary sec
  gen general lt col maj capt sgt adm rev reverend judge justice chief speaker mayor attorney prof
  professor sir lord lady pope father rabbi hon ambassador chairman chairwoman chair leader
  majority minority candidate nominee commissioner director minister prime king queen prince
  sheriff congressman congresswoman councilman councilwoman former first`.split(/\s+/),
);
const PARTY_WORDS = new Set(
  'republican republicans democrat democrats democratic gop libertarian libertarians'.split(' '),
);
const FUNCTION_WORDS = new Set(
  `the a an he she it i we you they his her its our their this that these those one another
  some many most both all each several other others such who which what according`.split(/\s+/),
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PRONOUNS = new Set(['he', 'she']);

/** A source span's words: the word without outer punctuation, and what surrounded it. */
function wordsOf(span: string): { word: string; closes: boolean; possessive: boolean; party: boolean }[] {
  return span
    .split(/\s+/)
    .filter(Boolean)
    .map((raw) => {
      const bare = raw.replace(/^[("“‘'[]+/, '').replace(/[)"”\],.;:!?]+$/, '');
      // "Clinton’s", "Democrats’": the name is the owner's, the source is someone else.
      const possessive = /\p{L}['’]s?$/u.test(bare);
      const word = bare.replace(/['’]s?$/, '');
      return {
        word,
        // A comma or bracket after the word ends a name: "Clinton, Trump" is two people.
        closes: /[),;:]$/.test(raw),
        possessive,
        // "(R-Neb.)", "(D)": a party and a state.
        party: /^[RDI](-[A-Z]|$)/.test(word) && raw.startsWith('('),
      };
    });
}

const isNameWord = (word: string) =>
  /^\p{Lu}/u.test(word) &&
  !FUNCTION_WORDS.has(word.toLowerCase()) &&
  !TITLES.has(word.toLowerCase()) &&
  !PARTY_WORDS.has(word.toLowerCase());

/**
 * The capitalised names in a gold source, each as its words: titles and party words are
 * left out, and a name followed by a possessive ("Clinton's spokesman") names someone else.
 */
export function findNames(source: string): string[][] {
  const names: string[][] = [];
  let current: string[] = [];
  const close = (keep: boolean) => {
    if (keep && current.length > 0) names.push(current);
    current = [];
  };
  const words = wordsOf(source);
  words.forEach(({ word, closes, possessive, party }, index) => {
    const suffix = SUFFIXES.has(word.toLowerCase());
    if (current.length > 0 && suffix) return;
    // A title word that ends a name is its surname: "Charlie King, a prominent New York
    // Democrat", "Amy Pope". (A title opens a name: "King Abdullah", "Pope Francis".)
    const next = words[index + 1];
    const surname =
      current.length > 0 &&
      /^\p{Lu}/u.test(word) &&
      TITLES.has(word.toLowerCase()) &&
      (closes || next === undefined || !/^\p{Lu}/u.test(next.word));
    if (!surname && (party || !isNameWord(word))) {
      close(true);
      return;
    }
    current.push(word);
    if (possessive) close(false);
    else if (closes) close(true);
  });
  close(true);
  return names;
}

/** The last word of a speaker's name, lowercased, without a suffix such as "Jr.". */
export function surnameOf(name: string): string | null {
  const words = name
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase())
    .filter((word) => word !== '' && !SUFFIXES.has(word));
  return words.at(-1) ?? null;
}

/** Lowercase, one kind of quotation mark, one space: the form spans are compared in. */
export function normaliseSpan(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„«»‟"]/g, '"')
    .replace(/[‘’‚‛`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const wordList = (text: string) => normaliseSpan(text).split(' ').filter(Boolean);

/** The published quote a gold span is found as, and how; none when it is not found. */
export interface SpanMatch {
  how: 'same-words' | 'covered';
  /** The quote whose speaker counts: the one with the same words, else the longest covering quote with a speaker. */
  quote: Quote;
}

/**
 * Finds a gold span among an article's quotes: one with the same words, or quotes inside it
 * that cover at least 90% of its words (a quote that runs over paragraphs is several of ours).
 */
export function findSpan(text: string, quotes: readonly Quote[]): SpanMatch | null {
  const wanted = normaliseSpan(text);
  const same = quotes.find((quote) => normaliseSpan(quote.text) === wanted);
  if (same) return { how: 'same-words', quote: same };
  const words = wordList(text);
  const covered = new Set<number>();
  const inside: { quote: Quote; length: number }[] = [];
  for (const quote of quotes) {
    const part = wordList(quote.text);
    if (part.length === 0 || part.length > words.length) continue;
    let found = false;
    for (let start = 0; start + part.length <= words.length; start++) {
      if (part.every((word, offset) => words[start + offset] === word)) {
        for (let offset = 0; offset < part.length; offset++) covered.add(start + offset);
        found = true;
      }
    }
    if (found) inside.push({ quote, length: part.length });
  }
  if (inside.length === 0 || covered.size < 0.9 * words.length) return null;
  const withSpeaker = inside.filter((entry) => entry.quote.speaker !== null);
  const best = (withSpeaker.length > 0 ? withSpeaker : inside).reduce((a, b) =>
    b.length > a.length ? b : a,
  );
  return { how: 'covered', quote: best.quote };
}

/** How a gold quote's source is scored: by its names, as a pronoun, or not at all. */
export type SourceKind = 'named' | 'pronoun' | 'other';

/** What became of one gold quote. */
export type QuoteOutcome = 'right' | 'wrong-name' | 'no-speaker' | 'span-missed' | 'not-scored';

/** One gold quote, what we published for it, and the verdict. */
export interface ScoredQuote {
  article: number;
  text: string;
  source: string;
  cue: string;
  kind: SourceKind;
  /** The names the speaker is compared with (a pronoun's are its antecedent's); empty when none. */
  names: string[];
  found: SpanMatch['how'] | null;
  speaker: string | null;
  rule: string | null;
  /** The sentence of our quote, or of the first words of a span we missed (null when not found). */
  sentence: string | null;
  outcome: QuoteOutcome;
}

/** Right, wrong, none, for one kind of source. */
export interface SpeakerCounts {
  count: number;
  right: number;
  wrong: number;
  none: number;
  rightRatio: number;
  wrongRatio: number;
}

/** An article's outlet against its publisher and wire. */
export interface ScoredOutlet {
  article: number;
  publisher: string;
  wire: string;
  /** The registry ids that are right: the publisher's and the wire's, where registered. */
  expected: string[];
  outlet: string | null;
  evidence: string[];
  outcome: 'right' | 'wrong' | 'none';
}

/** The measures of one PolNeAR source file. */
export interface PolnearScore {
  articles: number;
  ingested: number;
  spans: { gold: number; found: number; recall: number };
  named: SpeakerCounts;
  /** Pronoun sources with a named source before them; `unresolved` have none and are not scored. */
  pronoun: SpeakerCounts & { unresolved: number };
  /** Gold quotes whose source names nobody ("the report", "officials", empty): spans only. */
  other: number;
  outlets: { articles: number; right: number; wrong: number; none: number };
  quotes: ScoredQuote[];
  outletResults: ScoredOutlet[];
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

function countSpeakers(quotes: readonly ScoredQuote[]): SpeakerCounts {
  const right = quotes.filter((quote) => quote.outcome === 'right').length;
  const wrong = quotes.filter((quote) => quote.outcome === 'wrong-name').length;
  return {
    count: quotes.length,
    right,
    wrong,
    none: quotes.length - right - wrong,
    rightRatio: ratio(right, quotes.length),
    wrongRatio: ratio(wrong, quotes.length),
  };
}

/** The sentence holding the first words of a span we did not find. */
function sentenceWithStart(article: Article, text: string): string | null {
  const start = wordList(text).slice(0, 4).join(' ');
  return article.sentences.find((sentence) => normaliseSpan(sentence.text).includes(start))?.text ?? null;
}

/** The verdict on a speaker against the names it should match. */
function judgeSpeaker(names: readonly string[], speaker: string | null): QuoteOutcome {
  if (speaker === null) return 'no-speaker';
  const surname = surnameOf(speaker);
  const lastWords = names.map((name) => surnameOf(name));
  return surname !== null && lastWords.includes(surname) ? 'right' : 'wrong-name';
}

/** How a gold quote's source is scored: its kind and the names a speaker is compared with. */
export interface GoldSource {
  kind: SourceKind;
  /** A named source's names; a pronoun's are the last named source's before it; else none. */
  names: string[];
}

/** The sources of an article's gold quotes, in the order annotated (pronouns look back). */
export function goldSources(gold: readonly { source: string }[]): GoldSource[] {
  let lastNames: string[] = [];
  return gold.map(({ source }) => {
    const ownNames = findNames(source).map((words) => words.join(' '));
    if (ownNames.length > 0) {
      lastNames = ownNames;
      return { kind: 'named', names: ownNames };
    }
    return PRONOUNS.has(source.trim().toLowerCase())
      ? { kind: 'pronoun', names: lastNames }
      : { kind: 'other', names: [] };
  });
}

/** Scores one article's gold quotes, in the order annotated (pronouns look back). */
function scoreArticleQuotes(
  gold: readonly PolnearGold['quotes'][number][],
  article: Article | undefined,
): ScoredQuote[] {
  const sources = goldSources(gold);
  return gold.map((entry, index) => {
    const found = article ? findSpan(entry.text, article.quotes) : null;
    const { kind, names } = sources[index]!;
    const speaker = found?.quote.speaker?.name ?? null;
    const sentence = found
      ? (article?.sentences.find((candidate) => candidate.id === found.quote.sentenceId)?.text ?? null)
      : article
        ? sentenceWithStart(article, entry.text)
        : null;
    const outcome: QuoteOutcome = !found
      ? 'span-missed'
      : names.length === 0
        ? 'not-scored'
        : judgeSpeaker(names, speaker);
    return {
      article: entry.article,
      text: entry.text,
      source: entry.source,
      cue: entry.cue,
      kind,
      names,
      found: found?.how ?? null,
      speaker,
      rule: found?.quote.rule ?? null,
      sentence,
      outcome,
    };
  });
}

/** The registry ids that are a right outlet for a gold article: its publisher's and its wire's. */
export function expectedOutlets(publisher: string, wire: string): string[] {
  return [PUBLISHER_OUTLETS[publisher], WIRE_OUTLETS[wire.toLowerCase()]].filter(
    (id): id is string => typeof id === 'string',
  );
}

/** Scores one article's inferred outlet. */
function scoreOutlet(entry: PolnearGold['articles'][number], article: Article | undefined): ScoredOutlet {
  const expected = expectedOutlets(entry.publisher, entry.wire);
  const outlet = article?.outlet?.id ?? null;
  return {
    article: entry.article,
    publisher: entry.publisher,
    wire: entry.wire,
    expected,
    outlet,
    evidence: article?.attribution.evidence ?? [],
    outcome: outlet === null ? 'none' : expected.includes(outlet) ? 'right' : 'wrong',
  };
}

/**
 * Scores the ingested articles of one PolNeAR source file against its gold file. An article
 * the ingest refused (missing from `articles`) has no quotes and no outlet.
 */
export function scorePolnear(articles: readonly Article[], gold: PolnearGold): PolnearScore {
  const byPosition = new Map<number, Article>();
  for (const article of articles) byPosition.set(article.position, article);
  const quotes = gold.articles.flatMap((entry) =>
    scoreArticleQuotes(
      // A bare `""` has no words to find (one in train-02): not a span.
      gold.quotes.filter((quote) => quote.article === entry.article && quote.text.trim() !== ''),
      byPosition.get(entry.article),
    ),
  );
  const outletResults = gold.articles.map((entry) => scoreOutlet(entry, byPosition.get(entry.article)));
  const pronouns = quotes.filter((quote) => quote.kind === 'pronoun');
  const found = quotes.filter((quote) => quote.found !== null).length;
  const outletCount = (outcome: ScoredOutlet['outcome']) =>
    outletResults.filter((result) => result.outcome === outcome).length;
  return {
    articles: gold.articles.length,
    ingested: gold.articles.filter((entry) => byPosition.has(entry.article)).length,
    spans: { gold: quotes.length, found, recall: ratio(found, quotes.length) },
    named: countSpeakers(quotes.filter((quote) => quote.kind === 'named')),
    pronoun: {
      ...countSpeakers(pronouns.filter((quote) => quote.names.length > 0)),
      unresolved: pronouns.filter((quote) => quote.names.length === 0).length,
    },
    other: quotes.filter((quote) => quote.kind === 'other').length,
    outlets: {
      articles: outletResults.length,
      right: outletCount('right'),
      wrong: outletCount('wrong'),
      none: outletCount('none'),
    },
    quotes,
    outletResults,
  };
}
