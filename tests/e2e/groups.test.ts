/**
 * The group comparison pages as built: every outlet with articles in exactly one group of
 * each dimension, named there with a link to its page; every number of the group rows
 * leading to a place on the same page that lists the sentences or quotes behind it; and a
 * group of one article saying so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { builtArticles, DIST } from './support/site.ts';

const outletsWithArticles = [
  ...new Set(builtArticles().flatMap((article) => (article.outlet === null ? [] : [article.outlet.id]))),
].sort();

describe.each(['country', 'kind'])('/compare/groups/%s/', (dimension) => {
  const { document: page } = parseHTML(
    readFileSync(path.join(DIST, 'compare/groups', dimension, 'index.html'), 'utf8'),
  );
  const parts = [...page.querySelectorAll('section.group-part')];
  const links = (within: ParentNode, selector = 'a') =>
    [...within.querySelectorAll(selector)].map((link) => link.getAttribute('href') ?? '');

  it('names every outlet with articles in exactly one group, linked to its page', () => {
    const members = parts.flatMap((part) =>
      links(part, 'p a')
        .filter((href) => href.startsWith('/outlets/'))
        .map((href) => href.split('/')[2]!),
    );
    expect(parts.length).toBeGreaterThan(1);
    expect(members.sort()).toEqual(outletsWithArticles);
  });

  it('leads every number of a group row to its place on the page, which lists its sentences or quotes', () => {
    const sections = ['themes', 'facts', 'voices', 'descriptors'].map((id) =>
      page.getElementById(id)!.closest('section')!,
    );
    const numbers = sections.flatMap((section) => links(section)).filter((href) => href.includes('#group-'));
    expect(numbers.length).toBeGreaterThan(10);
    for (const href of new Set(numbers)) {
      expect(href.startsWith(`/compare/groups/${dimension}/#`), href).toBe(true);
      const target = page.getElementById(href.split('#')[1]!);
      expect(target, href).not.toBeNull();
      // A number leads to its list item, to a heading whose list follows it, or to the group's whole part.
      const place = /^H\d$/.test(target!.tagName) ? target!.nextElementSibling! : target!;
      const evidence = links(place).filter((link) => /^\/(articles|quotes)\//.test(link));
      expect(evidence.length, href).toBeGreaterThan(0);
    }
  });

  it('says so of a group with one article, rather than pretend to a share', () => {
    for (const part of parts) {
      const one = /\b1 article,/.test(part.querySelector('p')!.textContent);
      expect(part.textContent.includes('One article: its shares are that article’s'), part.id).toBe(one);
    }
  });
});
