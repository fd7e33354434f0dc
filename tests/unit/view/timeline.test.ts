import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/index.ts';
import type { Article } from '../../../src/lib/schema/index.ts';
import {
  buildTimeline,
  countDays,
  describeTimeline,
  formatDayRange,
  joinNames,
  listDays,
} from '../../../src/lib/view/timeline.ts';
import { seedInput } from '../../helpers.ts';

let seed: Article[];
beforeAll(async () => {
  seed = (await ingest(seedInput({ withSidecar: true }))).articles;
});

/** A seed article with another date and, optionally, another outlet. */
function dated(index: number, published: string | null, outlet?: Article['outlet']): Article {
  const article = seed[index]!;
  return { ...article, published, ...(outlet === undefined ? {} : { outlet }) };
}

const outlet = (id: string, name: string) => ({ id, name, registered: true });

describe('buildTimeline', () => {
  it('gives the seed one row per outlet with a date, first day first (22 March: four outlets; The Guardian to 23 March)', () => {
    const timeline = buildTimeline(seed);
    expect(
      timeline.rows.map((row) => [row.name, row.first, row.last, row.days, row.articles.length]),
    ).toEqual([
      ['Al Jazeera', '2023-03-22', '2023-03-22', 1, 1],
      ['CBS News', '2023-03-22', '2023-03-22', 1, 1],
      ['CNN', '2023-03-22', '2023-03-22', 1, 1],
      ['NPR', '2023-03-22', '2023-03-22', 1, 1],
      ['The Guardian', '2023-03-22', '2023-03-23', 2, 2],
    ]);
    expect(timeline).toMatchObject({ first: '2023-03-22', last: '2023-03-23', days: 2 });
    expect(timeline.firstOutlets).toEqual(['Al Jazeera', 'CBS News', 'CNN', 'NPR', 'The Guardian']);
  });

  it('keeps the articles with no date in a list of their own, with outlet and title (the seed: one Guardian piece)', () => {
    const timeline = buildTimeline(seed);
    expect(timeline.undated).toEqual([
      {
        id: seed[6]!.id,
        href: seed[6]!.href,
        title: 'Xi’s trip to Moscow didn’t impress the west – but his most important audience is at home',
        outlet: 'The Guardian',
        published: null,
      },
    ]);
    const listed = timeline.rows.flatMap((row) => row.articles).length + timeline.undated.length;
    expect(listed).toBe(seed.length);
  });

  it('keeps every article when none has a date, with no span', () => {
    const timeline = buildTimeline(seed.map((_, index) => dated(index, null)));
    expect(timeline.rows).toEqual([]);
    expect(timeline.undated).toHaveLength(seed.length);
    expect(timeline).toMatchObject({ first: null, last: null, days: null, firstOutlets: [] });
  });

  it('orders an outlet’s articles by day and counts the days between its first and last, both included', () => {
    const cnn = outlet('cnn', 'CNN');
    const timeline = buildTimeline([
      dated(0, '2023-03-25', cnn),
      dated(1, '2023-03-19', cnn),
      dated(2, '2023-03-21', cnn),
    ]);
    expect(timeline.rows).toHaveLength(1);
    const [row] = timeline.rows;
    expect(row!.articles.map((article) => article.published)).toEqual([
      '2023-03-19',
      '2023-03-21',
      '2023-03-25',
    ]);
    expect(row).toMatchObject({ id: 'cnn', first: '2023-03-19', last: '2023-03-25', days: 7 });
    expect(timeline).toMatchObject({
      first: '2023-03-19',
      last: '2023-03-25',
      days: 7,
      firstOutlets: ['CNN'],
    });
  });

  it('gives one article one row of one day', () => {
    const timeline = buildTimeline([dated(4, '2023-03-21')]);
    expect(timeline.rows.map((row) => [row.name, row.first, row.last, row.days])).toEqual([
      ['NPR', '2023-03-21', '2023-03-21', 1],
    ]);
    expect(timeline).toMatchObject({
      first: '2023-03-21',
      last: '2023-03-21',
      days: 1,
      firstOutlets: ['NPR'],
    });
  });

  it('names every outlet of the first day when several tie, and only those', () => {
    const timeline = buildTimeline([
      dated(0, '2023-03-21'),
      dated(2, '2023-03-20'),
      dated(4, '2023-03-20'),
      dated(3, '2023-03-22'),
    ]);
    expect(timeline.firstOutlets).toEqual(['Al Jazeera', 'NPR']);
    expect(timeline.rows.map((row) => row.name)).toEqual(['Al Jazeera', 'NPR', 'CNN', 'CBS News']);
  });

  it('breaks a tie on the first day by the last day, so the shorter coverage comes first', () => {
    const guardian = outlet('the-guardian', 'The Guardian');
    const timeline = buildTimeline([
      dated(1, '2023-03-20', guardian),
      dated(5, '2023-03-24', guardian),
      dated(0, '2023-03-20'),
    ]);
    expect(timeline.rows.map((row) => row.name)).toEqual(['CNN', 'The Guardian']);
  });

  it('lists every dated article earliest first, those of one day in the order of the rows', () => {
    const timeline = buildTimeline([dated(0, '2023-03-23'), dated(4, '2023-03-21'), dated(2, '2023-03-23')]);
    expect(timeline.dated.map((article) => [article.outlet, article.published])).toEqual([
      ['NPR', '2023-03-21'],
      ['Al Jazeera', '2023-03-23'],
      ['CNN', '2023-03-23'],
    ]);
  });

  it('puts the unattributed articles in a row of their own, last, even when they came first', () => {
    const timeline = buildTimeline([dated(0, '2023-03-22'), dated(1, '2023-03-18', null)]);
    expect(timeline.rows.map((row) => [row.id, row.name])).toEqual([
      ['cnn', 'CNN'],
      [null, 'Unattributed'],
    ]);
    expect(timeline.firstOutlets).toEqual(['Unattributed']);
    expect(timeline.first).toBe('2023-03-18');
  });
});

