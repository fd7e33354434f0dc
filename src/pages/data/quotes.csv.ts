import { BASE } from '../../data/site-url.ts';
import { getQuotes } from '../../data/collections.ts';
import { piecesResponse } from '../../lib/publish/pieces.ts';
import { quotesCsvPieces } from '../../lib/publish/data-files.ts';

/** dist/data/quotes.csv: every quote with its outlet, speaker and link (see README, "Published data"). */
export async function GET() {
  return piecesResponse(quotesCsvPieces(await getQuotes(), BASE), 'text/csv; charset=utf-8');
}
