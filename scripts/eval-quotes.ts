/**
 * `npm run eval`: extracts the quotes of the seed and compares them with the hand-labelled
 * gold file, printing span precision/recall and speaker accuracy. Exits 1 below target.
 */
import { readFile } from 'node:fs/promises';
import { readContentInputs } from '../src/loaders/content-files.ts';
import { evaluateQuotes, QUOTE_TARGETS } from './lib/evaluation.ts';
import { ingest } from '../src/lib/ingest/index.ts';
import { quoteGoldSchema } from '../src/lib/schema/index.ts';
import { parse } from 'yaml';

const GOLD = 'tests/fixtures/quotes-gold.yaml';
const SOURCE = 'content/sources/xi-putin-moscow-2023.txt';

const gold = quoteGoldSchema.parse(parse(await readFile(GOLD, 'utf8')));
const inputs = await readContentInputs(process.cwd());
const { articles } = await ingest({
  ...inputs,
  sources: inputs.sources.filter((source) => source.file === SOURCE),
});
const result = evaluateQuotes(articles, gold);

const list = (title: string, items: readonly string[]) => {
  if (items.length > 0) console.log(`\n${title}:\n${items.map((item) => `  - ${item}`).join('\n')}`);
};
console.log(`Quotes of ${SOURCE} against ${GOLD}`);
console.log(
  `  spans     precision ${result.precision} (${result.matched}/${result.found}), recall ${result.recall} (${result.matched}/${result.gold})`,
);
console.log(
  `  speakers  ${result.rightSpeaker}/${result.attributed} right (${result.speakerAccuracy}) of the quotes the text attributes; ${result.wrongNames.length} wrong name(s)`,
);
list('Missed', result.missed);
list('Spurious', result.spurious);
list('Wrong names', result.wrongNames);
list('Not attributed', result.unattributed);
const ok =
  result.precision >= QUOTE_TARGETS.precision &&
  result.recall >= QUOTE_TARGETS.recall &&
  result.speakerAccuracy >= QUOTE_TARGETS.speakerAccuracy &&
  result.wrongNames.length <= QUOTE_TARGETS.maxWrongNames;
console.log(ok ? '\n✓ meets the targets' : '\n✗ below the targets');
process.exitCode = ok ? 0 : 1;
