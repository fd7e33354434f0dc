/** The seed, ingested and profiled once for the view tests that read its real numbers. */
import { buildFraming } from '../../../src/lib/analysis/index.ts';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { toPublishedQuotes } from '../../../src/lib/publish/data-files.ts';
import { seedInput } from '../../helpers.ts';

async function load() {
  const { articles, story, themes, registry } = await ingest(seedInput({ withSidecar: true }));
  const framing = buildFraming(articles, story!, themes, registry);
  const outlet = (id: string) => framing.outlets.find((candidate) => candidate.id === id)!;
  return { articles, framing, story: story!, themes, outlet, quotes: toPublishedQuotes(articles) };
}

let loaded: ReturnType<typeof load> | undefined;

/** The seed's articles, framing, story, themes and quotes, and its outlets' profiles by id. */
export const seedFraming = () => (loaded ??= load());
