import { describe, expect, it } from 'vitest';
import { repairLine } from '../../../src/lib/input/repair.ts';

/** A text encoded as UTF-8 and read back as Latin-1, as a wrong decoding does. */
const readAsLatin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe('repairing a line decoded with the wrong encoding', () => {
  it('leaves a line without control characters as it is, accents and all', () => {
    const line = 'Zoë Kravitz and Ã la carte: “café” — 50 °C';
    expect(repairLine(line)).toEqual({ text: line, decoded: 0, example: null, controls: [] });
  });

  it('reads UTF-8 that was read as Latin-1 again, once or twice over', () => {
    // Curly quotes read so leave C1 controls: the trace that lets the line be repaired.
    expect(repairLine(readAsLatin1('“No,” François Hollande said')).text).toBe(
      '“No,” François Hollande said',
    );
    // Without such a trace, "Ã§" might be meant: the line is left alone.
    expect(repairLine(readAsLatin1('François')).text).toBe(readAsLatin1('François'));
    const twice = repairLine(`Miguel ${readAsLatin1(readAsLatin1('Basáñez'))}, an envoy`);
    expect(twice.text).toBe('Miguel Basáñez, an envoy');
    expect(twice.decoded).toBe(1);
    expect(twice.example).toEqual({
      before: `${readAsLatin1(readAsLatin1('Basáñez'))},`,
      after: 'Basáñez,',
    });
  });

  it('composes a decomposed mojibake before reading it', () => {
    const decomposed = readAsLatin1(readAsLatin1('François')).normalize('NFD');
    expect(repairLine(`${decomposed} Hollande`).text).toBe('François Hollande');
  });

  it('reads C1 controls as Windows-1252: curly quotes, dashes, ellipses', () => {
    const repair = repairLine('Xi said: \u0093We are ready\u0094 \u0096 and \u0085');
    expect(repair.text).toBe('Xi said: “We are ready” – and …');
    expect(repair.decoded).toBe(4);
  });

  it('keeps the C1 codes Windows-1252 leaves unassigned, for the caller to refuse', () => {
    expect(repairLine('a \u0081 b').text).toBe('a \u0081 b');
  });

  it('reads other control characters as spaces, with their columns', () => {
    const repair = repairLine('a father\u001B — then\u000Bhe');
    expect(repair.text).toBe('a father  — then he');
    expect(repair.controls).toEqual([
      { character: '\u001B', column: 8 },
      { character: '\u000B', column: 16 },
    ]);
  });
});
