import type { APIContext } from 'astro';
import { BASE } from '../../../../data/site-url.ts';
import { outletDataPaths, outletQuotes } from '../../../../data/outlet-data.ts';
import { piecesResponse } from '../../../../lib/publish/pieces.ts';
import { quotesJsonPieces } from '../../../../lib/publish/data-files.ts';

export const getStaticPaths = outletDataPaths;

/** dist/data/outlets/<id>/quotes.json: the outlet's quotes, as in quotes.json. */
export async function GET({ params }: APIContext) {
  return piecesResponse(
    quotesJsonPieces(await outletQuotes(params['outlet']!), BASE),
    'application/json; charset=utf-8',
  );
}
