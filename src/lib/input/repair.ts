/**
 * Repairing text that reached a source file through a wrong decoding, as browsers do: the
 * source keeps every word, and the maintainer gets a warning that says what was changed.
 *
 * Two traces are common in scraped news. UTF-8 read as Latin-1 and saved again
 * ("FranÃ\u0083Â§ois" for "François", sometimes twice over), and Windows-1252 read as Latin-1
 * (curly quotes become the C1 controls U+0093 and U+0094). Both leave characters of
 * U+0080–U+009F, which never stand in text; a line without them is never touched.
 */

// A UTF-8 sequence whose bytes were read one by one as Latin-1 characters.
const UTF8_AS_LATIN1 =
  /[\u00C2-\u00DF][\u0080-\u00BF]|[\u00E0-\u00EF][\u0080-\u00BF]{2}|[\u00F0-\u00F4][\u0080-\u00BF]{3}/gu;
const C1 = /[\u0080-\u009F]/u;
const C1_ALL = /[\u0080-\u009F]/gu;
// Control characters other than tab, line feed and carriage return (a stray CR is handled
// where lines are split) and NUL (the sign of a binary or UTF-16 file, refused).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const C0 = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** What a repair changed in one line. */
export interface LineRepair {
  text: string;
  /** Words changed by reading UTF-8 sequences again and C1 controls as Windows-1252. */
  decoded: number;
  /** The first repaired stretch, before and after, for the warning. */
  example: { before: string; after: string } | null;
  /** Control characters replaced with a space, with their 0-based columns. */
  controls: { character: string; column: number }[];
}

/** Reads a Latin-1 sequence's characters as the UTF-8 bytes they were; null when they are not UTF-8. */
function asUtf8(sequence: string): string | null {
  try {
    return strictUtf8.decode(Uint8Array.from(sequence, (character) => character.charCodeAt(0)));
  } catch {
    return null;
  }
}

/**
 * Repairs one line: UTF-8 sequences read as Latin-1 are decoded again (up to three times,
 * for text that went through the mistake twice), the C1 controls left are read as
 * Windows-1252, and other control characters become spaces. Windows-1252's five unassigned
 * bytes (U+0081, U+008D, U+008F, U+0090, U+009D) stay, for the caller to refuse.
 */
export function repairLine(line: string): LineRepair {
  let text = line;
  let decoded = 0;
  let example: LineRepair['example'] = null;
  if (C1.test(line)) {
    // Mojibake that was later normalised to decomposed form ("A" + U+0303 for "Ã", seen in
    // PolNeAR) is composed again first, or its characters would not read as bytes.
    text = text.normalize('NFC');
    const composed = text;
    for (let pass = 0; pass < 3; pass++) {
      const previous = text;
      text = text.replace(UTF8_AS_LATIN1, (sequence) => asUtf8(sequence) ?? sequence);
      if (text === previous) break;
    }
    text = text.replace(C1_ALL, (character) => windows1252.decode(Uint8Array.of(character.charCodeAt(0))));
    // No step touches a space, so the words stand side by side.
    const [before, after] = [composed.split(' '), text.split(' ')];
    const changed = before.flatMap((word, index) => (word === after[index] ? [] : [index]));
    decoded = changed.length;
    example = changed.length > 0 ? { before: before[changed[0]!]!, after: after[changed[0]!]! } : null;
  }
  const controls: LineRepair['controls'] = [];
  text = text.replace(C0, (character, column: number) => {
    controls.push({ character, column });
    return ' ';
  });
  return { text, decoded, example, controls };
}
