import { getFraming } from '../../data/framing.ts';
import { jsonPieces, piecesResponse } from '../../lib/publish/pieces.ts';
import { hrefsUnderBase } from '../../lib/publish/site-url.ts';
import { BASE } from '../../data/site-url.ts';

/**
 * dist/data/framing.json: themes, facts, descriptors, cited domains and valence per outlet
 * and article (see README). Compact, not indented: with every piece of evidence of every
 * article it is the largest file of the site (indenting made it twice the size).
 */
export async function GET() {
  const { framing } = await getFraming();
  return piecesResponse(
    (function* () {
      yield* jsonPieces(framing, 0, 2, hrefsUnderBase(BASE));
      yield '\n';
    })(),
    'application/json; charset=utf-8',
  );
}
