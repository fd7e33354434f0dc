import type { APIContext } from 'astro';
import { dataPartPaths, dataPartResponse, type PublishedDataFile } from '../../../../data/data-files.ts';
import { getArticlesByOutlet } from '../../../../data/collections.ts';
import type { DataPart } from '../../../../lib/publish/data-parts.ts';

export async function getStaticPaths() {
  const outlets = [...(await getArticlesByOutlet()).keys()];
  return (await Promise.all(outlets.map((outlet) => dataPartPaths(outlet)))).flat();
}

/**
 * dist/data/outlets/<id>/: the outlet's records of articles.json and .csv, quotes.json and
 * .csv, and its framing.json (README, "Published data"), each whole or in numbered parts.
 */
export function GET({ props }: APIContext<{ published: PublishedDataFile; part: DataPart }>) {
  return dataPartResponse(props);
}
