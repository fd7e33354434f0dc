/**
 * The importer: news pages and batch exports turned into imported articles, ready for
 * `renderArticleFile`. Pure: callers fetch or read the bytes and write the files.
 */
export { decodePage, readArticlePage, type ReadPage } from './page.ts';
export { parseBatch } from './batch.ts';
