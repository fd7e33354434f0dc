import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePage, readArticlePage } from '../../../src/lib/import/index.ts';
import { renderArticleFile, parseArticleFile } from '../../../src/lib/input/article-file.ts';
import { problemsOf } from '../../helpers.ts';

const FIXTURES = 'tests/fixtures/import';
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));
const read = (name: string, pageUrl: string | null = null) =>
  readArticlePage(`${FIXTURES}/${name}`, decodePage(bytesOf(name), null), pageUrl);
const latin = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

// Words that only the page furniture of the fixtures uses.
const FURNITURE = [
  'cookies',
  'Accept all',
  'Share on',
  'Copy link',
  'Lawmakers vote in the chamber',
  'Photo:',
  'Advertisement',
  'Morning Briefing',
  'Subscribe',
  'Related',
  'Farmers protest against border deal',
  'All rights reserved',
  'Privacy policy',
  'What happens next',
  'Share this story',
  'Harbour Post app',
  'keep reading',
  'More stories',
];

describe('decodePage', () => {
  it('lets a byte-order mark win over every declaration', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="windows-1252">é'),
    ]);
    expect(decodePage(bytes, 'text/html; charset=iso-8859-1')).toBe('<meta charset="windows-1252">é');
  });

  it('follows the Content-Type header before a meta charset', () => {
    const bytes = latin('<meta charset="utf-8"><p>caf\xe9</p>');
    expect(decodePage(bytes, 'text/html; charset="ISO-8859-1"')).toBe('<meta charset="utf-8"><p>café</p>');
  });

  it('reads iso-8859-1 as windows-1252, as browsers do (0x93 and 0x94 are curly quotes)', () => {
    expect(decodePage(latin('\x93yes\x94'), 'text/html; charset=iso-8859-1')).toBe('“yes”');
  });

  it('finds <meta charset> and <meta http-equiv> in the first 1024 bytes', () => {
    expect(decodePage(latin('<meta charset=windows-1252>\x96'), null)).toBe('<meta charset=windows-1252>–');
    const page = decodePage(bytesOf('windows-1252.html'), null);
    expect(page).toContain('Le parlement valdorien ratifie le traité frontalier');
    expect(page).toContain('«\u00a0C’est une bonne journée');
  });

  it('ignores a meta charset after the first 1024 bytes', () => {
    const late = `${' '.repeat(1100)}<meta charset="windows-1252">`;
    expect(decodePage(new TextEncoder().encode(`${late}é`), null)).toBe(`${late}é`);
  });

  it('reads undeclared bytes as UTF-8, or as windows-1252 when they are not valid UTF-8', () => {
    expect(decodePage(new TextEncoder().encode('<p>“Ja”</p>'), null)).toBe('<p>“Ja”</p>');
    expect(decodePage(latin('<p>\x93Ja\x94</p>'), null)).toBe('<p>“Ja”</p>');
  });

  it('refuses an unknown charset label with a hint', () => {
    const [problem] = problemsOf(() => decodePage(latin('<meta charset="klingon-8">'), null, 'page.html'));
    expect(problem).toMatchObject({
      file: 'page.html',
      line: null,
      message: expect.stringContaining('klingon-8'),
    });
    expect(problem!.hint).toMatch(/UTF-8/);
  });
});

