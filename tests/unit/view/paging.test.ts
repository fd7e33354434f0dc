import { describe, expect, it } from 'vitest';
import {
  anchorHref,
  anchorPages,
  continuedPaths,
  describeRange,
  firstPage,
  groupAnchorPages,
  PAGE_SIZE,
  pageLinks,
  pageOfIndex,
  pagePath,
  paginate,
  paginateGroups,
} from '../../../src/lib/view/paging.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('pagePath', () => {
  it('keeps the list’s own address for page 1 and adds page/N/ for the others', () => {
    expect(pagePath('/', 1)).toBe('/');
    expect(pagePath('/', 2)).toBe('/page/2/');
    expect(pagePath('/quotes/cnn/', 12)).toBe('/quotes/cnn/page/12/');
  });

  it('refuses a base without its final slash, which would make "/quotespage/2/"', () => {
    expect(() => pagePath('/quotes', 2)).toThrow(/must end with "\/"/);
  });
});

describe('pageOfIndex', () => {
  it('puts the first PAGE_SIZE items on page 1 and the next one on page 2', () => {
    expect(pageOfIndex(0)).toBe(1);
    expect(pageOfIndex(PAGE_SIZE - 1)).toBe(1);
    expect(pageOfIndex(PAGE_SIZE)).toBe(2);
    expect(pageOfIndex(7, 3)).toBe(3);
  });
});

describe('paginate', () => {
  it('keeps a list that fits on one page whole, with no neighbours', () => {
    const [page, ...rest] = paginate(numbers(20), '/');
    expect(rest).toEqual([]);
    expect(page).toMatchObject({ number: 1, pageCount: 1, from: 1, to: 20, total: 20, path: '/' });
    expect(page!.items).toEqual(numbers(20));
    expect(page!.prev).toBeNull();
    expect(page!.next).toBeNull();
  });

  it('splits a long list into pages of the size given, the last one shorter', () => {
    const pages = paginate(numbers(120), '/quotes/', 50);
    expect(pages.map((page) => page.items.length)).toEqual([50, 50, 20]);
    expect(pages.map((page) => [page.from, page.to])).toEqual([
      [1, 50],
      [51, 100],
      [101, 120],
    ]);
    expect(pages[2]!.items[0]).toBe(101);
  });

  it('links each page to its neighbours at stable addresses', () => {
    const pages = paginate(numbers(120), '/quotes/', 50);
    expect(pages.map((page) => page.path)).toEqual(['/quotes/', '/quotes/page/2/', '/quotes/page/3/']);
    expect(pages.map((page) => [page.prev, page.next])).toEqual([
      [null, '/quotes/page/2/'],
      ['/quotes/', '/quotes/page/3/'],
      ['/quotes/page/2/', null],
    ]);
    expect(pages.every((page) => page.base === '/quotes/' && page.pageCount === 3)).toBe(true);
  });

  it('gives an empty list its first page, with nothing on it', () => {
    expect(paginate([], '/')).toEqual([
      {
        number: 1,
        pageCount: 1,
        items: [],
        from: 0,
        to: 0,
        total: 0,
        path: '/',
        prev: null,
        next: null,
        base: '/',
      },
    ]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate(numbers(3), '/', 0)).toThrow(/page size 0/);
  });
});

describe('firstPage', () => {
  it('is the page a list’s own address shows', () => {
    expect(firstPage(numbers(120), '/outlets/cnn/', 50)).toEqual(
      paginate(numbers(120), '/outlets/cnn/', 50)[0],
    );
  });
});

describe('continuedPaths', () => {
  it('gives a path to every page but the first, with its number as `n` and the page as a prop', () => {
    const pages = paginate(numbers(120), '/themes/taiwan/', 50);
    expect(continuedPaths(pages, { id: 'taiwan' }, { label: 'Taiwan' })).toEqual([
      { params: { id: 'taiwan', n: '2' }, props: { label: 'Taiwan', page: pages[1] } },
      { params: { id: 'taiwan', n: '3' }, props: { label: 'Taiwan', page: pages[2] } },
    ]);
  });

  it('gives none for a list that fits on its own page', () => {
    expect(continuedPaths(paginate(numbers(50), '/', 50), {}, {})).toEqual([]);
  });
});

describe('describeRange', () => {
  it('says which items a page shows, with thousands separated as the site writes them', () => {
    const pages = paginate(numbers(3000), '/', 50);
    expect(describeRange(pages[0]!, 'articles')).toBe('articles 1–50 of 3,000');
    expect(describeRange(pages.at(-1)!, 'articles')).toBe('articles 2,951–3,000 of 3,000');
  });
});

