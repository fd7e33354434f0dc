import { describe, expect, it } from 'vitest';
import { buildFraming } from '../../../src/lib/analysis/index.ts';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { countSentences, countsHeadline } from '../../../src/lib/view/sentence-count.ts';
import { inputWith, seedInput } from '../../helpers.ts';

describe('countSentences', () => {
  it('counts an article’s teaser and each sentence of its body', async () => {
    const { articles } = await ingest(
      inputWith({
        'content/sources/s.txt':
          'Xi lands in Moscow. Putin greets him\nXi arrived on Monday. He met Putin. They spoke for hours.\n',
      }),
    );
    const [article] = articles;
    expect(article!.sentences).toHaveLength(3);
    // The teaser counts as one, however many sentences it holds.
    expect(countSentences([article!])).toBe(4);
  });

  it('counts a known headline as one more, unless it is also the teaser', async () => {
    const source = { 'content/sources/s.txt': 'Xi lands in Moscow\nXi arrived on Monday. He met Putin.\n' };
    const sidecar = (headline: string) => ({
      'content/sources/s.meta.yaml': `articles:\n  - article: 1\n    outlet: CNN\n    headline: "${headline}"\n`,
    });
    const [withHeadline] = (await ingest(inputWith(source, sidecar('Xi meets Putin in Moscow')))).articles;
    expect(countSentences([withHeadline!])).toBe(4);
    expect(countsHeadline(withHeadline!)).toBe(true);
    const [same] = (await ingest(inputWith(source, sidecar('Xi lands in Moscow')))).articles;
    expect(countSentences([same!])).toBe(3);
    expect(countsHeadline(same!)).toBe(false);
  });

  it('gives each seed article its body sentences plus its headline and teaser (CNN: 12 and two, 14)', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    for (const article of articles) {
      expect(countSentences([article]), article.id).toBe(article.sentences.length + 2);
    }
    const cnn = articles.filter((article) => article.outlet?.id === 'cnn');
    expect(cnn.map((article) => article.sentences.length)).toEqual([12]);
    expect(countSentences(cnn)).toBe(14);
  });

  it('gives an outlet’s framing profile, the base of its shares, the count of its articles', async () => {
    const { articles, story, themes, registry } = await ingest(seedInput({ withSidecar: true }));
    const framing = buildFraming(articles, story!, themes, registry);
    expect(framing.outlets.length).toBeGreaterThan(1);
    for (const profile of framing.outlets) {
      const own = articles.filter((article) => article.outlet?.id === profile.id);
      expect(countSentences([profile]), profile.id).toBe(countSentences(own));
    }
    expect(countSentences(framing.outlets)).toBe(countSentences(articles));
  });
});