describe('readArticlePage', () => {
  it('takes the story of a wire article and none of the page furniture', () => {
    const { article, warnings } = read('wire-story.html');
    expect(warnings).toEqual([]);
    const text = article.paragraphs.join('\n');
    for (const furniture of FURNITURE) expect(text).not.toContain(furniture);
    expect(article.paragraphs[0]).toMatch(/^VALDORIA CITY, March 21 \(Reuters\) - Valdoria's parliament/);
    expect(article.paragraphs.at(-1)).toMatch(/^Analysts said/);
  });

  it('keeps each <p>, <li> and <blockquote> as one paragraph, whitespace collapsed', () => {
    const { paragraphs } = read('wire-story.html').article;
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs).toContain('Two border crossings reopen within 90 days of ratification.');
    expect(paragraphs).toContain(
      '"We did not give away a single village," the foreign minister wrote on social media.',
    );
    for (const paragraph of paragraphs) expect(paragraph).not.toMatch(/\s{2}|\n/);
  });

  it('keeps http(s) links as Markdown links, resolved against the canonical address and escaped', () => {
    const { paragraphs } = read('wire-story.html').article;
    expect(paragraphs[1]).toContain(
      '[Civic Union](https://www.northernledger.example/topics/civic-union) voting against it',
    );
    expect(paragraphs[1]).toContain('[1921 accord](https://en.example.org/wiki/Accord_\\(1921\\))');
    // A mailto: link keeps its text only; brackets in the text are escaped.
    expect(paragraphs.at(-1)).toContain('several hundred farmers wrote to the newsroom to complain');
    expect(paragraphs[3]).toContain('ratification \\[by several months\\] under');
  });

  it('survives the round trip through the stored form', () => {
    const { article } = read('wire-story.html');
    const stored = parseArticleFile('a.md', new TextEncoder().encode(renderArticleFile(article)));
    expect(stored.paragraphs.map((paragraph) => paragraph.markdown)).toEqual(article.paragraphs);
    expect(stored.frontMatter).toEqual(article.frontMatter);
  });

  it('trusts JSON-LD first and records where each field came from', () => {
    const { frontMatter } = read('wire-story.html').article;
    expect(frontMatter).toEqual({
      headline: 'Valdorian parliament backs border treaty after all-night session',
      outlet: 'The Northern Ledger',
      url: 'https://www.northernledger.example/world/2023/03/21/valdoria-treaty-vote',
      published: '2023-03-21',
      byline: 'Reuters',
      section: 'World',
      wire: 'Reuters',
      teaser: 'Lawmakers approved the treaty 212 to 140 after a debate that ran past dawn.',
      evidence: [
        'headline: JSON-LD headline = "Valdorian parliament backs border treaty after all-night session"',
        'outlet: JSON-LD publisher.name = "The Northern Ledger"',
        'url: JSON-LD mainEntityOfPage = "https://www.northernledger.example/world/2023/03/21/valdoria-treaty-vote"',
        'published: JSON-LD datePublished = "2023-03-21T01:40:00+01:00"',
        'byline: JSON-LD author = "Reuters"',
        'section: JSON-LD articleSection = "World"',
        'wire: byline = "Reuters"',
        'teaser: JSON-LD description = "Lawmakers approved the treaty 212 to 140 after a debate that ran past dawn."',
      ],
    });
  });

  it('reads a page with only OpenGraph, keeping the date as written and skipping an author URL', () => {
    const { frontMatter } = read('og-only.html').article;
    expect(frontMatter).toMatchObject({
      headline: 'Coalition talks collapse in Estmark as Greens walk out',
      outlet: 'Harbour Post',
      url: 'https://harbourpost.example/politics/estmark-coalition-talks-collapse/',
      // 23:30 at UTC-5 is already 22 March in UTC: the date stays the one the page wrote.
      published: '2023-03-21',
      byline: 'Associated Press',
      wire: 'AP',
      section: null,
    });
    expect(frontMatter.evidence).toContain('outlet: og:site_name = "Harbour Post"');
    expect(frontMatter.evidence).toContain('published: article:published_time = "2023-03-21T23:30:00-05:00"');
  });

  it('drops share boxes and promos named in camelCase or BEM and keeps curly quotes', () => {
    const { paragraphs } = read('og-only.html').article;
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs.join('\n')).not.toMatch(/Share this story|Harbour Post app|Sign in|Weather/);
    expect(paragraphs[2]).toMatch(/^“We came to negotiate/);
  });

  it('names a wire agency from the dateline when the byline does not', () => {
    const html = readFileSync(`${FIXTURES}/og-only.html`, 'utf8').replace(
      '<meta name="author" content="Associated Press" />',
      '',
    );
    const { frontMatter } = readArticlePage('og.html', html, null).article;
    expect(frontMatter.byline).toBeNull();
    expect(frontMatter.wire).toBe('AP');
    expect(frontMatter.evidence).toContain('wire: dateline "ESTMARK (AP) —"');
  });

  it('decodes a windows-1252 page declared by <meta http-equiv>', () => {
    const { article, warnings } = read('windows-1252.html');
    expect(warnings).toEqual([]);
    expect(article.frontMatter).toMatchObject({
      headline: 'Le parlement valdorien ratifie le traité frontalier',
      outlet: 'Le Courrier de l’Est',
      published: '2023-03-21',
      section: 'Monde',
      wire: 'AFP',
    });
    expect(article.paragraphs[1]).toBe(
      '« C’est une bonne journée pour les familles des deux rives », a déclaré la Première ministre Ilse Marren. L’opposition a dénoncé un vote “bâclé” et promis de saisir la Cour constitutionnelle.',
    );
  });

  it('accepts a paywall stub with a warning, the outlet from the canonical host', () => {
    const { article, warnings } = read('paywall-stub.html');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs.join(' ')).not.toMatch(/keep reading|€1 a week/);
    expect(article.frontMatter).toMatchObject({
      outlet: 'capitalreview.example',
      byline: 'Lena Hoff and Piet de Wit',
      published: '2023-03-22',
      wire: null,
    });
    expect(article.frontMatter.evidence).toContain('outlet: canonical host = "capitalreview.example"');
    expect(warnings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^short text \(65 words\)/) }),
    ]);
  });

  it('refuses a section front as not an article', () => {
    const problems = problemsOf(() => read('section-front.html'));
    expect(problems).toEqual([
      {
        file: `${FIXTURES}/section-front.html`,
        line: null,
        message: expect.stringMatching(/^not an article: /),
        hint: expect.stringContaining('article itself'),
      },
    ]);
  });

  it('refuses a page without a headline anywhere', () => {
    const body = '<p>One sentence about the vote in parliament that ran late into the night.</p>'.repeat(5);
    const [problem] = problemsOf(() => readArticlePage('x.html', `<html><body>${body}</body></html>`, null));
    expect(problem!.message).toMatch(/^no headline/);
  });

  it('resolves a relative canonical link against the page address', () => {
    const { frontMatter } = read('wire-story.html', 'https://northernledger.example/x?utm=1').article;
    expect(frontMatter.url).toBe('https://www.northernledger.example/world/2023/03/21/valdoria-treaty-vote');
    const html = readFileSync(`${FIXTURES}/paywall-stub.html`, 'utf8').replace(
      'https://www.capitalreview.example/analysis/inside-the-treaty-vote',
      '/analysis/inside',
    );
    const page = readArticlePage('p.html', html, 'https://capitalreview.example/saved');
    expect(page.article.frontMatter.url).toBe('https://capitalreview.example/analysis/inside');
  });
});

