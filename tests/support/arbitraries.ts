/**
 * Generators of hostile source text for the property tests and `npm run fuzz`: words of
 * news prose mixed with markdown, HTML, entities, quotation marks of every kind, control
 * and invisible characters, other scripts, and broken line ends.
 */
import fc from 'fast-check';

const WORDS = [
  'Xi',
  'Jinping',
  'Putin',
  'Vladimir',
  'Kremlin',
  'Moscow',
  'Beijing',
  'said',
  'told',
  'Reuters',
  'the',
  'talks',
  'peace',
  'plan',
  'Ukraine',
  'yuan',
  'pipeline',
  'Power',
  'of',
  'Siberia',
  'ICC',
  'warrant',
  '"no',
  'limits"',
  'partnership',
  'Taiwan',
  'U.S.',
  'Mr.',
  'Dr.',
  '1.',
  '12-point',
  'Lavrov',
  'Peskov',
  'according',
  'to',
  'state',
  'media',
  'a',
  'new',
  'era',
  '2023',
];

const HOSTILE = [
  '[text](https://example.com/a)',
  '[the Kremlin](/events/1)',
  '[x](javascript:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](vbscript:msgbox)',
  '[](https://tass.com)',
  '[broken](http://x',
  '![img](https://t.example/p.gif)',
  '<script>alert(1)</script>',
  '<iframe src="https://e.example"></iframe>',
  '<img src=x onerror=alert(1)>',
  '<b>bold</b>',
  '<a href="javascript:x" onclick="y">a</a>',
  '<!-- c -->',
  '&amp;',
  '&lt;script&gt;',
  '&#x27;',
  '&#0;',
  '&nbsp;',
  '**bold**',
  '_em_',
  '`code`',
  '\\*',
  '# ',
  '> ',
  '- ',
  '1) ',
  '| a | b |',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '«',
  '»',
  '„',
  '『',
  '』',
  '…',
  '...',
  '—',
  '–',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u2069',
  '\ufeff',
  '\t',
  '\u00a0',
  'مرحبا',
  'שלום',
  'Путин',
  '习近平',
  '👨‍👩‍👧',
  'e\u0301',
];

/** One token of prose or hostility. */
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A line of text: tokens joined by spaces, ending a sentence now and then. No line ends in it. */
export const lineText = fc
  .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '. ', ', ', '? ', '')), {
    minLength: 1,
    maxLength: 30,
  })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(''))
  .map((line) => line.replace(/[\r\n\u2028\u2029]/g, ' '));

/** Any inline text, line ends included: what a renderer or parser may be handed. */
export const anyText = fc.oneof(lineText, fc.string({ unit: 'binary', maxLength: 200 }));

/** A line that is not blank, with no line ends or control characters: a teaser or body. */
export const contentLine = lineText
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  .map((line) => line.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, ' ').trim())
  .filter((line) => line !== '' && !/^\s*$/.test(line));

/** Whole articles: teaser and body lines, joined as a source file would be. */
export const wellFormedSource = fc
  .record({
    articles: fc.array(fc.tuple(contentLine, contentLine), { minLength: 1, maxLength: 5 }),
    separator: fc.constantFrom('\n', '\n\n', '\n\n\n'),
    lineEnd: fc.constantFrom('\n', '\r\n'),
    finalNewline: fc.boolean(),
  })
  .map(({ articles, separator, lineEnd, finalNewline }) => ({
    articles,
    text: (
      articles.map(([teaser, body]) => `${teaser}\n${body}`).join(separator) + (finalNewline ? '\n' : '')
    )
      .split('\n')
      .join(lineEnd),
  }));

/** Bytes of any kind of source: well formed, line soup, or raw bytes. */
export const sourceBytes = fc.oneof(
  { weight: 3, arbitrary: wellFormedSource.map(({ text }) => new TextEncoder().encode(text)) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(lineText, fc.constant(''), fc.constant('\r')), { maxLength: 12 })
      .map((lines) => new TextEncoder().encode(lines.join('\n'))),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }) },
);
