import { BASE } from '../../data/site-url.ts';
import { getArticles } from '../../data/collections.ts';
import { piecesResponse } from '../../lib/publish/pieces.ts';
import { articlesCsvPieces } from '../../lib/publish/data-files.ts';

/** dist/data/articles.csv: one row per article (see README, "Published data"). */
export async function GET() {
  return piecesResponse(articlesCsvPieces(await getArticles(), BASE), 'text/csv; charset=utf-8');
}
