/**
 * Error types of the PolNeAR misses, for `npm run eval -- --errors`: what went wrong × the
 * gold cue × the shape of the gold source × where the source stands from the quote, so the
 * most frequent kinds of miss can be fixed first.
 */
import { findNames, type ScoredQuote } from './polnear.ts';

// Checked in order: "said in a statement" is said, "told reporters" told.
const CUES: readonly [string, RegExp][] = [
  ['colon', /^\W*$/],
  ['according to', /\baccording to\b/],
  ['told', /\b(told|tells?|telling)\b/],
  ['said', /\b(said|says?|saying)\b/],
  ['wrote', /\b(wrote|writes?|writing|tweeted|tweets?|posted)\b/],
  ['added', /\b(added|adds?|adding)\b/],
  ['called', /\b(called|calls?|calling|described|describes?|describing)\b/],
  ['asked', /\b(asked|asks?|asking)\b/],
];

/** The gold cue as one of a few classes: said, told, according to, wrote, added, called, asked, colon, other. */
export function classifyCue(cue: string): string {
  const lower = cue.toLowerCase().trim();
  if (lower === '') return 'no cue';
  return CUES.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'other cue';
}

const TITLE_START =
  /\b(Mr|Mrs|Ms|Dr|Sen|Senator|Rep|Gov|Governor|President|Vice|Secretary|Gen|Rev|Judge|Justice|Speaker|Mayor|Former|First)\b\.?\s+\p{Lu}/u;
const ORGANISATION_END =
  /^(Committee|Campaign|House|Department|News|Times|Post|Party|Network|Court|Agency|Council|Association|Institute|University|Foundation|Center|Centre|Office|Administration|Commission|Fund|Group|Inc|Corp|Journal|Magazine|Poll|Project|Senate|Congress|Union|Coalition|Bureau|Service|PAC|Watch|Media|Company|Report|Tribune|Press)$/;

/** The shape of a gold source: full name, surname only, title+name, pronoun, organisation, description. */
export function classifySource(source: string): string {
  const trimmed = source.trim();
  if (trimmed === '') return 'no source';
  if (/^(he|she)$/i.test(trimmed)) return 'pronoun';
  const names = findNames(trimmed);
  if (names.length === 0) return 'description';
  const last = names.at(-1)!.at(-1)!;
  if (ORGANISATION_END.test(last) || /^\p{Lu}{2,}$/u.test(last)) return 'organisation';
  if (TITLE_START.test(trimmed)) return 'title+name';
  if (names.some((name) => name.length > 1)) return 'full name';
  return trimmed.split(/\s+/).length === 1 ? 'surname only' : 'surname+description';
}

/** Where the gold source stands in the quote's sentence: before the quote, after it, or elsewhere. */
export function classifyPosition(quote: Pick<ScoredQuote, 'sentence' | 'source' | 'text'>): string {
  if (quote.sentence === null) return 'sentence not found';
  const source = quote.source.trim();
  if (source === '') return 'no source';
  const last = source
    .split(/\s+/)
    .at(-1)!
    .replace(/[^\p{L}]+$/u, '');
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`\\b${escaped}\\b`, /^(he|she)$/i.test(source) ? 'i' : '').exec(quote.sentence);
  if (!at) return 'other sentence';
  const start = quote.sentence.indexOf(quote.text.slice(0, 20));
  if (start === -1) return 'source in sentence';
  return at.index < start ? 'speaker before' : 'speaker after';
}

/** One kind of miss, how often it happens, and the first example. */
export interface ErrorType<T extends ScoredQuote = ScoredQuote> {
  type: string;
  count: number;
  example: T;
}

/** The misses (span missed, no speaker, wrong name) grouped by type, most frequent first. */
export function groupErrors<T extends ScoredQuote>(quotes: readonly T[]): ErrorType<T>[] {
  const groups = new Map<string, ErrorType<T>>();
  for (const quote of quotes) {
    if (quote.outcome === 'right' || quote.outcome === 'not-scored') continue;
    const type = [
      quote.outcome,
      classifyCue(quote.cue),
      classifySource(quote.source),
      classifyPosition(quote),
    ].join(' · ');
    const group = groups.get(type);
    if (group) group.count++;
    else groups.set(type, { type, count: 1, example: quote });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || (a.type < b.type ? -1 : 1));
}
