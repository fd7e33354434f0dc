/** The built site under test: dist/, served on 127.0.0.1, and its page types. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PublishedArticle, PublishedFraming } from '../../../src/lib/schema/index.ts';
import { pairPath } from '../../../src/lib/view/pairs.ts';

export const DIST = path.resolve(import.meta.dirname, '../../../dist');

/** The published articles of the built site; fails clearly when there is no build. */
export function builtArticles(): PublishedArticle[] {
  const file = path.join(DIST, 'data/articles.json');
  if (!existsSync(file)) throw new Error('dist/ has no build: run `npm run build` (npm run test:e2e does).');
  return JSON.parse(readFileSync(file, 'utf8')) as PublishedArticle[];
}

/** dist/data/framing.json of the built site. */
export function builtFraming(): PublishedFraming {
  return JSON.parse(readFileSync(path.join(DIST, 'data/framing.json'), 'utf8')) as PublishedFraming;
}

export interface PageType {
  name: string;
  path: string;
  status: number;
}

/** One page of every type, taken from the build so the suite works for any sources. */
export function pageTypes(): PageType[] {
  const articles = builtArticles();
  const article = articles[0]!;
  const outlet = articles.find((item) => item.outlet !== null)?.outlet;
  const speaker = articles.flatMap((item) => item.quotes).find((quote) => quote.speaker !== null)?.speaker;
  const framing = builtFraming();
  const [first, second] = framing.outlets;
  const pair = first && second ? pairPath(first.id, second.id) : undefined;
  const theme = framing.themes[0]?.id;
  const fact = framing.facts[0]?.id;
  return [
    { name: 'home', path: '/', status: 200 },
    { name: 'outlets', path: '/outlets/', status: 200 },
    { name: 'outlet registry', path: '/registry/', status: 200 },
    ...(outlet ? [{ name: 'outlet', path: `/outlets/${outlet.id}/`, status: 200 }] : []),
    { name: 'article', path: article.href, status: 200 },
    { name: 'search', path: '/search/', status: 200 },
    {
      name: 'search results',
      path: `/search/?q=${encodeURIComponent(article.sentences[0]!.text.split(' ')[1] ?? 'the')}`,
      status: 200,
    },
    { name: 'quotes', path: '/quotes/', status: 200 },
    ...(outlet ? [{ name: 'outlet quotes', path: `/quotes/${outlet.id}/`, status: 200 }] : []),
    ...(speaker ? [{ name: 'speaker', path: `/speakers/${speaker.id}/`, status: 200 }] : []),
    { name: 'compare', path: '/compare/', status: 200 },
    { name: 'compare without opinion', path: '/compare/without-opinion/', status: 200 },
    { name: 'compare by country', path: '/compare/groups/country/', status: 200 },
    { name: 'compare by kind of outlet', path: '/compare/groups/kind/', status: 200 },
    { name: 'timeline', path: '/timeline/', status: 200 },
    ...(pair ? [{ name: 'pair', path: pair, status: 200 }] : []),
    { name: 'themes', path: '/themes/', status: 200 },
    ...(theme ? [{ name: 'theme', path: `/themes/${theme}/`, status: 200 }] : []),
    { name: 'facts', path: '/facts/', status: 200 },
    ...(fact ? [{ name: 'fact', path: `/facts/${fact}/`, status: 200 }] : []),
    { name: 'methodology', path: '/methodology/', status: 200 },
    { name: 'about', path: '/about/', status: 200 },
    { name: 'data', path: '/data/', status: 200 },
    { name: 'not found', path: '/no-such-page/', status: 404 },
  ];
}
