import { describe, expect, it } from 'vitest';
import { quoteSchema, speakerRules } from '../../../src/lib/schema/index.ts';

const quote = {
  id: 'a-s1-q1',
  sentenceId: 'a-s1',
  start: 1,
  end: 4,
  parts: [{ sentenceId: 'a-s1', start: 1, end: 4 }],
  text: 'yes',
  kind: 'full',
  cut: null,
  speaker: null,
  rule: null,
  confidence: 0,
  evidence: null,
};

describe('quoteSchema', () => {
  it('takes a speaker rule from the list of named rules, or none', () => {
    for (const rule of [...speakerRules, null])
      expect(quoteSchema.safeParse({ ...quote, rule }).success).toBe(true);
  });

  it('refuses a rule that is not in the list', () => {
    expect(quoteSchema.safeParse({ ...quote, rule: 'speaker-guessed' }).success).toBe(false);
  });

  it('takes the three ways a sentence can lack a mark of its quote', () => {
    for (const cut of ['unopened', 'unclosed', 'unmarked', null]) {
      expect(quoteSchema.safeParse({ ...quote, cut }).success).toBe(true);
    }
    expect(quoteSchema.safeParse({ ...quote, cut: 'both' }).success).toBe(false);
  });
});
