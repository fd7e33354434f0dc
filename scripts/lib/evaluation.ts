/**
 * Measuring the quote extractor against hand-labelled gold quotes: span precision and
 * recall, and speaker accuracy over the quotes the text attributes.
 */
import type {
  Article,
  ArticleFraming,
  FramingArticlesGold,
  FramingGold,
  FramingUnitsGold,
  QuoteGold,
} from '../../src/lib/schema/index.ts';
import type { TextUnit } from '../../src/lib/analysis/index.ts';

export interface QuoteEvaluation {
  gold: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  /** Matched quotes whose gold speaker is named by the text. */
  attributed: number;
  rightSpeaker: number;
  speakerAccuracy: number;
  /** Matched quotes given a speaker other than the gold one (gold null included). */
  wrongNames: string[];
  /** Gold quotes with a speaker that got none. */
  unattributed: string[];
  missed: string[];
  spurious: string[];
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

/** Compares extracted quotes of the articles of one source with the gold labels. */
export function evaluateQuotes(articles: readonly Article[], gold: QuoteGold): QuoteEvaluation {
  const result: QuoteEvaluation = {
    gold: 0,
    found: 0,
    matched: 0,
    precision: 0,
    recall: 0,
    attributed: 0,
    rightSpeaker: 0,
    speakerAccuracy: 0,
    wrongNames: [],
    unattributed: [],
    missed: [],
    spurious: [],
  };
  for (const labelled of gold.articles) {
    const article = articles.find((candidate) => candidate.position === labelled.article);
    const found = [...(article?.quotes ?? [])];
    result.gold += labelled.quotes.length;
    result.found += found.length;
    for (const expected of labelled.quotes) {
      const index = found.findIndex((quote) => normalise(quote.text) === normalise(expected.text));
      const where = `article ${labelled.article}: “${expected.text}”`;
      if (index === -1) {
        result.missed.push(where);
        continue;
      }
      const [quote] = found.splice(index, 1);
      result.matched++;
      const predicted = quote!.speaker?.id ?? null;
      if (expected.speaker !== null) {
        result.attributed++;
        if (predicted === expected.speaker) result.rightSpeaker++;
        else if (predicted === null) result.unattributed.push(`${where} (gold: ${expected.speaker})`);
      }
      if (predicted !== null && predicted !== expected.speaker) {
        result.wrongNames.push(`${where}: ${predicted} instead of ${expected.speaker ?? 'nobody'}`);
      }
    }
    for (const quote of found) result.spurious.push(`article ${labelled.article}: “${quote.text}”`);
  }
  result.precision = ratio(result.matched, result.found);
  result.recall = ratio(result.matched, result.gold);
  result.speakerAccuracy = ratio(result.rightSpeaker, result.attributed);
  return result;
}

/** The targets the extractor must meet on the gold file. */
export const QUOTE_TARGETS = {
  precision: 0.95,
  recall: 0.95,
  speakerAccuracy: 0.9,
  maxWrongNames: 1,
} as const;

/** Precision and recall of one kind of label (themes or facts) over labelled sentences. */
export interface LabelEvaluation {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Per label: [true positives, false positives, false negatives]. */
  byLabel: Record<string, [number, number, number]>;
  /** "label: sentence" for each wrong tag and each miss. */
  errors: string[];
}

function scoreLabels(
  rows: readonly { text: string; gold: readonly string[]; found: readonly string[] }[],
): LabelEvaluation {
  const result: LabelEvaluation = {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 0,
    precision: 0,
    recall: 0,
    byLabel: {},
    errors: [],
  };
  const count = (label: string, slot: 0 | 1 | 2) => {
    const counts = (result.byLabel[label] ??= [0, 0, 0]);
    counts[slot]++;
  };
  for (const row of rows) {
    for (const label of new Set([...row.gold, ...row.found])) {
      const inGold = row.gold.includes(label);
      const inFound = row.found.includes(label);
      if (inGold && inFound) {
        result.truePositives++;
        count(label, 0);
      } else if (inFound) {
        result.falsePositives++;
        count(label, 1);
        result.errors.push(`wrong ${label}: ${row.text}`);
      } else {
        result.falseNegatives++;
        count(label, 2);
        result.errors.push(`missed ${label}: ${row.text}`);
      }
    }
  }
  result.precision = ratio(result.truePositives, result.truePositives + result.falsePositives);
  result.recall = ratio(result.truePositives, result.truePositives + result.falseNegatives);
  return result;
}

export interface FramingEvaluation {
  sentences: number;
  themes: LabelEvaluation;
  facts: LabelEvaluation;
}

/**
 * Tags each gold sentence with the lexicons and compares with the labels given by meaning.
 * A theme counts as found when the sentence touches it in narration or inside quotes.
 */
export function evaluateFraming(
  gold: FramingGold['sentences'],
  analyse: (text: string) => ArticleFraming,
): FramingEvaluation {
  const analysed = gold.map((sentence) => ({ sentence, framing: analyse(sentence.text) }));
  return {
    sentences: gold.length,
    themes: scoreLabels(
      analysed.map(({ sentence, framing }) => ({
        text: sentence.text,
        gold: sentence.themes,
        found: framing.themes.map((tag) => tag.theme),
      })),
    ),
    facts: scoreLabels(
      analysed.map(({ sentence, framing }) => ({
        text: sentence.text,
        gold: sentence.facts,
        found: framing.facts.map((mention) => mention.fact),
      })),
    ),
  };
}

/** Facts found in whole articles: all units, and the units the gold says refer back to a fact. */
export interface ArticleFactsEvaluation {
  articles: number;
  units: number;
  facts: LabelEvaluation;
  /** The units labelled `refers: true` alone: can a reference back to a fact be found? */
  referring: LabelEvaluation;
}

/**
 * Tags each gold article unit by unit (teaser first), as the build does, and compares the
 * facts with the labels given by meaning in context. A fact the unit says was absent and
 * is tagged counts as a wrong one.
 */
export function evaluateArticleFacts(
  gold: FramingArticlesGold['articles'],
  analyse: (units: readonly TextUnit[]) => ArticleFraming,
): ArticleFactsEvaluation {
  const rows = gold.flatMap((article, articleIndex) => {
    const units = [article.teaser, ...article.sentences];
    const framing = analyse(
      units.map((unit, index) => ({ id: `g${articleIndex + 1}-u${index}`, text: unit.text })),
    );
    return units.map((unit, index) => ({
      text: unit.text,
      gold: unit.facts,
      refers: unit.refers,
      found: framing.facts
        .filter((mention) => mention.unitId === `g${articleIndex + 1}-u${index}`)
        .map((mention) => mention.fact),
    }));
  });
  return {
    articles: gold.length,
    units: rows.length,
    facts: scoreLabels(rows),
    referring: scoreLabels(rows.filter((row) => row.refers)),
  };
}

/**
 * Tags each labelled article unit by unit, in its order, as the build does, and compares the
 * themes and facts of each unit with its labels (a fact the unit says was absent and is
 * tagged counts as a wrong one).
 */
export function evaluateArticleUnits(
  gold: FramingUnitsGold['articles'],
  analyse: (units: readonly TextUnit[]) => ArticleFraming,
): FramingEvaluation {
  const rows = gold.flatMap((article) => {
    const framing = analyse(article.units.map(({ id, text }) => ({ id, text })));
    return article.units.map((unit) => ({
      unit,
      themes: framing.themes.filter((tag) => tag.unitId === unit.id).map((tag) => tag.theme),
      facts: framing.facts.filter((mention) => mention.unitId === unit.id).map((mention) => mention.fact),
    }));
  });
  return {
    sentences: rows.length,
    themes: scoreLabels(
      rows.map(({ unit, themes }) => ({ text: unit.text, gold: unit.themes, found: themes })),
    ),
    facts: scoreLabels(rows.map(({ unit, facts }) => ({ text: unit.text, gold: unit.facts, found: facts }))),
  };
}

/**
 * The blind gold set in two fixed halves, for issue 15's "tune on dev, report test": the
 * sentences at even positions (1st, 3rd, …) are dev, the others test. Fixed by position so
 * the halves never change with a lexicon edit.
 */
export function splitFramingGold<T>(sentences: readonly T[]): { dev: T[]; test: T[] } {
  return {
    dev: sentences.filter((_sentence, index) => index % 2 === 0),
    test: sentences.filter((_sentence, index) => index % 2 === 1),
  };
}

/** Issue 15's targets on the test half and the second blind set (reported, not enforced yet). */
export const FRAMING_PARAPHRASE_TARGETS = {
  themeRecall: 0.88,
  factRecall: 0.85,
  precision: 0.92,
} as const;

/**
 * What the lexicons must keep reaching on the blind gold sentences (`npm run eval`, tests):
 * just under the first blind measurement (themes 0.784 / 0.784, facts 0.915 / 0.857), so a
 * lexicon edit that makes things worse fails.
 */
export const FRAMING_TARGETS = {
  themePrecision: 0.75,
  themeRecall: 0.75,
  factPrecision: 0.9,
  factRecall: 0.83,
} as const;
