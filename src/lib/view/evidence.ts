/**
 * The sentences behind a label, ready for a page: the text with the words that produced the
 * label marked, and the link to the sentence on its article page.
 */
import { restsOnLearnedWords, tagWordsIn } from '../analysis/index.ts';
import type { Article, WordsIn } from '../schema/index.ts';
import { countSentences } from './sentence-count.ts';

/** A piece of a sentence's text; `marked` pieces are the words behind the label. */
export interface Segment {
  text: string;
  marked: boolean;
}

/** One sentence (or teaser) shown as evidence. */
export interface EvidenceView {
  articleId: string;
  unitId: string;
  href: string;
  /** The side of the quotation marks the label's words are on. */
  in: WordsIn;
  segments: Segment[];
  /** For a reference back to a fact ("the plan"): the earlier sentence that named it. */
  refersTo?: { href: string; excerpt: string };
  /** For a theme: the key facts the sentence reports that count for it (story.yaml `themes`). */
  throughFacts?: { href: string; label: string }[];
  /** The marked words are those the theme or fact model weighed most; none of the label's phrases is there. */
  learnedOnly?: true;
  /** For a fact reported through whom the sentence quotes (story.yaml `quotedBy`): the speakers' names. */
  bySpeakers?: string[];
}

/** The plain text of an article's headline, teaser or sentence, by its element id. */
export function unitText(article: Article, unitId: string): string {
  if (unitId === `${article.id}-headline`) return article.headline ?? '';
  if (unitId === `${article.id}-teaser`) return article.teaserText;
  return article.sentences.find((sentence) => sentence.id === unitId)?.text ?? '';
}

/** The name of a speaker the article quotes, by its id (the id itself if no quote names it). */
function speakerName(article: Article, speakerId: string): string {
  return article.quotes.find((quote) => quote.speaker?.id === speakerId)?.speaker?.name ?? speakerId;
}

/** Splits a text into marked and unmarked pieces; overlapping ranges are merged. */
export function highlight(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    if (range.end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/** An outlet's sentences behind one label. */
export interface EvidenceGroup {
  /** null for unattributed articles. */
  outletId: string | null;
  outletName: string;
  /** The outlet's sentences, teasers included (countSentences). */
  units: number;
  items: EvidenceView[];
}

// The share the matrices show: sentences in the outlet's own words.
const ownShare = (group: EvidenceGroup) =>
  group.items.filter((item) => item.in === 'narration').length / Math.max(1, group.units);

type Labelled = {
  unitId: string;
  in: WordsIn;
  matches: readonly { start: number; end: number; learned?: true | undefined }[];
  antecedent?: string | undefined;
  facts?: readonly string[] | undefined;
  speakers?: readonly string[] | undefined;
};

/** The first words of a text, enough to recognise it: "The International Criminal Court acted …". */
export function excerpt(text: string, words = 8): string {
  const all = text.trim().split(/\s+/u);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

function groupEvidence(
  articles: readonly Article[],
  labelsOf: (article: Article) => readonly Labelled[],
  factLabels: ReadonlyMap<string, string> = new Map(),
): EvidenceGroup[] {
  const groups = new Map<string | null, EvidenceGroup>();
  for (const article of articles) {
    const key = article.outlet?.id ?? null;
    const group = groups.get(key) ?? {
      outletId: key,
      outletName: article.outlet?.name ?? 'Unattributed',
      units: 0,
      items: [],
    };
    group.units += countSentences([article]);
    for (const label of labelsOf(article)) {
      group.items.push({
        articleId: article.id,
        unitId: label.unitId,
        href: `${article.href}#${label.unitId}`,
        in: label.in,
        segments: highlight(unitText(article, label.unitId), label.matches),
        ...(label.antecedent === undefined
          ? {}
          : {
              refersTo: {
                href: `${article.href}#${label.antecedent}`,
                excerpt: excerpt(unitText(article, label.antecedent)),
              },
            }),
        ...(restsOnLearnedWords(label) && { learnedOnly: true }),
        ...(label.speakers !== undefined && {
          bySpeakers: label.speakers.map((speaker) => speakerName(article, speaker)),
        }),
        ...(label.facts === undefined
          ? {}
          : {
              throughFacts: label.facts.map((fact) => ({
                href: `/facts/${fact}/`,
                label: factLabels.get(fact) ?? fact,
              })),
            }),
      });
    }
    groups.set(key, group);
  }
  return [...groups.values()].sort(
    (a, b) =>
      Number(a.outletId === null) - Number(b.outletId === null) ||
      ownShare(b) - ownShare(a) ||
      a.outletName.localeCompare(b.outletName, 'en'),
  );
}

/**
 * The sentences touching a theme, grouped by outlet (largest share first); a sentence that
 * touches it by reporting a key fact names the fact, by its label in `factLabels`.
 */
export function themeEvidence(
  articles: readonly Article[],
  themeId: string,
  factLabels: ReadonlyMap<string, string>,
): EvidenceGroup[] {
  return groupEvidence(
    articles,
    (article) =>
      article.framing.themes
        .filter((tag) => tag.theme === themeId)
        .map((tag) => ({
          unitId: tag.unitId,
          in: tagWordsIn(tag),
          matches: tag.matches,
          facts: tag.facts,
        })),
    factLabels,
  );
}

/** The sentences mentioning a fact, grouped by outlet. */
export function factEvidence(articles: readonly Article[], factId: string): EvidenceGroup[] {
  return groupEvidence(articles, (article) =>
    article.framing.facts.filter((mention) => mention.fact === factId),
  );
}

/** The sentences that say a fact was left out, grouped by outlet; outlets with none are left out. */
export function factAbsenceEvidence(articles: readonly Article[], factId: string): EvidenceGroup[] {
  return groupEvidence(articles, (article) =>
    article.framing.absentFacts.filter((mention) => mention.fact === factId),
  ).filter((group) => group.items.length > 0);
}

// FNV-1a: a short, stable suffix that keeps anchors unique when two keys slug alike.
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).slice(0, 5);
}

/** Anchor of a descriptor on an outlet page ("descriptor-xi-chinese-leader-1x2y3"). */
export function descriptorAnchor(subject: string, key: string): string {
  const slug = key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `descriptor-${subject}-${slug ? `${slug}-` : ''}${shortHash(key)}`;
}

/**
 * The evidence links a page lists for each of its numbers: its share of a page-wide budget,
 * 12 at most and 4 at least. The groups page by country at 10,000 synthetic articles has 21
 * groups and about 590 numbers; at 12 links each (and all of a descriptor's, up to 7,357)
 * it was 392 KiB gzipped, at 5 each 85 KiB (the limit is 100 KiB). The seed's 3 groups keep 12.
 */
export function evidenceLinksPerNumber(numbers: number, budget = 3000): number {
  return Math.min(12, Math.max(4, Math.floor(budget / Math.max(1, numbers))));
}
