import { BASE } from '../../data/site-url.ts';
import { getQuotes } from '../../data/collections.ts';
import { piecesResponse } from '../../lib/publish/pieces.ts';
import { quotesJsonPieces } from '../../lib/publish/data-files.ts';

/** dist/data/quotes.json: every quote with its outlet, speaker and link (see README, "Published data"). */
export async function GET() {
  return piecesResponse(quotesJsonPieces(await getQuotes(), BASE), 'application/json; charset=utf-8');
}
