import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  hrefsUnderBase,
  siteLocation,
  withBase,
  withoutBase,
} from '../../../src/lib/publish/site-url.ts';

describe('siteLocation (SITE_URL)', () => {
  it('puts the site at the root of any host when SITE_URL is unset or empty', () => {
    expect(siteLocation(undefined)).toEqual({ site: undefined, base: '/' });
    expect(siteLocation('  ')).toEqual({ site: undefined, base: '/' });
  });

  it('takes the site and its base path from the address, a final slash or not', () => {
    expect(siteLocation('https://example.org/summit/')).toEqual({
      site: 'https://example.org/summit/',
      base: '/summit/',
    });
    // As GitHub Pages' configure-pages and Netlify's $URL give them: without the final slash.
    expect(siteLocation('https://octocat.github.io/summit')).toEqual({
      site: 'https://octocat.github.io/summit/',
      base: '/summit/',
    });
    expect(siteLocation('https://summit.netlify.app')).toEqual({
      site: 'https://summit.netlify.app/',
      base: '/',
    });
    expect(siteLocation('http://localhost:4321/a/b/').base).toBe('/a/b/');
  });

  it('refuses what is not the address of a site root, saying how to fix it', () => {
    for (const bad of [
      'example.org/summit',
      '/summit/',
      'ftp://example.org/',
      'https://example.org/?q=1',
      'https://example.org/#top',
    ])
      expect(() => siteLocation(bad)).toThrow(/SITE_URL=.*e\.g\. SITE_URL=https:\/\/example\.org\/summit\//);
  });
});

describe('withBase and withoutBase', () => {
  it('leave site paths as they are at the root', () => {
    expect(withBase('/', '/articles/a/#s1')).toBe('/articles/a/#s1');
    expect(withBase('/', '/')).toBe('/');
  });

  it('put site paths under a sub-path, and take them back out', () => {
    expect(withBase('/summit/', '/articles/a/#s1')).toBe('/summit/articles/a/#s1');
    expect(withBase('/summit/', '/')).toBe('/summit/');
    expect(withoutBase('/summit/', '/summit/articles/a/')).toBe('/articles/a/');
    expect(withoutBase('/', '/articles/a/')).toBe('/articles/a/');
  });

  it('refuse what is not a site path: a page that passes one has a bug the build should show', () => {
    expect(() => withBase('/summit/', 'articles/a/')).toThrow(/not a site path/);
    expect(() => withBase('/summit/', '//cdn.example/x.js')).toThrow(/not a site path/);
    expect(() => withBase('/summit/', 'https://example.org/')).toThrow(/not a site path/);
    expect(() => withoutBase('/summit/', '/articles/a/')).toThrow(/not under the base/);
  });
});

describe('absoluteUrl', () => {
  it('gives a site path its whole address on the site', () => {
    expect(absoluteUrl('https://example.org/summit/', '/compare/')).toBe(
      'https://example.org/summit/compare/',
    );
    expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
  });
});

describe('hrefsUnderBase', () => {
  it('is not needed at the root', () => {
    expect(hrefsUnderBase('/')).toBeUndefined();
  });

  it('rewrites every href member under the base, and nothing else', () => {
    const framing = {
      href: '/articles/a/',
      evidence: [{ href: '/articles/a/#s1', words: ['/x/'] }],
      path: '/y/',
    };
    expect(JSON.parse(JSON.stringify(framing, hrefsUnderBase('/summit/')))).toEqual({
      href: '/summit/articles/a/',
      evidence: [{ href: '/summit/articles/a/#s1', words: ['/x/'] }],
      path: '/y/',
    });
  });
});
