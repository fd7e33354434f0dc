import type { APIContext } from 'astro';
import { BASE } from '../../../../data/site-url.ts';
import { outletArticles, outletDataPaths } from '../../../../data/outlet-data.ts';
import { piecesResponse } from '../../../../lib/publish/pieces.ts';
import { articlesJsonPieces } from '../../../../lib/publish/data-files.ts';

export const getStaticPaths = outletDataPaths;

/** dist/data/outlets/<id>/articles.json: the outlet's articles, as in articles.json (README, "Published data"). */
export async function GET({ params }: APIContext) {
  return piecesResponse(
    articlesJsonPieces(await outletArticles(params['outlet']!), BASE),
    'application/json; charset=utf-8',
  );
}
