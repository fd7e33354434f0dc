import { BASE } from '../../data/site-url.ts';
import { getArticles } from '../../data/collections.ts';
import { piecesResponse } from '../../lib/publish/pieces.ts';
import { articlesJsonPieces } from '../../lib/publish/data-files.ts';

/** dist/data/articles.json: every article record (see README, "Published data"). */
export async function GET() {
  return piecesResponse(articlesJsonPieces(await getArticles(), BASE), 'application/json; charset=utf-8');
}
