/**
 * The extractor on real news: PolNeAR's dev split (../shared/corpora/polnear), ingested with
 * the project's registries and scored by the corpus's rules, must not fall below the levels
 * measured when this test was written. Skipped where the corpus is not beside the project.
 */
import { describe, expect, it } from 'vitest';
import {
  hasPolnear,
  ingestPolnearFile,
  polnearDir,
  readPolnearSplit,
} from '../../scripts/lib/polnear-corpus.ts';
import { scorePolnear } from '../../scripts/lib/polnear.ts';
import { readContentInputs } from '../../src/loaders/content-files.ts';
import { cachedIngestOptions } from '../../src/loaders/ingest-cache.ts';
import { projectRoot } from '../helpers.ts';

/**
 * Dev as measured by `npm run eval` (all 84 articles ingested since text decoded with the
 * wrong encoding is repaired): raised as the extractor improves, never lowered to let a
 * change through. The targets are in POLNEAR_TARGETS.
 *
 * Lowered once, on purpose: a quotation over several sentences became one record (issue
 * 13 asks for it), and 3 dev quotes whose gold span is one sentence of a longer quotation
 * (or of two quotes a stray mark joins) no longer match a record of their own words:
 * spans 0.997 → 0.993, named right 0.755 → 0.753, while wrong names fell 9 → 8.
 * Wrong names raised once, on purpose: the speaker ranker names quotes no rule could (110
 * right, 15 wrong in the train folds); on dev it adds 14 right names for 3 wrong (rules
 * alone: 402 right, 6 wrong), within the 2%.
 */
const LEVELS = {
  ingested: 84,
  spansFound: 0.993,
  namedRight: 0.902,
  namedWrong: 0.004,
  pronounRight: 0.895,
  outletsWrong: 0,
} as const;

const present = hasPolnear(projectRoot);
const skipped = present ? '' : ` (skipped: no PolNeAR corpus at ${polnearDir(projectRoot)})`;

describe('PolNeAR dev', () => {
  it.skipIf(!present)(
    `keeps spans, named speakers, wrong names and outlets at the measured levels${skipped}`,
    async () => {
      const { sources: _sources, sidecars: _sidecars, ...content } = await readContentInputs(projectRoot);
      const [file] = readPolnearSplit(polnearDir(projectRoot), 'dev');
      // The file cache (keyed by the code too) makes a rerun 2 s instead of 12–18 s.
      const { articles } = await ingestPolnearFile(content, file!, cachedIngestOptions(projectRoot));
      const score = scorePolnear(articles, file!.gold);
      expect(score.ingested).toBeGreaterThanOrEqual(LEVELS.ingested);
      expect(score.spans.recall).toBeGreaterThanOrEqual(LEVELS.spansFound);
      expect(score.named.rightRatio).toBeGreaterThanOrEqual(LEVELS.namedRight);
      expect(score.named.wrongRatio).toBeLessThanOrEqual(LEVELS.namedWrong);
      expect(score.pronoun.rightRatio).toBeGreaterThanOrEqual(LEVELS.pronounRight);
      expect(score.outlets.wrong).toBeLessThanOrEqual(LEVELS.outletsWrong);
    },
  );
});