describe('countDays', () => {
  it('counts both ends, across a month and a leap day', () => {
    expect(countDays('2023-03-22', '2023-03-22')).toBe(1);
    expect(countDays('2023-03-22', '2023-03-23')).toBe(2);
    expect(countDays('2023-03-30', '2023-04-02')).toBe(4);
    expect(countDays('2024-02-28', '2024-03-01')).toBe(3);
  });
});

describe('listDays', () => {
  it('lists every day from first to last', () => {
    expect(listDays('2023-03-30', '2023-04-02')).toEqual([
      '2023-03-30',
      '2023-03-31',
      '2023-04-01',
      '2023-04-02',
    ]);
    expect(listDays('2023-03-22', '2023-03-22')).toEqual(['2023-03-22']);
  });
});

describe('formatDayRange', () => {
  it('says a range as a reader would, the year once', () => {
    expect(formatDayRange('2023-03-22', '2023-03-22')).toBe('22 March 2023');
    expect(formatDayRange('2023-03-22', '2023-03-23')).toBe('22–23 March 2023');
    expect(formatDayRange('2023-03-31', '2023-04-02')).toBe('31 March – 2 April 2023');
    expect(formatDayRange('2022-12-30', '2023-01-02')).toBe('30 December 2022 – 2 January 2023');
  });
});

describe('joinNames', () => {
  it('joins one, two and more names', () => {
    expect(joinNames(['CNN'])).toBe('CNN');
    expect(joinNames(['CNN', 'NPR'])).toBe('CNN and NPR');
    expect(joinNames(['Al Jazeera', 'CNN', 'NPR'])).toBe('Al Jazeera, CNN and NPR');
  });
});

describe('describeTimeline', () => {
  it('says who was first and how long coverage ran, from the dates', () => {
    const timeline = buildTimeline([dated(0, '2023-03-22'), dated(4, '2023-03-22'), dated(1, '2023-03-23')]);
    expect(describeTimeline(timeline)).toBe(
      'CNN and NPR first, on 22 March 2023; coverage ran 22–23 March 2023 (2 days).',
    );
  });

  it('says when every dated article is of one day', () => {
    expect(describeTimeline(buildTimeline([dated(0, '2023-03-21')]))).toBe(
      'CNN first, on 21 March 2023; every dated article is of that day.',
    );
  });

  it('says nothing when no article has a date', () => {
    expect(describeTimeline(buildTimeline([dated(0, null)]))).toBeNull();
  });
});
