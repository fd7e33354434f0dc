import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  formatAdditionReport,
  reportAddition,
  sidecarSkeleton,
  sourceNameFor,
  unregisteredDomains,
} from '../../../scripts/lib/source-addition.ts';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { sidecarSchema } from '../../../src/lib/schema/index.ts';
import { inputWith } from '../../helpers.ts';

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
    const { articles, registry } = await ingest(inputWith({ 'content/sources/wire.txt': WIRE }));
    const text = sidecarSkeleton('wire.txt', articles, null, registry);
    expect(text).toMatch(/# inferred: Reuters \(confidence [\d.]+\); confirm by writing outlet: "Reuters"/);
    expect(text).toMatch(/dateline/);
    const sidecar = sidecarSchema.parse(parse(text));
    expect(sidecar.articles.map((entry) => [entry.article, entry.outlet])).toEqual([
      [1, null],
      [2, null],
    ]);
  });

  it('names the given outlet in every entry', async () => {
    const { articles, registry } = await ingest(inputWith({ 'content/sources/wire.txt': WIRE }));
    const sidecar = sidecarSchema.parse(
      parse(sidecarSkeleton('wire.txt', articles, 'Kyodo "News"', registry)),
    );
    expect(sidecar.articles.map((entry) => entry.outlet)).toEqual(['Kyodo "News"', 'Kyodo "News"']);
  });
});

// Two articles of an outlet the registry has never seen: its own links are the clue.
const UNSEEN = [
  'Xi lands in Moscow',
  'Xi Jinping arrived on Monday, [the Post reported](https://kathmandupost.com/world/1) and [Reuters said](https://www.reuters.com/a).',
  'Putin praises the plan',
  'Vladimir Putin praised the plan, [according to the Post](https://kathmandupost.com/world/2).',
  '',
].join('\n');

describe('unregisteredDomains', () => {
  it('lists the sites an article links to that no registry outlet publishes on', async () => {
    const { articles, registry } = await ingest(inputWith({ 'content/sources/post.txt': UNSEEN }));
    expect(articles.map((article) => unregisteredDomains(article, registry))).toEqual([
      ['kathmandupost.com'],
      ['kathmandupost.com'],
    ]);
  });
});

describe('sidecarSkeleton and the report, for an outlet the registry has never seen', () => {
  it('point the person confirming at the unknown site the articles link to', async () => {
    const result = await ingest(inputWith({ 'content/sources/post.txt': UNSEEN }));
    const text = sidecarSkeleton('post.txt', result.articles, null, result.registry);
    expect(text).toContain('#   - links to kathmandupost.com, which no registry outlet publishes on');
    const report = reportAddition(['content/sources/post.txt'], result.articles, result.registry);
    expect(report.unattributed).toBe(2);
    expect(report.unattributedDomains).toEqual([['kathmandupost.com', 2]]);
    expect(formatAdditionReport(report).join('\n')).toContain('they link to kathmandupost.com (2)');
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
    const report = reportAddition(['content/sources/wire.txt'], result.articles, result.registry);
    expect(report).toMatchObject({ articles: 3, duplicates: 1, unattributed: 1 });
    expect(report.outlets).toEqual([{ name: 'Reuters', articles: 1, newToSite: false, unregistered: false }]);
  });
});
