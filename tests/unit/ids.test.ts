import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/ids.ts';

describe('slugify', () => {
  it('makes a kebab-case id from any name', () => {
    expect(slugify('Le Monde diplomatique')).toBe('le-monde-diplomatique');
    expect(slugify('Ukraïnska Pravda!')).toBe('ukrainska-pravda');
    expect(slugify('新华社')).toMatch(/^outlet-[0-9a-f]{8}$/);
    expect(slugify('新华社')).not.toBe(slugify('Эхо Москвы'));
    expect(slugify('新华社')).toBe(slugify('新华社'));
  });
});
