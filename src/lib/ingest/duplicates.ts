/**
 * Duplicates: the same article in one source or in several becomes one record that lists
 * the other places it appears.
 */
import type { Problem } from '../problems.ts';
import type { Article } from '../schema/index.ts';

// Two copies of an article differ only in spacing and in the shape of quote marks.
function duplicateKey(article: Article): string {
  const normalise = (text: string) =>
    text
      .replace(/[“”„«»]/g, '"')
      .replace(/[‘’]/g, "'")
      .replace(/\s+/g, ' ')
      .trim();
  return `${normalise(article.teaser)}\n${normalise(article.markdown)}`;
}

/**
 * One record for an article that appears more than once (in one source or in several):
 * the first copy a sidecar describes, else the first copy, with the other places in its
 * `alsoIn` and a warning for each. A sidecar's outlet and provenance are never dropped for
 * an undescribed copy that happens to come first. The record stays where the article first
 * appears.
 */
export function mergeDuplicates(articles: readonly Article[], warnings: Problem[]): Article[] {
  const copies = new Map<string, Article[]>();
  for (const article of articles) {
    const key = duplicateKey(article);
    const list = copies.get(key);
    if (list) list.push(article);
    else copies.set(key, [article]);
  }
  const unique: Article[] = [];
  for (const list of copies.values()) {
    const kept = list.find((article) => article.attribution.method === 'metadata') ?? list[0]!;
    const others = list.filter((article) => article !== kept);
    for (const other of others) {
      warnings.push({
        file: other.source.file,
        line: other.source.line,
        message: `this article is the same as ${kept.source.file}:${kept.source.line} (${kept.id}); it is shown once, with both places`,
        hint: 'nothing to do if both sources really carry it; remove one copy to silence this warning',
      });
    }
    // A new record, not a change to the kept one: records may be shared with the cache.
    unique.push(
      others.length === 0
        ? kept
        : { ...kept, alsoIn: [...kept.alsoIn, ...others.map((other) => other.source)] },
    );
  }
  return unique;
}
