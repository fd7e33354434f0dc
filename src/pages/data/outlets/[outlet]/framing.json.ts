import type { APIContext } from 'astro';
import { BASE } from '../../../../data/site-url.ts';
import { outletDataPaths, outletFraming } from '../../../../data/outlet-data.ts';
import { jsonPieces, piecesResponse } from '../../../../lib/publish/pieces.ts';
import { hrefsUnderBase } from '../../../../lib/publish/site-url.ts';

export const getStaticPaths = outletDataPaths;

/**
 * dist/data/outlets/<id>/framing.json: framing.json for one outlet, with its own profile as
 * `outlet` (in place of every outlet's `outlets`) and its articles' profiles. Compact, as
 * framing.json is.
 */
export async function GET({ params }: APIContext) {
  const framing = await outletFraming(params['outlet']!);
  return piecesResponse(
    (function* () {
      yield* jsonPieces(framing, 0, 2, hrefsUnderBase(BASE));
      yield '\n';
    })(),
    'application/json; charset=utf-8',
  );
}
