import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { reportAddition, sidecarSkeleton, sourceNameFor } from '../../src/lib/add-source.ts';
import { ingest } from '../../src/lib/ingest.ts';
import { sidecarSchema } from '../../src/lib/schema.ts';
import { inputWith } from '../helpers.ts';

const WIRE = [
  'Xi and Putin sign pact',
  'MOSCOW (Reuters) - Xi Jinping and Vladimir Putin signed a joint statement on Tuesday.',
  'A piece nobody signs',
  'Officials met in Moscow on Tuesday.',
  '',
].join('\n');

describe('sourceNameFor', () => {
  it('keeps the file name, kebab-cased, as a .txt source', () => {
    expect(sourceNameFor('/home/me/Downloads/Reuters March.TXT')).toBe('reuters-march.txt');
    expect(sourceNameFor('C:\\data\\tass_2023.md')).toBe('tass-2023.txt');
  });
});

describe('sidecarSkeleton', () => {
  it('leaves the outlet null with the inference and its evidence as comments, and is a valid sidecar', async () => {
    const { articles } = await ingest(inputWith({ 'content/sources/wire.txt': WIRE }));
    const text = sidecarSkeleton('wire.txt', articles, null);
    expect(text).toMatch(/# inferred: Reuters \(confidence [\d.]+\); confirm by writing outlet: "Reuters"/);
    expect(text).toMatch(/dateline/);
    const sidecar = sidecarSchema.parse(parse(text));
    expect(sidecar.articles.map((entry) => [entry.article, entry.outlet])).toEqual([
      [1, null],
      [2, null],
    ]);
  });

  it('names the given outlet in every entry', async () => {
    const { articles } = await ingest(inputWith({ 'content/sources/wire.txt': WIRE }));
    const sidecar = sidecarSchema.parse(parse(sidecarSkeleton('wire.txt', articles, 'Kyodo "News"')));
    expect(sidecar.articles.map((entry) => entry.outlet)).toEqual(['Kyodo "News"', 'Kyodo "News"']);
  });
});

describe('reportAddition', () => {
  it('counts the new file’s articles, outlets new to the site, unattributed articles and duplicates', async () => {
    const result = await ingest(
      inputWith({
        'content/sources/a.txt': 'Old\nReuters copy: MOSCOW (Reuters) - Talks went on.\n',
        'content/sources/wire.txt': `${WIRE}Old\nReuters copy: MOSCOW (Reuters) - Talks went on.\n`,
      }),
    );
    const report = reportAddition('content/sources/wire.txt', result.articles, result.registry);
    expect(report).toMatchObject({ articles: 3, duplicates: 1, unattributed: 1 });
    expect(report.outlets).toEqual([{ name: 'Reuters', articles: 1, newToSite: false, unregistered: false }]);
  });
});
