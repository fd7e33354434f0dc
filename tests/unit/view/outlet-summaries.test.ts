import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { summariseOutlets } from '../../../src/lib/view/outlet-summaries.ts';
import { inputWith, seedInput } from '../../helpers.ts';

describe('summariseOutlets', () => {
  it('counts articles per outlet, most first, then by name', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    expect(summariseOutlets(articles).map((outlet) => [outlet.name, outlet.articles])).toEqual([
      ['The Guardian', 3],
      ['Al Jazeera', 1],
      ['CBS News', 1],
      ['CNN', 1],
      ['NPR', 1],
    ]);
  });

  it('counts sentences per outlet as every page does, headlines and teasers included (CNN 14, NPR 13)', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const sentences = Object.fromEntries(
      summariseOutlets(articles).map((outlet) => [outlet.id, outlet.sentences]),
    );
    expect(sentences).toMatchObject({ cnn: 14, npr: 13 });
    for (const outlet of summariseOutlets(articles)) {
      const own = articles.filter((article) => (article.outlet?.id ?? null) === outlet.id);
      expect(outlet.sentences).toBe(own.reduce((sum, article) => sum + 2 + article.sentences.length, 0));
    }
  });

  it('puts unattributed articles last, under a null id', async () => {
    const { articles } = await ingest(
      inputWith({
        'content/sources/s.txt': 'T\nNobody signs this.\nT2\nSee [the report](https://www.cnn.com/a).\n',
      }),
    );
    expect(summariseOutlets(articles)).toEqual([
      { id: 'cnn', name: 'CNN', registered: true, articles: 1, sentences: 2 },
      { id: null, name: 'Unattributed', registered: false, articles: 1, sentences: 2 },
    ]);
  });
});
