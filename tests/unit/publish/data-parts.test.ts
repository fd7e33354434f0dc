import { describe, expect, it } from 'vitest';
import { corpusDataFiles, outletDataFiles } from '../../../src/lib/publish/data-catalogue.ts';
import {
  byteLength,
  MOST_BYTES_A_PART,
  partFileName,
  partNamesIn,
  partPieces,
  planParts,
  splitBySize,
  type RecordFile,
} from '../../../src/lib/publish/data-parts.ts';
import { seedFraming } from '../view/seed-framing.ts';

const text = (pieces: Iterable<string>) => [...pieces].join('');

async function seedFiles(base = '/') {
  const { articles, quotes, framing } = await seedFraming();
  return { sources: { articles, quotes, framing, base }, framing };
}

/** Each part's text of a file split at `most` bytes. */
function partsOf(file: RecordFile<object>, most: number): { name: string; text: string }[] {
  return planParts(file, most).map((part) => ({ name: part.name, text: text(partPieces(file, part)) }));
}

describe('splitBySize', () => {
  it('keeps records in order in the fewest runs of at most the limit', () => {
    expect(splitBySize([4, 4, 4, 4, 4], 10)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
    ]);
  });

  it('gives a record larger than the limit a run of its own', () => {
    expect(splitBySize([3, 25, 3], 10)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('counts what only the first part writes against the first run', () => {
    expect(splitBySize([4, 4, 4], 10, 5)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
    ]);
  });

  it('makes one empty run of no records: the file still exists', () => {
    expect(splitBySize([], 10)).toEqual([{ start: 0, end: 0 }]);
  });

  it('leaves room under 10 MiB for what a part adds around its records', () => {
    expect(MOST_BYTES_A_PART).toBeLessThan(10 * 2 ** 20);
  });
});

describe('partFileName', () => {
  it('keeps the file’s own name when it is whole, and numbers parts from 1', () => {
    expect(partFileName('articles.json', 0, 1)).toBe('articles.json');
    expect(partFileName('articles.json', 0, 3)).toBe('articles-1.json');
    expect(partFileName('quotes.csv', 2, 3)).toBe('quotes-3.csv');
  });
});

describe('corpusDataFiles', () => {
  it('writes each file whole when it fits, as its own name', async () => {
    const { sources } = await seedFiles();
    for (const file of corpusDataFiles(sources))
      expect(planParts(file).map((part) => part.name)).toEqual([file.file]);
  });

  it('splits articles.json into JSON arrays whose items, in order, are the whole file’s', async () => {
    const { sources } = await seedFiles();
    const file = corpusDataFiles(sources).find((candidate) => candidate.file === 'articles.json')!;
    const whole = text(partPieces(file, planParts(file)[0]!));
    const parts = partsOf(file, Math.ceil(Buffer.byteLength(whole) / 3));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.map((part) => part.name)).toEqual(parts.map((_, index) => `articles-${index + 1}.json`));
    expect(parts.flatMap((part) => JSON.parse(part.text) as unknown[])).toEqual(JSON.parse(whole));
    for (const part of parts) expect(part.text.endsWith(']\n')).toBe(true);
  });

  it('repeats the CSV header in every part of a CSV file, and keeps every row once', async () => {
    const { sources } = await seedFiles();
    const file = corpusDataFiles(sources).find((candidate) => candidate.file === 'quotes.csv')!;
    const whole = text(partPieces(file, planParts(file)[0]!));
    const [header, ...rows] = whole.split('\r\n');
    const parts = partsOf(file, 2000);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.text.startsWith(`${header}\r\n`)).toBe(true);
    expect(parts.flatMap((part) => part.text.split('\r\n').slice(1, -1))).toEqual(rows.slice(0, -1));
  });

  it('keeps every part of a split file within the limit, with what surrounds its records', async () => {
    const { sources } = await seedFiles();
    const most = 4000;
    for (const file of corpusDataFiles(sources)) {
      // What surrounds the records (a CSV header, brackets) is the margin MOST_BYTES_A_PART leaves.
      const around = byteLength(file.pieces([], false));
      const parts = planParts(file, most);
      expect(parts.length, file.file).toBeGreaterThan(1);
      for (const part of parts) {
        // Its size as planned, from its records' sizes, is within a byte or two a record.
        const bytes = byteLength(partPieces(file, part));
        expect(Math.abs(part.bytes - bytes), file.file).toBeLessThanOrEqual(2 * (part.end - part.start) + 2);
        // A part over the limit holds one record that alone is larger.
        if (part.end - part.start > 1)
          expect(byteLength(partPieces(file, part)), file.file).toBeLessThanOrEqual(most + around + 2);
      }
    }
  });

  it('puts framing.json’s story, themes, facts and method in its first part only, and every profile once', async () => {
    const { sources, framing } = await seedFiles();
    const file = corpusDataFiles(sources).find((candidate) => candidate.file === 'framing.json')!;
    const parts = partsOf(file, 20_000).map((part) => JSON.parse(part.text) as Record<string, unknown[]>);
    expect(parts.length).toBeGreaterThan(2);
    const { outlets, articles, ...rest } = JSON.parse(JSON.stringify(framing)) as Record<string, unknown[]>;
    expect(parts[0]).toMatchObject(rest);
    for (const part of parts.slice(1)) expect(Object.keys(part)).toEqual(['outlets', 'articles']);
    expect(parts.flatMap((part) => part['outlets'])).toEqual(outlets);
    expect(parts.flatMap((part) => part['articles'])).toEqual(articles);
  });

  it('writes each record’s href under the base', async () => {
    const { sources } = await seedFiles('/summit/');
    for (const file of corpusDataFiles(sources)) {
      const whole = text(partPieces(file, planParts(file)[0]!));
      expect(whole, file.file).toMatch(/"\/summit\/articles\/|,\/summit\/articles\//);
      expect(whole, file.file).not.toMatch(/"\/articles\/|,\/articles\//);
    }
  });
});

describe('outletDataFiles', () => {
  it('holds only the outlet’s records, and its own profile as `outlet` in framing.json', async () => {
    const { sources } = await seedFiles();
    const files = outletDataFiles('cnn', sources);
    expect(files.map((file) => file.file)).toEqual([
      'articles.json',
      'articles.csv',
      'quotes.json',
      'quotes.csv',
      'framing.json',
    ]);
    const [articlesJson, , quotesJson, , framingJson] = files.map((file) =>
      file.file.endsWith('.json')
        ? (JSON.parse(text(partPieces(file, planParts(file)[0]!))) as unknown)
        : null,
    ) as [
      { outlet: { id: string } }[],
      unknown,
      { outlet: { id: string } }[],
      unknown,
      Record<string, unknown>,
    ];
    expect(articlesJson.length).toBeGreaterThan(0);
    for (const record of [...articlesJson, ...quotesJson]) expect(record.outlet.id).toBe('cnn');
    expect(framingJson['outlet']).toMatchObject({ id: 'cnn' });
    expect(Object.keys(framingJson)).toEqual(['story', 'themes', 'facts', 'method', 'outlet', 'articles']);
  });

  it('refuses an outlet the framing has no profile for', async () => {
    const { sources } = await seedFiles();
    expect(() => outletDataFiles('no-such-outlet', sources)).toThrow(/no framing profile/);
  });
});

describe('partNamesIn', () => {
  it('finds a whole file by its own name', () => {
    expect(partNamesIn(['articles.json', 'quotes.json', 'index.html'], 'articles.json')).toEqual([
      'articles.json',
    ]);
  });

  it('finds the numbered parts of a split file in the order of their numbers, and nothing else', () => {
    const names = [
      'articles-10.json',
      'articles-2.json',
      'articles-1.json',
      'articles-x.json',
      'articles.csv',
      'articles-3.csv',
    ];
    expect(partNamesIn(names, 'articles.json')).toEqual([
      'articles-1.json',
      'articles-2.json',
      'articles-10.json',
    ]);
  });

  it('finds none when the file was not written', () => {
    expect(partNamesIn(['quotes.json'], 'articles.json')).toEqual([]);
  });
});
