import { describe, expect, it } from 'vitest';
import { buildFraming } from '../../../src/lib/analysis/index.ts';
import { ingest } from '../../../src/lib/ingest/index.ts';
import { toPublishedQuotes } from '../../../src/lib/publish/data-files.ts';
import {
  leadingThemes,
  mostEvaluative,
  onlyOneReported,
  quotedMost,
  sharpestDifferences,
  widestGap,
} from '../../../src/lib/view/differences.ts';
import { inputWith, seedInput } from '../../helpers.ts';

async function seed() {
  const { articles, story, themes, registry } = await ingest(seedInput({ withSidecar: true }));
  const framing = buildFraming(articles, story!, themes, registry);
  return { framing, story: story!, themes, quotes: toPublishedQuotes(articles) };
}

describe('sharpestDifferences', () => {
  it('states each difference with the numbers its linked page shows', async () => {
    const { framing, story, themes, quotes } = await seed();
    const differences = sharpestDifferences(framing, themes, story.facts, quotes);
    expect(differences.length).toBeGreaterThanOrEqual(3);
    for (const difference of differences) {
      expect(difference.href).toMatch(/^\/(compare|facts|quotes|outlets)\/[a-z0-9-]+\/(#[a-z0-9-]+)?$/);
      expect(difference.text).toMatch(/\d/);
    }
  });

  it('says nothing when there is only one outlet to compare', async () => {
    const { framing, story, themes, quotes } = await seed();
    const one = { outlets: framing.outlets.slice(0, 1) };
    expect(sharpestDifferences(one, themes, story.facts, quotes)).toEqual([]);
  });
});

describe('widestGap', () => {
  it('finds the widest gap between outlets with ten sentences or more, with both bases', async () => {
    const { framing, themes } = await seed();
    const gap = widestGap(framing.outlets, themes)!;
    const [, left, right] = /of (.+?)’s sentences and .+ of (.+?)’s, a gap/.exec(gap.text)!;
    const outlets = framing.outlets.filter((outlet) => [left, right].includes(outlet.name));
    expect(outlets.every((outlet) => outlet.units >= 10)).toBe(true);
    expect(gap.caveat).toBeNull();
    // No other pair of solid outlets differs more on any theme.
    const points = Number(/a gap of (\d+) points/.exec(gap.text)![1]);
    const solid = framing.outlets.filter((outlet) => outlet.units >= 10);
    for (const a of solid)
      for (const b of solid)
        for (const score of a.themes) {
          const other = b.themes.find((candidate) => candidate.theme === score.theme)!;
          expect(Math.round((score.narration.share - other.narration.share) * 100)).toBeLessThanOrEqual(
            points,
          );
        }
  });

  it('falls back to small outlets, and says what the gap is based on', async () => {
    const { framing, themes } = await seed();
    const small = framing.outlets.filter((outlet) => outlet.units < 10);
    expect(small.length).toBeGreaterThanOrEqual(2);
    const gap = widestGap(small, themes);
    expect(gap?.caveat).toMatch(/^based on \d+ sentences: too few to be sure$/);
  });
});

describe('onlyOneReported', () => {
  it('names a fact one outlet alone mentions, linking to the fact’s sentences', async () => {
    const { framing, story } = await seed();
    const only = onlyOneReported(framing.outlets, story.facts)!;
    const factId = only.href.split('/')[2]!;
    const reporters = framing.outlets.filter(
      (outlet) => outlet.facts.find((score) => score.fact === factId)?.mentioned,
    );
    expect(reporters).toHaveLength(1);
    expect(only.text).toContain(`Only ${reporters[0]!.name} mentions`);
  });
});

describe('quotedMost', () => {
  it('sets the most-quoted speakers of two outlets side by side when they differ', async () => {
    const { framing, quotes } = await seed();
    const quoted = quotedMost(framing.outlets, quotes)!;
    const clauses = quoted.text.split('; ');
    expect(clauses).toHaveLength(2);
    const speakers = clauses.map((clause) => /quoted (.+) most/.exec(clause)![1]);
    expect(new Set(speakers).size).toBe(2);
  });
});

describe('mostEvaluative', () => {
  it('flags a rate from fewer than ten evaluative words', async () => {
    const { articles, story, themes, registry } = await ingest(
      inputWith(
        {
          'content/sources/s.txt':
            'Xi in Moscow\nThe summit was a disaster for everyone.\nPutin hosts Xi\nThe two leaders met on Monday.\n',
        },
        {
          'content/sources/s.meta.yaml':
            'articles:\n  - article: 1\n    outlet: CNN\n  - article: 2\n    outlet: NPR\n',
        },
      ),
    );
    const framing = buildFraming(articles, story!, themes, registry);
    const result = mostEvaluative(framing.outlets)!;
    expect(result.text).toMatch(/^CNN’s own narration used evaluative words most often/);
    expect(result.caveat).toMatch(/^based on \d evaluative words?: too few to be sure$/);
  });
});

describe('leadingThemes', () => {
  it('gives each outlet its most emphasised theme with share and base', async () => {
    const { framing, themes } = await seed();
    const rows = leadingThemes(framing.outlets, themes);
    expect(rows).toHaveLength(framing.outlets.length);
    for (const row of rows) {
      expect(row.share).toMatch(new RegExp(`^\\d+% \\(\\d+ of ${row.outlet.units}\\)$`));
      expect(row.small).toBe(row.outlet.units < 10);
    }
  });

  it('links a theme to where the outlet’s sentences on it are, as the caller says', async () => {
    const { framing, themes } = await seed();
    const [row] = leadingThemes(
      framing.outlets,
      themes,
      (themeId, outletId) => `/themes/${themeId}/page/2/#outlet-${outletId}`,
    );
    expect(row!.href).toBe(`/themes/${row!.theme!.id}/page/2/#outlet-${row!.outlet.id}`);
    expect(leadingThemes(framing.outlets, themes)[0]!.href).toBe(
      `/themes/${row!.theme!.id}/#outlet-${row!.outlet.id}`,
    );
  });
});
