/**
 * The text of a saved or fetched web page, decoded the way a browser would: a byte-order
 * mark wins, then the HTTP Content-Type header, then a `<meta>` declaration near the top,
 * then UTF-8, then windows-1252 (what an undeclared page that is not UTF-8 almost always is).
 */
import { InputError } from '../problems.ts';

// HTML's prescan looks at the first 1024 bytes only; a declaration further down is ignored.
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i;
const HEADER_CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i;

/** Where the encoding of a page came from, and its WHATWG label. */
export interface PageEncoding {
  encoding: string;
  source: 'byte-order mark' | 'Content-Type header' | 'meta charset' | 'UTF-8 default' | 'not UTF-8';
}

/** Decodes a page's bytes to text (see the module comment for the order of evidence). */
export function decodePage(bytes: Uint8Array, contentType: string | null, file = 'page'): string {
  return decodePageWithEncoding(bytes, contentType, file).text;
}

/** Decodes a page's bytes and says which encoding was used and why. */
export function decodePageWithEncoding(
  bytes: Uint8Array,
  contentType: string | null,
  file = 'page',
): { text: string; encoding: PageEncoding } {
  const bom = sniffByteOrderMark(bytes);
  if (bom) return decodeWith(bytes, { encoding: bom, source: 'byte-order mark' }, file);
  const headerMatch = contentType === null ? null : HEADER_CHARSET.exec(contentType);
  const headerLabel = headerMatch?.[1] ?? headerMatch?.[2];
  if (headerLabel) return decodeWith(bytes, { encoding: headerLabel, source: 'Content-Type header' }, file);
  // latin1 maps each byte to one code point, so the ASCII of the declaration reads right
  // whatever the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const metaLabel = META_CHARSET.exec(head)?.[1];
  if (metaLabel) {
    // A page that says it is UTF-16 in ASCII bytes cannot be UTF-16 (HTML spec: read it as UTF-8).
    const label = /^utf-16/i.test(metaLabel) ? 'utf-8' : metaLabel;
    return decodeWith(bytes, { encoding: label, source: 'meta charset' }, file);
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text, encoding: { encoding: 'utf-8', source: 'UTF-8 default' } };
  } catch {
    return decodeWith(bytes, { encoding: 'windows-1252', source: 'not UTF-8' }, file);
  }
}

function sniffByteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function decodeWith(
  bytes: Uint8Array,
  declared: PageEncoding,
  file: string,
): { text: string; encoding: PageEncoding } {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared.encoding.trim());
  } catch {
    throw new InputError([
      {
        file,
        line: null,
        message: `unknown character encoding "${declared.encoding}" (from the ${declared.source})`,
        hint: 'save the page as UTF-8 and remove or correct its charset declaration (e.g. charset=utf-8 or charset=windows-1252)',
      },
    ]);
  }
  // decoder.encoding is the canonical name: "iso-8859-1" reads as windows-1252, as in browsers.
  return { text: decoder.decode(bytes), encoding: { ...declared, encoding: decoder.encoding } };
}
