import { describe, expect, it } from 'vitest';
import { isSpeechVerb, speechVerbsIn, verbForms } from '../../../src/lib/analysis/speech-verbs.ts';

describe('verbs of saying', () => {
  it('makes the -s, past and -ing forms of a verb', () => {
    expect(verbForms('say')).toEqual(['says', 'said', 'saying']);
    expect(verbForms('deny')).toEqual(['denies', 'denied', 'denying']);
    expect(verbForms('argue')).toEqual(['argues', 'argued', 'arguing']);
    expect(verbForms('echo')).toEqual(['echoes', 'echoed', 'echoing']);
    expect(verbForms('quip')).toEqual(['quips', 'quipped', 'quipping']);
    expect(verbForms('stress')).toEqual(['stresses', 'stressed', 'stressing']);
  });

  it('knows every form of a listed verb, and no base form but say and tell', () => {
    for (const form of ['emphasizes', 'referred', 'citing', 'denounces', 'pressed', 'told', 'say']) {
      expect(isSpeechVerb(form), form).toBe(true);
    }
    for (const word of ['note', 'report', 'reporting', 'pressing', 'showing']) {
      expect(isSpeechVerb(word), word).toBe(false);
    }
  });

  it('does not read a plural noun as a verb', () => {
    const verbs = (text: string) => speechVerbsIn(text).map((match) => match[0]);
    expect(verbs('Peskov called Kuleba’s remarks a provocation')).toEqual(['called']);
    expect(verbs('Cruz said that states can pass such laws')).toEqual(['said']);
    expect(verbs('He remarks that the promises were kept')).toEqual(['remarks']);
  });
});
