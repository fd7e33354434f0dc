/**
 * `npm run train-themes`: fits the theme and fact models (src/lib/analysis/theme-model.ts,
 * fact-model.ts) on the labelled sentences of content/training/ and writes
 * content/theme-model.json; the sets of content/training/facts/ train the fact models only. Run it after
 * changing content/themes.yaml, content/story.yaml or the training sets; the ingest warns
 * when the model was trained with other lexicons.
 *
 * `--cross-validate [PATTERN]` writes nothing: it leaves each training file (or each whose
 * name matches PATTERN) out in turn, trains on the rest and prints how the lexicons alone and
 * with the model score themes and facts on the file left out; with `--folds N`, it leaves out
 * N groups of those files in turn (every Nth file in name order); `--by-label` adds the
 * model's scores per theme and per fact.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { evaluateFraming } from './lib/evaluation.ts';
import {
  analyseFraming,
  compileLexicons,
  trainingInputOf,
  trainFactModel,
  trainThemeModel,
  TRAINING_OPTIONS,
  type TrainingExample,
} from '../src/lib/analysis/index.ts';
import {
  framingGoldSchema,
  themeModelSchema,
  type FramingGold,
  type ThemeModel,
} from '../src/lib/schema/index.ts';
import { parseStory, parseThemes, parseValence } from '../src/lib/registry/story.ts';
import {
  STORY_FILE,
  THEME_MODEL_FILE,
  THEMES_FILE,
  FACT_TRAINING_DIR,
  TRAINING_DIR,
  VALENCE_FILE,
  readContentInputs,
} from '../src/loaders/content-files.ts';
import { hasPolnear, ingestPolnearFile, polnearDir, readPolnearSplit } from './lib/polnear-corpus.ts';

const text = (file: string) => readFile(file, 'utf8');
const sha256 = (content: string) => createHash('sha256').update(content).digest('hex');
const [storyText, themesText] = [await text(STORY_FILE), await text(THEMES_FILE)];
const story = parseStory(STORY_FILE, storyText);
const themes = parseThemes(THEMES_FILE, themesText);
const valence = parseValence(VALENCE_FILE, await text(VALENCE_FILE));
const lexicons = compileLexicons(story, themes, valence);

const yamlIn = async (dir: string) =>
  (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => entry.name)
    .sort();
// The sets of FACT_TRAINING_DIR train the fact models only: see README → Evaluation.
const files = [
  ...(await yamlIn(TRAINING_DIR)).map((file) => ({ path: `${TRAINING_DIR}/${file}`, factsOnly: false })),
  ...(existsSync(FACT_TRAINING_DIR) ? await yamlIn(FACT_TRAINING_DIR) : []).map((file) => ({
    path: `${FACT_TRAINING_DIR}/${file}`,
    factsOnly: true,
  })),
];
// One file after another, in name order: wink-nlp's tokenizer keeps the words it has seen,
// and although word-tags.ts now gives possessives the same tokens in any order (the cause of
// every difference in the training sets), a fixed order keeps the model byte-identical
// whatever else it may keep; files read at once would be analysed as their reads finish.
const sets: {
  path: string;
  sentences: FramingGold['sentences'];
  examples: (TrainingExample & { facts: readonly string[]; found: readonly string[] })[];
  offStory?: true;
  /** Trains the fact models only (FACT_TRAINING_DIR). */
  factsOnly: boolean;
}[] = [];
for (const { path, factsOnly } of files) {
  const parsed = framingGoldSchema.safeParse(parse(await text(path)));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'not a labelled set'}`);
  const sentences = parsed.data.sentences;
  const examples = sentences.map((sentence) => ({
    ...trainingInputOf(sentence.text, lexicons),
    themes: sentence.themes,
    facts: sentence.facts,
  }));
  sets.push({ path, sentences, examples, factsOnly });
}
// Off-story real news: every OFF_STORY_STEP-th sentence of PolNeAR's train split (US politics,
// 2016), labelled with no theme. The labelled sets are all about the visit, so without them the
// model learned words of any news ("need", "more") as signs of a theme: on PolNeAR's train split
// it gave 2,681 theme tags to the lexicon's 2,419 (China's leverage 333 to 75). Every 10th was
// enough with 23 labelled files (52 tags on the 3,264 units of PolNeAR dev, the lexicon's 398);
// with 39 files the model gave 88 there, and every 5th (5,847 sentences) gives 58, for 0.012
// of theme recall on the 16 files added then (each quarter left out in turn: 0.865/0.782 →
// 0.868/0.770). The fact model adds no fact to PolNeAR dev with either.
const OFF_STORY_STEP = 5;
const offStory = hasPolnear(process.cwd()) ? await offStorySentences() : [];
if (offStory.length === 0) {
  console.warn(
    `! ${polnearDir(process.cwd())} not found: trained without off-story sentences, the model will tag other news more often than the committed one`,
  );
} else {
  sets.push({
    path: `PolNeAR train, every ${OFF_STORY_STEP}th sentence (off-story, no theme)`,
    offStory: true,
    factsOnly: false,
    sentences: offStory.map((sentence) => ({
      text: sentence,
      style: 'PolNeAR',
      themes: [],
      facts: [],
      hard: false,
    })),
    examples: offStory.map((sentence) => ({
      ...trainingInputOf(sentence, lexicons),
      themes: [],
      facts: [],
    })),
  });
}
const themeIds = themes.map((theme) => theme.id);
const factIds = story.facts.map((fact) => fact.id);

async function offStorySentences(): Promise<string[]> {
  // Without the model: only the sentences are wanted, and a model file out of date or broken
  // is what this script is run to rewrite.
  const {
    sources: _sources,
    sidecars: _sidecars,
    ignored: _ignored,
    themeModel: _themeModel,
    ...content
  } = await readContentInputs(process.cwd());
  const sentences: string[] = [];
  for (const file of readPolnearSplit(polnearDir(process.cwd()), 'train')) {
    for (const article of (await ingestPolnearFile(content, file)).articles) {
      sentences.push(...article.sentences.map((sentence) => sentence.text));
    }
  }
  return sentences.filter((_sentence, index) => index % OFF_STORY_STEP === 0);
}

function modelOf(trainedOn: typeof sets): ThemeModel {
  const examples = trainedOn.flatMap((set) => set.examples);
  const themeExamples = trainedOn.filter((set) => !set.factsOnly).flatMap((set) => set.examples);
  return themeModelSchema.parse({
    trainedWith: {
      themesSha256: sha256(themesText),
      storySha256: sha256(storyText),
      files: trainedOn.map((set) => set.path),
      sentences: trainedOn.reduce((sum, set) => sum + set.sentences.length, 0),
    },
    themes: trainThemeModel(themeExamples, themeIds, TRAINING_OPTIONS),
    facts: trainFactModel(
      examples.map((example) => ({ words: example.input.words, found: example.found, facts: example.facts })),
      factIds,
    ),
  });
}

if (process.argv.includes('--cross-validate')) {
  // `--cross-validate PATTERN` leaves out only the files whose names match it.
  const pattern = process.argv[process.argv.indexOf('--cross-validate') + 1];
  const leaveOut = pattern && !pattern.startsWith('--') ? new RegExp(pattern) : /./;
  const kinds = ['themes', 'facts'] as const;
  const totals = Object.fromEntries(
    kinds.flatMap((kind) => ['lexicon', 'model'].map((name) => [`${kind} ${name}`, [0, 0, 0]])),
  );
  // `--folds N` leaves out N groups of them in turn (every Nth file), not one file at a time:
  // N trainings rather than one per file, for choosing options.
  const foldsAt = process.argv.indexOf('--folds');
  const foldCount = foldsAt === -1 ? 0 : Number(process.argv[foldsAt + 1]);
  if (foldsAt !== -1 && !(Number.isInteger(foldCount) && foldCount >= 2)) {
    throw new Error(`--folds takes a whole number of groups, 2 or more (got ${process.argv[foldsAt + 1]})`);
  }
  // The off-story sentences stay in training: they are not a labelled set to score.
  const scored = sets.filter((set) => !set.offStory && leaveOut.test(set.path));
  const groups =
    foldCount === 0
      ? scored.map((set) => [set])
      : Array.from({ length: foldCount }, (_group, fold) =>
          scored.filter((_set, at) => at % foldCount === fold),
        );
  // Per theme and per fact, the model's [right, wrong, missed] over every group left out.
  const byLabel = new Map<string, [number, number, number]>();
  for (const group of groups.filter((group) => group.length > 0)) {
    const left = {
      path: group.map((set) => set.path.split('/').at(-1)).join(' '),
      sentences: group.flatMap((set) => set.sentences),
    };
    const withModel = compileLexicons(
      story,
      themes,
      valence,
      modelOf(sets.filter((set) => !group.includes(set))),
    );
    const scores: string[] = [];
    for (const [name, used] of [
      ['lexicon', lexicons],
      ['model', withModel],
    ] as const) {
      const result = evaluateFraming(left.sentences, (sentence) =>
        analyseFraming([{ id: 'unit', text: sentence }], used, []),
      );
      for (const kind of kinds) {
        const total = totals[`${kind} ${name}`]!;
        total[0]! += result[kind].truePositives;
        total[1]! += result[kind].falsePositives;
        total[2]! += result[kind].falseNegatives;
        scores.push(`${kind} ${name} ${result[kind].precision}/${result[kind].recall}`);
        if (name !== 'model') continue;
        for (const [label, counts] of Object.entries(result[kind].byLabel)) {
          const sum = byLabel.get(`${kind} ${label}`) ?? [0, 0, 0];
          byLabel.set(`${kind} ${label}`, [sum[0] + counts[0], sum[1] + counts[1], sum[2] + counts[2]]);
        }
      }
    }
    console.log(`${left.path.padEnd(36)} ${scores.join('  ')}`);
  }
  const score = ([tp, fp, fn]: number[]) =>
    `${(tp! / (tp! + fp!)).toFixed(3)}/${(tp! / (tp! + fn!)).toFixed(3)}`;
  if (process.argv.includes('--by-label')) {
    for (const [label, counts] of [...byLabel].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
      console.log(
        `  ${label.padEnd(34)} ${score(counts)}  right ${counts[0]}  wrong ${counts[1]}  missed ${counts[2]}`,
      );
    }
  }
  console.log(
    `${'all, each left out once'.padEnd(36)} ${Object.entries(totals)
      .map(([name, counts]) => `${name} ${score(counts)}`)
      .join('  ')}`,
  );
} else {
  const model = modelOf(sets);
  await writeFile(THEME_MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
  const words = [...Object.values(model.themes), ...Object.values(model.facts)].reduce(
    (sum, weights) => sum + Object.keys(weights.words).length,
    0,
  );
  console.log(
    `✓ ${THEME_MODEL_FILE}: ${themeIds.length} themes and ${factIds.length} facts, ${words} word weights, from ${model.trainedWith.sentences} sentences in ${files.length} files (${files.filter((file) => file.factsOnly).length} for the facts only)`,
  );
}
