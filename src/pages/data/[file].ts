import type { APIContext } from 'astro';
import { dataPartPaths, dataPartResponse, type PublishedDataFile } from '../../data/data-files.ts';
import type { DataPart } from '../../lib/publish/data-parts.ts';

export const getStaticPaths = () => dataPartPaths('corpus');

/**
 * dist/data/: articles.json and .csv, quotes.json and .csv, framing.json (README, "Published
 * data"), each whole or, past 10 MiB, in numbered parts (src/lib/publish/data-parts.ts).
 */
export function GET({ props }: APIContext<{ published: PublishedDataFile; part: DataPart }>) {
  return dataPartResponse(props);
}
