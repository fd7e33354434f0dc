/**
 * Small formatting helpers shared by pages and published data. Deterministic: no clock,
 * no locale of the machine.
 */
import type { Article, OutletAttribution, FragmentReason } from '../schema/index.ts';

export { countryName } from '../registry/outlets.ts';

/** "2023-03-22" → "22 March 2023"; null → null. */
export function formatDate(isoDate: string | null): string | null {
  if (isoDate === null) return null;
  const [year, month, day] = isoDate.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${day} ${months[(month ?? 1) - 1]} ${year}`;
}

/**
 * A sentence saying how an article's outlet was decided, in a reader's words (the evidence
 * and file names stay in the page's "How we know" disclosure).
 */
export function describeOutletAttribution(attribution: OutletAttribution, imported = false): string {
  switch (attribution.method) {
    case 'metadata':
      return imported
        ? 'Named by the saved page itself (its own publisher details).'
        : 'Named in the details supplied with the collected text.';
    case 'inferred':
      return `Worked out from clues in the text, such as a dateline or the outlet’s own name; the clues give a confidence of ${Math.round(attribution.confidence * 100)}%.`;
    case 'unattributed':
      return 'Not attributed: the text does not say clearly enough which outlet wrote it.';
  }
}

/** What each fragment flag means, for readers. */
export const fragmentReasonLabels: Record<FragmentReason, string> = {
  'starts-with-link': 'starts at a link: text before it was probably dropped',
  'starts-lowercase': 'starts in lowercase: the start was cut',
  'starts-inside-quote': 'starts inside a quotation',
  'link-only': 'only a link, with no sentence around it (often a linked headline)',
  'no-end-punctuation': 'no closing punctuation: the end was cut',
};

/** The title to show for an article: its headline when known, else its teaser as text. */
export function displayTitle(article: Pick<Article, 'headline' | 'teaserText'>): string {
  return article.headline ?? article.teaserText;
}

/** An article imported from a page, Markdown or a batch (content/articles/…/*.md), not an excerpt of a source. */
export function isImportedArticle(article: Pick<Article, 'source'>): boolean {
  return article.source.file.endsWith('.md');
}

const numberFormat = new Intl.NumberFormat('en');

/** "1,234": a count with its thousands separated, as English writes it. */
export function formatCount(count: number): string {
  // Most counts have no separator to write: Intl's formatting was 0.2 s of the pages of 10,000 articles.
  return Number.isInteger(count) && count >= 0 && count < 1000 ? String(count) : numberFormat.format(count);
}

/** "1 sentence", "12 sentences", "3,000 articles". */
export function countOf(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Al Jazeera" for attributed articles and quotes, "Unattributed" otherwise (also the search filter value). */
export function outletLabel(item: Pick<Article, 'outlet'>): string {
  return item.outlet?.name ?? 'Unattributed';
}

/** Orders articles by source file, then position: the order of the inputs. */
export function byInputOrder(a: Article, b: Article): number {
  if (a.source.file !== b.source.file) return a.source.file < b.source.file ? -1 : 1;
  return a.position - b.position;
}

/**
 * A page title of at most `max` characters: "<title> · <site>", the title shortened at a
 * word boundary with "…" when needed (long titles are cut off in tabs and results).
 */
export function pageTitle(title: string, site: string, max = 70): string {
  if (title === site) return site;
  const suffix = ` · ${site}`;
  const room = max - suffix.length;
  if (title.length <= room) return `${title}${suffix}`;
  const cut = title.slice(0, room - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > room / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:–—-]+$/, '')}…${suffix}`;
}

/**
 * `text` of at most `max` characters: whole, or cut at a word boundary with "…" (within a
 * word only when the first half of the text has no space).
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const atWord = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:–—.-]+$/, '')}…`;
}

/** A file's size for a reader: "840 KB", "8.7 MB" (decimal units, as browsers' downloads show them). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1e6) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
