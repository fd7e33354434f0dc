import { describe, expect, it } from 'vitest';
import {
  classifyCue,
  classifyPosition,
  classifySource,
  groupErrors,
} from '../../../scripts/lib/polnear-errors.ts';
import type { ScoredQuote } from '../../../scripts/lib/polnear.ts';

describe('classifyCue', () => {
  it('puts a cue in its class, the longer phrase first', () => {
    expect(classifyCue('said in a statement')).toBe('said');
    expect(classifyCue('told reporters')).toBe('told');
    expect(classifyCue('according to')).toBe('according to');
    expect(classifyCue('tweeted')).toBe('wrote');
    expect(classifyCue(':')).toBe('colon');
    expect(classifyCue('sings')).toBe('other cue');
  });
});

describe('classifySource', () => {
  it('tells full names, surnames, titled names, pronouns, organisations and descriptions apart', () => {
    expect(classifySource('Donald Trump')).toBe('full name');
    expect(classifySource('Caddell')).toBe('surname only');
    expect(classifySource('Rep. G.K. Butterfield (D-N.C.)')).toBe('title+name');
    expect(classifySource('She')).toBe('pronoun');
    expect(classifySource('the Homeland Security Committee')).toBe('organisation');
    expect(classifySource('FBI')).toBe('organisation');
    expect(classifySource('the report')).toBe('description');
  });
});

describe('classifyPosition', () => {
  const sentence = '“This is a disgusting day,” said Rep. Butterfield.';
  it('says whether the source stands before or after the quote, or in another sentence', () => {
    expect(
      classifyPosition({ sentence, source: 'Rep. Butterfield', text: 'This is a disgusting day,' }),
    ).toBe('speaker after');
    expect(
      classifyPosition({
        sentence: 'Trump says fraud “would be bad.”',
        source: 'Trump',
        text: 'would be bad.',
      }),
    ).toBe('speaker before');
    expect(classifyPosition({ sentence, source: 'Clinton', text: 'This is a disgusting day,' })).toBe(
      'other sentence',
    );
  });
});

describe('groupErrors', () => {
  const miss = (outcome: ScoredQuote['outcome'], source: string): ScoredQuote => ({
    article: 1,
    text: 'a b',
    source,
    cue: 'said',
    kind: 'named',
    names: [source],
    found: null,
    speaker: null,
    rule: null,
    sentence: null,
    outcome,
  });

  it('groups the misses by type, most frequent first, leaving out the right ones', () => {
    const groups = groupErrors([
      miss('no-speaker', 'Trump'),
      miss('right', 'Trump'),
      miss('wrong-name', 'Ben Sasse'),
      miss('no-speaker', 'Clinton'),
    ]);
    expect(groups.map((group) => [group.count, group.type])).toEqual([
      [2, 'no-speaker · said · surname only · sentence not found'],
      [1, 'wrong-name · said · full name · sentence not found'],
    ]);
    expect(groups[0]!.example.source).toBe('Trump');
  });
});
