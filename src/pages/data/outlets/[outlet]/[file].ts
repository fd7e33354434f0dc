import type { APIContext } from 'astro';
import { dataPartPaths, dataPartResponse, type PublishedDataFile } from '../../../../data/data-files.ts';
import type { DataPart } from '../../../../lib/publish/data-parts.ts';

export const getStaticPaths = () => dataPartPaths('outlets');

/**
 * dist/data/outlets/<id>/: the outlet's records of articles.json and .csv, quotes.json and
 * .csv, and its framing.json (README, "Published data"), each whole or in numbered parts.
 */
export function GET({ props }: APIContext<{ published: PublishedDataFile; part: DataPart }>) {
  return dataPartResponse(props);
}
