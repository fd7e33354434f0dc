import { describe, expect, it } from 'vitest';
import { redirectsFile, robotsTxt } from '../../../src/integrations/site-files.ts';

describe('robots.txt', () => {
  it('lets everything be crawled and names the sitemap by its whole address', () => {
    expect(robotsTxt('https://example.org/summit/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/summit/sitemap-index.xml\n',
    );
  });
});

describe('_redirects', () => {
  it('is not written for a site at the root', () => {
    expect(redirectsFile('/')).toBeNull();
  });

  it('answers the sub-path from the files at a host’s root, and leads the root to the site', () => {
    expect(redirectsFile('/summit/')).toBe('/summit/*  /:splat  200\n/  /summit/  302\n');
  });
});
