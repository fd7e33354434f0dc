import { describe, expect, it } from 'vitest';
import {
  collectEvidence,
  EVIDENCE_WEIGHTS,
  inferOutlet,
  MIN_SCORE,
} from '../../../src/lib/analysis/outlet-inference.ts';
import { parseOutletRegistry } from '../../../src/lib/registry/outlets.ts';
import { parseSource } from '../../../src/lib/input/source.ts';
import { splitSentences } from '../../../src/lib/input/sentences.ts';
import { extractLinks, toPlainText } from '../../../src/lib/input/markdown.ts';
import {
  readProjectBytes,
  readProjectFile,
  REGISTRY,
  SEED_FILE,
  SEED_INFERRED_OUTLETS,
} from '../../helpers.ts';

const registry = parseOutletRegistry(REGISTRY, readProjectFile(REGISTRY));

/** Infers the outlet of a teaser + body pair written as in a source file. */
function infer(teaser: string, body: string) {
  return inferOutlet(
    {
      teaser: toPlainText(teaser),
      sentences: splitSentences(body).map((span) => toPlainText(span.markdown)),
      links: [teaser, ...splitSentences(body).map((span) => span.markdown)].flatMap(extractLinks),
    },
    registry,
  );
}

describe('inferOutlet on the seed, without any sidecar', () => {
  const { articles } = parseSource(SEED_FILE, readProjectBytes(SEED_FILE));
  const inferred = articles.map((article) => infer(article.teaser, article.body));

  it('names CNN, The Guardian, Al Jazeera, NPR, The Guardian, The Guardian, and leaves the CBS News article unattributed', () => {
    expect(inferred.map((inference) => inference.outlet?.name ?? null)).toEqual(SEED_INFERRED_OUTLETS);
  });

  it('keeps CBS News as the unattributed article’s one candidate, from its lone “told CBS News”', () => {
    expect(inferred[3]?.candidates.map((candidate) => candidate.outlet.id)).toEqual(['cbs-news']);
    expect(inferred[3]?.evidence).toEqual([
      'too little evidence to decide (CBS News: self-mention ‘told CBS News’ (also how others quote CBS News: weak evidence, not enough alone))',
    ]);
  });

  it('gives the evidence for each, in words a reader can check', () => {
    expect(inferred[0]?.evidence).toContain('1 link to cnn.com');
    expect(inferred[2]?.evidence[0]).toMatch(/^5 site-relative links in Al Jazeera's pattern/);
    expect(inferred[4]?.evidence[0]).toBe('1 link to npr.org');
    expect(inferred[4]?.evidence.join(' ')).toMatch(
      /outweighed: Reuters: 1 link to reuters.com \(an agency others often link to/,
    );
  });

  it('reports a confidence between 0 and 1 that grows with the evidence, 0 when none is named', () => {
    for (const inference of inferred) {
      expect(inference.confidence).toBeGreaterThanOrEqual(inference.outlet === null ? 0 : 0.01);
      expect(inference.confidence).toBeLessThanOrEqual(inference.outlet === null ? 0 : 1);
    }
    // Six Guardian links beat one.
    expect(inferred[1]!.confidence).toBeGreaterThan(inferred[5]!.confidence);
  });
});

describe('inferOutlet on text it has never seen', () => {
  it('recognises a wire by its dateline', () => {
    expect(
      infer(
        'Xi leaves Moscow',
        'MOSCOW, March 22 (Reuters) - Chinese President Xi Jinping left Moscow on Wednesday.',
      ).outlet?.id,
    ).toBe('reuters');
    expect(
      infer(
        'Talks end',
        'MOSCOW, March 21. /TASS/. Russian President Vladimir Putin said talks were constructive.',
      ).outlet?.id,
    ).toBe('tass');
  });

  it('recognises an outlet by how it refers to its own reporting, when its own link backs it', () => {
    const inference = infer(
      'Analysts react',
      'One diplomat told the Guardian the visit was a show of strength. [Xi arrived](https://www.theguardian.com/world/1) on Monday.',
    );
    expect(inference.outlet?.id).toBe('the-guardian');
    expect(inference.evidence).toEqual([
      '1 link to theguardian.com',
      'self-mention ‘told the Guardian’ (also how others quote The Guardian: weak evidence, not enough alone)',
    ]);
    // 1.5 points: 1 − 0.5^1.5.
    expect(inference.confidence).toBe(0.65);
  });

  it('counts links to an outlet’s own site', () => {
    const inference = infer(
      'Moscow summit',
      'Xi [arrived](https://www.bbc.co.uk/news/world-1) in Moscow. He met [Putin](https://www.bbc.com/news/world-2).',
    );
    expect(inference.outlet?.id).toBe('bbc');
    expect(inference.evidence).toEqual(['1 link to bbc.co.uk', '1 link to bbc.com']);
  });

  it('does not take a citation of a wire for the author when the outlet’s own links are there', () => {
    const inference = infer(
      'Summit',
      'Trade [surged](https://www.reuters.com/a) and Xi [spoke](https://www.reuters.com/b). [Analysis](https://www.nytimes.com/c) shows more.',
    );
    // Two Reuters links (weak: 0.5 each) tie one New York Times link: no clear winner.
    expect(inference.outlet).toBeNull();
    expect(inference.evidence[0]).toMatch(/^ambiguous/);
  });

  it('matches datelines whatever dash the agency used, near the start of a sentence only', () => {
    expect(infer('Xi leaves', 'MOSCOW (AP) – Xi left on Wednesday.').outlet?.id).toBe('ap');
    expect(infer('Xi leaves', 'MOSCOW, March 22 (Xinhua) - Xi left on Wednesday.').outlet?.id).toBe('xinhua');
    expect(
      infer(
        'Xi leaves',
        'The agency’s report opened: “MOSCOW, March 21. /TASS/. Putin said talks went well.”',
      ).outlet,
    ).toBeNull();
  });

  it('does not take a quoted interview with an agency for the agency’s own copy', () => {
    expect(
      infer('Kremlin pleased', 'Kremlin spokesman Dmitry Peskov told Reuters the talks were productive.')
        .outlet,
    ).toBeNull();
    expect(infer('Analysts', 'An analyst told AFP news agency the visit was symbolic.').outlet).toBeNull();
  });

  it('does not count a link that names its outlet as a source', () => {
    const bbc = infer(
      'Xi arrives',
      'Xi arrived in Moscow on March 20, [the BBC reported](https://www.bbc.com/news/world-1).',
    );
    expect(bbc.outlet).toBeNull();
    expect(bbc.evidence[0]).toMatch(/naming BBC as a source \(a citation: not counted\)/);
    const nyt = infer(
      'Xi arrives',
      'The New York Times [reported](https://www.nytimes.com/2023/03/20/x.html) the deals.',
    );
    expect(nyt.outlet).toBeNull();
  });

  it('leaves an article unattributed when nothing in it points to an outlet', () => {
    const inference = infer('A visit', 'Xi and Putin met in Moscow. They signed a joint statement.');
    expect(inference.outlet).toBeNull();
    expect(inference.confidence).toBe(0);
    expect(inference.evidence).toEqual(['no registry fingerprint found in the text']);
  });

  it('leaves an article unattributed when two outlets have equal evidence', () => {
    const inference = infer(
      'A visit',
      'See [one](https://www.cnn.com/a) and [two](https://www.nbcnews.com/b).',
    );
    expect(inference.outlet).toBeNull();
    expect(inference.candidates.map((candidate) => candidate.outlet.id).sort()).toEqual(['cnn', 'nbc-news']);
  });

  it('does not read a phrase inside a longer name as a self-mention', () => {
    const candidates = collectEvidence(
      { teaser: '', sentences: ['He told CNNMoney about it.'], links: [] },
      registry,
    );
    expect(candidates.find((candidate) => candidate.outlet.id === 'cnn')).toBeUndefined();
  });
});

describe('inferOutlet on a self-mention, which other outlets write when they quote an interview', () => {
  it('does not name the outlet a politician spoke to', () => {
    const inference = infer(
      'Senator weighs in',
      'The senator told CNN on Sunday that she would not endorse the nominee. Her office declined to say more.',
    );
    expect(inference.outlet).toBeNull();
    expect(inference.confidence).toBe(0);
    expect(inference.evidence[0]).toMatch(/^too little evidence to decide \(CNN: self-mention ‘told CNN’/);
    expect(inference.candidates.map((candidate) => candidate.outlet.id)).toEqual(['cnn']);
  });

  it('counts an outlet’s self-mentions once, however often and in however many phrases', () => {
    const inference = infer(
      'Campaign shake-up',
      'A campaign aide told Fox News the manager had resigned. The candidate later told Fox News he was “moving on.” Fox News Digital has reached out to the campaign.',
    );
    expect(inference.outlet).toBeNull();
    expect(inference.candidates).toHaveLength(1);
    expect(inference.candidates[0]?.score).toBe(EVIDENCE_WEIGHTS.selfMention);
    expect(inference.candidates[0]?.score).toBeLessThan(MIN_SCORE);
    expect(inference.candidates[0]?.evidence).toEqual([
      'self-mentions ‘told Fox News’ ×2, ‘Fox News Digital has reached out’ (also how others quote Fox News: weak evidence, not enough alone)',
    ]);
  });

  it('names no one when an article cites interviews with several outlets', () => {
    const inference = infer(
      'Donors split',
      'One donor told The Washington Post the race was over. Another told NBC News it was not.',
    );
    expect(inference.outlet).toBeNull();
    expect(inference.candidates.map((candidate) => candidate.outlet.id).sort()).toEqual([
      'nbc-news',
      'the-washington-post',
    ]);
  });

  it('does not name an agency from its self-mentions alone either, even repeated', () => {
    const inference = infer(
      'Ministers meet',
      'The minister told Reuters the talks had stalled. His deputy also told Reuters a deal was near.',
    );
    expect(inference.outlet).toBeNull();
  });

  it('names the outlet when its own link corroborates the self-mention', () => {
    const inference = infer(
      'Governor speaks',
      'The governor told CBS News the count would finish Friday. [Earlier results](https://www.cbsnews.com/news/results/) showed a tie.',
    );
    expect(inference.outlet?.id).toBe('cbs-news');
    expect(inference.evidence).toContain(
      'self-mention ‘told CBS News’ (also how others quote CBS News: weak evidence, not enough alone)',
    );
  });

  it('lets a wire’s dateline outweigh another outlet’s self-mention in the same copy', () => {
    const inference = infer(
      'Rally in Ohio',
      'COLUMBUS, Ohio (AP) — The nominee held a rally on Monday. A volunteer told CNN the crowd was the largest yet.',
    );
    expect(inference.outlet?.id).toBe('ap');
    expect(inference.evidence.join(' ')).toMatch(/outweighed: CNN: self-mention ‘told CNN’/);
  });
});
