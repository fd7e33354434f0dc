import { describe, expect, it } from 'vitest';
import { articleKind, describeKinds } from '../../../src/lib/view/article-kind.ts';

describe('articleKind', () => {
  it('reads opinion and analysis from the section outlets give them', () => {
    expect(articleKind({ section: 'opinion' })).toBe('opinion');
    expect(articleKind({ section: 'Comment is free' })).toBe('opinion');
    expect(articleKind({ section: 'Op-Ed' })).toBe('opinion');
    expect(articleKind({ section: 'Editorials' })).toBe('opinion');
    expect(articleKind({ section: 'News analysis' })).toBe('analysis');
    expect(articleKind({ section: 'Explainer' })).toBe('analysis');
  });

  it('takes any other section, and none, as news', () => {
    expect(articleKind({ section: 'World' })).toBe('news');
    expect(articleKind({ section: 'Europe' })).toBe('news');
    expect(articleKind({ section: null })).toBe('news');
  });
});

describe('describeKinds', () => {
  it('counts the opinion and analysis pieces among articles, and says nothing of news', () => {
    expect(describeKinds([{ section: 'opinion' }, { section: null }, { section: 'World' }])).toBe(
      '1 opinion piece',
    );
    expect(describeKinds([{ section: 'Opinion' }, { section: 'Comment' }, { section: 'Analysis' }])).toBe(
      '2 opinion pieces and 1 analysis piece',
    );
    expect(describeKinds([{ section: null }])).toBe('');
  });
});
