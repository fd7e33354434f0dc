import type { APIContext } from 'astro';
import { BASE } from '../../../../data/site-url.ts';
import { outletDataPaths, outletQuotes } from '../../../../data/outlet-data.ts';
import { piecesResponse } from '../../../../lib/publish/pieces.ts';
import { quotesCsvPieces } from '../../../../lib/publish/data-files.ts';

export const getStaticPaths = outletDataPaths;

/** dist/data/outlets/<id>/quotes.csv: the outlet's rows of quotes.csv. */
export async function GET({ params }: APIContext) {
  return piecesResponse(
    quotesCsvPieces(await outletQuotes(params['outlet']!), BASE),
    'text/csv; charset=utf-8',
  );
}
