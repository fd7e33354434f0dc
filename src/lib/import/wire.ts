/**
 * Whether a page republishes a news agency's copy (Reuters, AP, AFP): agencies sign their
 * stories in the byline ("By Reuters", "The Associated Press") or in the dateline that
 * opens the first paragraph ("MOSCOW (Reuters) -", "BEIJING, March 21 (AP) —").
 */

/** An agency named by a page, and the words that name it. */
export interface WireMatch {
  wire: string;
  evidence: string;
}

const AGENCIES: readonly [RegExp, string][] = [
  [/^Reuters$/i, 'Reuters'],
  [/^(AP|Associated Press)$/i, 'AP'],
  [/^(AFP|Agence France[- ]Presse)$/i, 'AFP'],
];
const AGENCY_NAME = String.raw`Reuters|Associated Press|AP|AFP|Agence France[- ]Presse`;
// Case-sensitive: "AP" is the agency only in capitals, and agencies sign their own names.
const IN_BYLINE = new RegExp(String.raw`(?:^|[^\p{L}])(${AGENCY_NAME})(?![\p{L}])`, 'u');
// A dateline: a place (and a date) in under 80 characters, the agency in brackets, a dash.
const DATELINE = new RegExp(String.raw`^([^()]{0,80}?\((${AGENCY_NAME})\)\s*[-–—:])`, 'u');

function canonical(name: string): string | null {
  return AGENCIES.find(([pattern]) => pattern.test(name.trim()))?.[1] ?? null;
}

/** The agency a byline or an opening dateline names, with the evidence; null when none does. */
export function detectWire(byline: string | null, firstParagraph: string | null): WireMatch | null {
  const fromByline = byline === null ? null : IN_BYLINE.exec(byline);
  const bylineWire = fromByline ? canonical(fromByline[1]!) : null;
  if (bylineWire) return { wire: bylineWire, evidence: `wire: byline = "${byline!}"` };
  const dateline = firstParagraph === null ? null : DATELINE.exec(firstParagraph);
  const datelineWire = dateline ? canonical(dateline[2]!) : null;
  if (datelineWire) return { wire: datelineWire, evidence: `wire: dateline "${dateline![1]!}"` };
  return null;
}
