import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonArrayPieces, jsonPieces, mapLazily, piecesResponse } from '../../../src/lib/publish/pieces.ts';

const joined = (pieces: Iterable<string>) => [...pieces].join('');

describe('jsonPieces', () => {
  it('writes exactly what JSON.stringify writes, compact or indented, at any depth', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom(0, 2, 4),
        fc.integer({ min: 0, max: 4 }),
        (value, indent, depth) => {
          expect(joined(jsonPieces(value, indent, depth))).toBe(JSON.stringify(value, null, indent));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes what JSON.stringify writes with a replacer that rewrites members by key', () => {
    const replacer = (key: string, value: unknown) =>
      key === 'href' && typeof value === 'string' ? `/base${value}` : key === 'gone' ? undefined : value;
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.webPath(),
        fc.constantFrom(0, 2),
        fc.integer({ min: 0, max: 4 }),
        (value, href, indent, depth) => {
          const nested = { href, gone: 1, items: [{ href, value }, value], deep: { a: { href } } };
          expect(joined(jsonPieces(nested, indent, depth, replacer))).toBe(
            JSON.stringify(nested, replacer, indent),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves out what JSON leaves out, and writes null for it in arrays', () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { d: undefined }, e: '“quote”\nline' };
    for (const indent of [0, 2])
      expect(joined(jsonPieces(value, indent, 3))).toBe(JSON.stringify(value, null, indent));
  });

  it('calls toJSON with the member’s key, unboxes boxed values and caps the indent at ten, as JSON does', () => {
    const value = {
      when: new Date(Date.UTC(2023, 2, 20)),
      keyed: { toJSON: (key: string) => `key ${key}` },
      gone: { toJSON: () => undefined },
      boxed: [new Number(1), new String('s'), new Boolean(false)],
      list: [{ toJSON: (key: string) => key }],
    };
    for (const indent of [0, 2, 12])
      expect(joined(jsonPieces(value, indent, 3))).toBe(JSON.stringify(value, null, indent));
  });

  it('gives the members of the outer levels one piece at a time', () => {
    const pieces = [...jsonPieces({ items: [1, 2, 3] }, 0, 2)];
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe('{"items":[1,2,3]}');
  });
});

describe('jsonArrayPieces', () => {
  it('writes an array from items produced one at a time', () => {
    let made = 0;
    const items = mapLazily([1, 2, 3], (n) => {
      made++;
      return { n, text: `item ${n}` };
    });
    const pieces = jsonArrayPieces(items, 2);
    expect(made).toBe(0);
    expect(joined(pieces)).toBe(
      JSON.stringify(
        [1, 2, 3].map((n) => ({ n, text: `item ${n}` })),
        null,
        2,
      ),
    );
    expect(made).toBe(3);
    expect(joined(jsonArrayPieces([], 2))).toBe('[]');
  });
});

describe('piecesResponse', () => {
  it('is a response whose body is the pieces, in UTF-8', async () => {
    const pieces = Array.from({ length: 50_000 }, (_, index) => `“${index}” `);
    const response = piecesResponse(pieces, 'text/plain; charset=utf-8');
    expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(pieces.join(''));
  });
});