describe('what real pages taught the importer', () => {
  const story = [
    'The city council approved the harbour plan on Tuesday after a debate that lasted well into the evening.',
    '“It is a good day for the port,” Mayor Ann Lee said after the vote, which passed by nine votes to four.',
    'Opponents said the plan would raise rents in the streets around the harbour and promised to fight on.',
    'The plan includes a new ferry terminal, a fish market and a park along the old quay, the council said.',
  ];
  const page = (head: string, body: string) =>
    `<!doctype html><html><head><title>Harbour plan passes</title>${head}</head><body><article><h1>Harbour plan passes</h1>${body}</article></body></html>`;
  const paragraphs = (extra = '') => `${extra}${story.map((text) => `<p>${text}</p>`).join('')}`;

  it('reads a date from microdata or written with its month’s name, as written', () => {
    const microdata = readArticlePage(
      'a.html',
      page(
        '',
        `<time itemprop="datePublished" datetime="2015-05-04T13:36:31+02:00">4 mai</time>${paragraphs()}`,
      ),
      null,
    );
    expect(microdata.article.frontMatter.published).toBe('2015-05-04');
    const named = readArticlePage(
      'b.html',
      page('<meta name="article:publicationdate" content="Fri Mar 13 21:30:09 EST 2015">', paragraphs()),
      null,
    );
    expect(named.article.frontMatter.published).toBe('2015-03-13');
  });

  it('warns when the page states no date at all', () => {
    const { article, warnings } = readArticlePage('c.html', page('', paragraphs()), null);
    expect(article.frontMatter.published).toBeNull();
    expect(warnings.map((warning) => warning.message)).toContain(
      'no publication date: the page states none in its metadata',
    );
  });

  it('does not take the byline of a story listed under this one', () => {
    const html = page(
      '',
      `${paragraphs()}<ul class="more-columns"><li><em class="byline">JOE HILDEBRAND</em> <a href="/x">Another column</a></li></ul>`,
    );
    expect(readArticlePage('d.html', html, null).article.frontMatter.byline).toBeNull();
  });

  it('leaves out links to other stories set in the text, and a standfirst repeated as the first paragraph', () => {
    const html = page(
      '<meta name="description" content="The council backs the port’s biggest project in decades.">',
      paragraphs('<p class="standfirst">The council backs the port’s biggest project in decades.</p>') +
        '<p>Lire aussi : <a href="https://news.example/other">Les critiques du projet</a></p>' +
        '<p>Read more: <a href="https://news.example/more">What the plan means for rents</a></p>',
    );
    const { article } = readArticlePage('e.html', html, 'https://news.example/harbour');
    expect(article.paragraphs).toEqual(story);
    expect(article.frontMatter.teaser).toBe('The council backs the port’s biggest project in decades.');
  });
});
