/**
 * A quote result's excerpt: the sentence the quote stands in, cut into pieces that say
 * which are the quote's words and which the search matched, and where the search matched
 * (the quote, the sentence around it, the speaker's name). Read from the quote's Pagefind
 * record (src/lib/publish/search-records.ts): its text is the sentence, then the speaker's
 * name; its meta `quoted` holds the quote's character spans and `sentenceEnd` the
 * sentence's length. No DOM: the search page renders the pieces.
 */

/** A run of the sentence: the quote's words or not, matched by the search or not. */
export interface ExcerptPiece {
  text: string;
  quoted: boolean;
  matched: boolean;
}

/** Where a quote result matched: in the quote, in the sentence around it, in the speaker's name. */
export type MatchPlace = 'quote' | 'sentence' | 'speaker';

export interface QuoteExcerpt {
  pieces: ExcerptPiece[];
  /** Each place at least one matched word is in, in this order: quote, sentence, speaker. */
  places: MatchPlace[];
}

type Span = readonly [start: number, end: number];

// Pagefind's word separator (pagefind.js `word_separators`), captured to keep the offsets.
const SEPARATOR = /([^\S\uFEFF]+)/;

/** The character span of each word of `content`, as Pagefind counts words. */
export function wordSpans(content: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  content.split(SEPARATOR).forEach((piece, index) => {
    if (index % 2 === 0) spans.push([offset, offset + piece.length]);
    offset += piece.length;
  });
  return spans;
}

/** Parses "1-5,9-12" into spans; null when any is not a span inside `0..end`. */
function parseSpans(text: string | undefined, end: number): Span[] | null {
  if (text === undefined || text === '') return null;
  const spans = text.split(',').map((span) => span.split('-').map(Number));
  const valid = spans.every(
    (span) => span.length === 2 && Number.isInteger(span[0]) && span[0]! <= span[1]! && span[1]! <= end,
  );
  return valid ? spans.map((span) => [span[0]!, span[1]!] as const) : null;
}

const LETTER = /[\p{L}\p{N}]/u;

/** A word's span without the punctuation around it: “studied” marks studied. */
function trimmed(content: string, [start, end]: Span): Span {
  let [from, to] = [start, end];
  while (from < to && !LETTER.test(content[from]!)) from++;
  while (to > from && !LETTER.test(content[to - 1]!)) to--;
  return from === to ? [start, end] : [from, to];
}

const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/**
 * The excerpt of a quote result from its record's `content`, the matched word `locations`
 * and its `meta`; null when the meta does not fit the content (a record of another shape),
 * and the page shows Pagefind's excerpt instead.
 */
export function quoteExcerpt(
  content: string,
  locations: readonly number[],
  meta: Readonly<Record<string, string | undefined>>,
): QuoteExcerpt | null {
  const sentenceEnd = Number(meta['sentenceEnd']);
  if (!Number.isInteger(sentenceEnd) || sentenceEnd > content.length) return null;
  const quoted = parseSpans(meta['quoted'], sentenceEnd);
  if (quoted === null) return null;
  const words = wordSpans(content);
  // Wrapped: a span is an array itself, which flatMap would spread.
  const matched = locations.flatMap((location) =>
    words[location] ? [trimmed(content, words[location])] : [],
  );
  const placeOf = (span: Span): MatchPlace =>
    span[0] >= sentenceEnd ? 'speaker' : quoted.some((quote) => overlaps(quote, span)) ? 'quote' : 'sentence';
  const found = new Set(matched.map(placeOf));
  const places = (['quote', 'sentence', 'speaker'] as const).filter((place) => found.has(place));

  const cuts = new Set([0, sentenceEnd]);
  for (const [start, end] of [...quoted, ...matched])
    for (const at of [start, end]) if (at < sentenceEnd) cuts.add(at);
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (spans: readonly Span[], at: number) =>
    spans.some(([start, end]) => start <= at && at < end);
  const pieces: ExcerptPiece[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const [start, end] = [points[index]!, points[index + 1]!];
    if (start === end) continue;
    const piece = {
      text: content.slice(start, end),
      quoted: inside(quoted, start),
      matched: inside(matched, start),
    };
    const last = pieces.at(-1);
    if (last && last.quoted === piece.quoted && last.matched === piece.matched) last.text += piece.text;
    else pieces.push(piece);
  }
  return { pieces, places };
}
