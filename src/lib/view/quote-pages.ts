/**
 * Quote lists grouped by voice and speaker, on numbered pages: a page holds a run of quotes
 * in the groups' order, and a group that began on an earlier page is shown again, marked as
 * continued, so every page reads on its own.
 */
import { groupByVoice, speakerAnchor, type SpeakerGroup, type VoiceGroup } from '../analysis/index.ts';
import type { PublishedQuote } from '../schema/index.ts';
import {
  anchorHref,
  anchorPages,
  paginate,
  paginateGroups,
  PAGE_SIZE,
  type GroupPage,
  type ListPage,
} from './paging.ts';

/** A speaker's quotes on one page; `continued` when the speaker's first quote is on an earlier page. */
export interface PagedSpeakerGroup extends SpeakerGroup {
  continued: boolean;
}

/** A voice group's part of one page; `count` is still the whole group's. */
export interface PagedVoiceGroup extends Omit<VoiceGroup, 'speakers'> {
  continued: boolean;
  speakers: PagedSpeakerGroup[];
}

/** One page of a grouped quote list: its quotes, and the same quotes in their groups. */
export type QuotePage = ListPage<PublishedQuote> & { groups: PagedVoiceGroup[] };

interface Entry {
  group: VoiceGroup;
  speakers: SpeakerGroup;
  quote: PublishedQuote;
}

/** Quotes in the order a quote page lists them, each with its voice and speaker group. */
function listEntries(groups: readonly VoiceGroup[]): Entry[] {
  return groups.flatMap((group) =>
    group.speakers.flatMap((speakers) => speakers.quotes.map((quote) => ({ group, speakers, quote }))),
  );
}

/** The groups of a run of entries, each marked continued when it started before the run. */
function regroup(entries: readonly Entry[]): PagedVoiceGroup[] {
  const groups: PagedVoiceGroup[] = [];
  entries.forEach(({ group, speakers, quote }, index) => {
    const before = entries[index - 1];
    if (before?.group !== group) {
      const { category, key, label, anchor, count } = group;
      const continued = group.speakers[0]?.quotes[0] !== quote;
      groups.push({ category, key, label, anchor, count, continued, speakers: [] });
    }
    const paged = groups.at(-1)!;
    if (before?.speakers !== speakers) {
      paged.speakers.push({ speaker: speakers.speaker, quotes: [], continued: speakers.quotes[0] !== quote });
    }
    paged.speakers.at(-1)!.quotes.push(quote);
  });
  return groups;
}

/** The pages of a quote list at `base` ("/quotes/"), grouped by voice and speaker as groupByVoice orders them. */
export function paginateQuotes(
  quotes: readonly PublishedQuote[],
  base: string,
  size = PAGE_SIZE,
): QuotePage[] {
  const entries = listEntries(groupByVoice(quotes));
  return paginate(entries, base, size).map((page) => ({
    ...page,
    items: page.items.map((entry) => entry.quote),
    groups: regroup(page.items),
  }));
}

/** Where each voice and speaker anchor of a quote list at `base` lands: the page its group starts on. */
export function quoteAnchorPages(
  quotes: readonly PublishedQuote[],
  base: string,
  size = PAGE_SIZE,
): Map<string, string> {
  return anchorPages(
    listEntries(groupByVoice(quotes)),
    base,
    (entry) => [entry.group.anchor, speakerAnchor(entry.speakers.speaker)],
    size,
  );
}

/** Where each outlet's voice and speaker groups start on its /quotes/<id>/ pages, by outlet id. */
export type QuotePages = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** The quote anchor pages of every outlet's quote list, from each outlet's quotes (all of them: the list pages them all). */
export function outletQuotePages(quotesByOutlet: ReadonlyMap<string, readonly PublishedQuote[]>): QuotePages {
  return new Map([...quotesByOutlet].map(([id, quotes]) => [id, quoteAnchorPages(quotes, `/quotes/${id}/`)]));
}

/** The site path of a voice or speaker group in a quote list: "/quotes/cnn/page/2/#speaker-x". */
export function quoteAnchorHref(
  quotes: readonly PublishedQuote[],
  base: string,
  anchor: string,
  size = PAGE_SIZE,
): string {
  return anchorHref(quoteAnchorPages(quotes, base, size), base, anchor);
}

/** A statement on a speaker's page: the quotes of the same words, numbered in the page's order. */
export interface Statement {
  number: number;
  quotes: PublishedQuote[];
}

/** A speaker's statements (groupOverlappingQuotes) on pages of `size` quotes at `base` ("/speakers/x/"). */
export function paginateStatements(
  clusters: readonly PublishedQuote[][],
  base: string,
  size = PAGE_SIZE,
): GroupPage<Statement, PublishedQuote>[] {
  const statements = clusters.map((quotes, index) => ({ number: index + 1, quotes }));
  return paginateGroups(statements, (statement) => statement.quotes, base, size);
}
