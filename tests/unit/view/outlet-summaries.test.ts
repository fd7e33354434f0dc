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

  it('puts unattributed articles last, under a null id', async () => {
    const { articles } = await ingest(
      inputWith({
        'content/sources/s.txt': 'T\nNobody signs this.\nT2\nSee [the report](https://www.cnn.com/a).\n',
      }),
    );
    expect(summariseOutlets(articles)).toEqual([
      { id: 'cnn', name: 'CNN', registered: true, articles: 1 },
      { id: null, name: 'Unattributed', registered: false, articles: 1 },
    ]);
  });
});
