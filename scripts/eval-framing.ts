/**
 * `npm run eval`, second half: tags the blind hand-labelled sentences of
 * tests/fixtures/framing-gold.yaml with the content/ lexicons and prints precision and
 * recall of themes and facts, per label, and every error. Exits 1 below target.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { evaluateFraming, FRAMING_TARGETS } from './lib/evaluation.ts';
import { analyseFraming, compileLexicons } from '../src/lib/analysis/index.ts';
import { framingGoldSchema } from '../src/lib/schema/index.ts';
import { parseStory, parseThemes, parseValence } from '../src/lib/registry/story.ts';
import { STORY_FILE, THEMES_FILE, VALENCE_FILE } from '../src/loaders/content-files.ts';

const GOLD = 'tests/fixtures/framing-gold.yaml';
const text = (file: string) => readFile(file, 'utf8');
const lexicons = compileLexicons(
  parseStory(STORY_FILE, await text(STORY_FILE)),
  parseThemes(THEMES_FILE, await text(THEMES_FILE)),
  parseValence(VALENCE_FILE, await text(VALENCE_FILE)),
);
const gold = framingGoldSchema.parse(parse(await text(GOLD)));
const result = evaluateFraming(gold.sentences, (sentence) =>
  analyseFraming([{ id: 'gold-s1', text: sentence }], lexicons),
);

console.log(`Themes and facts of ${result.sentences} blind sentences (${GOLD})`);
for (const [name, scores] of [
  ['themes', result.themes],
  ['facts', result.facts],
] as const) {
  console.log(
    `  ${name.padEnd(7)} precision ${scores.precision} (${scores.truePositives}/${scores.truePositives + scores.falsePositives}), recall ${scores.recall} (${scores.truePositives}/${scores.truePositives + scores.falseNegatives})`,
  );
  for (const [label, [tp, fp, fn]] of Object.entries(scores.byLabel).sort()) {
    console.log(`    ${label.padEnd(24)} right ${tp}  wrong ${fp}  missed ${fn}`);
  }
}
if (process.argv.includes('--errors')) {
  for (const error of [...result.themes.errors, ...result.facts.errors]) console.log(`  - ${error}`);
}
const ok =
  result.themes.precision >= FRAMING_TARGETS.themePrecision &&
  result.themes.recall >= FRAMING_TARGETS.themeRecall &&
  result.facts.precision >= FRAMING_TARGETS.factPrecision &&
  result.facts.recall >= FRAMING_TARGETS.factRecall;
console.log(ok ? '\n✓ meets the targets' : '\n✗ below the targets');
process.exitCode = ok ? 0 : 1;
