import type { APIContext } from 'astro';
import { BASE } from '../../../../data/site-url.ts';
import { outletArticles, outletDataPaths } from '../../../../data/outlet-data.ts';
import { piecesResponse } from '../../../../lib/publish/pieces.ts';
import { articlesCsvPieces } from '../../../../lib/publish/data-files.ts';

export const getStaticPaths = outletDataPaths;

/** dist/data/outlets/<id>/articles.csv: the outlet's rows of articles.csv. */
export async function GET({ params }: APIContext) {
  return piecesResponse(
    articlesCsvPieces(await outletArticles(params['outlet']!), BASE),
    'text/csv; charset=utf-8',
  );
}
