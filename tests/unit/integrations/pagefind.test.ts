import { describe, expect, it } from 'vitest';
import { failOn } from '../../../src/integrations/pagefind.ts';

describe('failOn', () => {
  it('turns the errors Pagefind returns into a thrown error naming the step', () => {
    expect(() => {
      failOn('addDirectory', ['no such directory']);
    }).toThrow(/Pagefind addDirectory failed:\nno such directory/);
  });

  it('lets a step without errors pass', () => {
    expect(() => {
      failOn('writeFiles', []);
    }).not.toThrow();
  });
});