describe('pageLinks', () => {
  const at = (number: number, pageCount: number) =>
    pageLinks({ number, pageCount, base: '/quotes/' }).map((link) =>
      'gap' in link ? '…' : link.current ? `[${link.number}]` : String(link.number),
    );

  it('lists every page of a short list, marking the current one', () => {
    expect(at(2, 3)).toEqual(['1', '[2]', '3']);
  });

  it('shows the first, the last and two either side of the current page, eliding the rest', () => {
    expect(at(30, 60)).toEqual(['1', '…', '28', '29', '[30]', '31', '32', '…', '60']);
    expect(at(1, 60)).toEqual(['[1]', '2', '3', '…', '60']);
    expect(at(60, 60)).toEqual(['1', '…', '58', '59', '[60]']);
  });

  it('shows a single left-out page instead of a gap, which would take as much room', () => {
    expect(at(5, 10)).toEqual(['1', '2', '3', '4', '[5]', '6', '7', '…', '10']);
  });

  it('links each number to its page', () => {
    const links = pageLinks({ number: 1, pageCount: 2, base: '/quotes/' });
    expect(links).toEqual([
      { number: 1, path: '/quotes/', current: true },
      { number: 2, path: '/quotes/page/2/', current: false },
    ]);
  });
});

describe('anchorPages', () => {
  it('maps each anchor to the page its first item is on', () => {
    const items = ['a', 'a', 'a', 'b', 'b', 'c'];
    const pages = anchorPages(items, '/quotes/', (item) => [`group-${item}`], 2);
    expect(Object.fromEntries(pages)).toEqual({
      'group-a': '/quotes/',
      'group-b': '/quotes/page/2/',
      'group-c': '/quotes/page/3/',
    });
  });
});

describe('anchorHref', () => {
  it('points a link at the anchor on its page, and at the first page when the anchor is unknown', () => {
    const pages = new Map([['speaker-x', '/quotes/page/2/']]);
    expect(anchorHref(pages, '/quotes/', 'speaker-x')).toBe('/quotes/page/2/#speaker-x');
    expect(anchorHref(pages, '/quotes/', 'speaker-y')).toBe('/quotes/#speaker-y');
  });
});

// Outlets and their sentences: CNN's 3 run over the first page break, NPR has none, DW has 2.
const groups = [
  { id: 'bbc', items: ['b1', 'b2'] },
  { id: 'cnn', items: ['c1', 'c2', 'c3'] },
  { id: 'npr', items: [] },
  { id: 'dw', items: ['d1', 'd2'] },
  { id: 'ap', items: [] },
];
const itemsOf = (group: (typeof groups)[number]) => group.items;

describe('paginateGroups', () => {
  const view = (page: ReturnType<typeof paginateGroups<(typeof groups)[number], string>>[number]) =>
    page.groups.map(
      (part) => `${part.group.id}${part.continued ? ' (continued)' : ''}: ${part.items.join(' ')}`,
    );

  it('pages by items, showing a group split by a page break on both pages, continued on the second', () => {
    const pages = paginateGroups(groups, itemsOf, '/themes/x/', 3);
    expect(pages.map((page) => page.items)).toEqual([['b1', 'b2', 'c1'], ['c2', 'c3', 'd1'], ['d2']]);
    expect(pages.map(view)).toEqual([
      ['bbc: b1 b2', 'cnn: c1'],
      ['cnn (continued): c2 c3', 'npr: ', 'dw: d1'],
      ['dw (continued): d2', 'ap: '],
    ]);
  });

  it('keeps a group without items in its place: before the next item, or at the end', () => {
    const [page] = paginateGroups(groups, itemsOf, '/themes/x/');
    expect(view(page!)).toEqual(['bbc: b1 b2', 'cnn: c1 c2 c3', 'npr: ', 'dw: d1 d2', 'ap: ']);
    expect(page!.total).toBe(7);
  });

  it('shows groups with no items at all on the one first page', () => {
    const [page, ...rest] = paginateGroups([{ id: 'npr', items: [] }], itemsOf, '/facts/x/');
    expect(rest).toEqual([]);
    expect(view(page!)).toEqual(['npr: ']);
  });
});

describe('groupAnchorPages', () => {
  it('sends each group’s anchor to the page it starts on, an empty group to the page it stands on', () => {
    const pages = groupAnchorPages(groups, itemsOf, (group) => `outlet-${group.id}`, '/themes/x/', 3);
    expect(Object.fromEntries(pages)).toEqual({
      'outlet-bbc': '/themes/x/',
      'outlet-cnn': '/themes/x/',
      'outlet-npr': '/themes/x/page/2/',
      'outlet-dw': '/themes/x/page/2/',
      'outlet-ap': '/themes/x/page/3/',
    });
  });
});
