import { describe, expect, it } from 'vitest';
import {
  analyseFraming,
  compileLexicons,
  QUOTED_BY_CONFIDENCE,
  type SpeakerSpan,
} from '../../../src/lib/analysis/framing.ts';
import { story, themes } from './framing-fixtures.ts';

const lexicons = compileLexicons(story, themes, { positive: ['warm*', 'historic'], negative: ['brutal*'] });
const analyse = (...texts: string[]) =>
  analyseFraming(
    texts.map((text, index) => ({ id: `a-s${index + 1}`, text })),
    lexicons,
    [],
  );

describe('analyseFraming: themes', () => {
  it('tags a sentence whose distinct phrases weigh 0.5 or more, with the phrases as evidence', () => {
    const [tag] = analyse('Putin said the gas pipeline would be built.').themes;
    expect(tag).toMatchObject({ theme: 'energy-trade', unitId: 'a-s1', narrationWeight: 1, confidence: 1 });
    expect(tag!.matches.map((match) => match.text)).toEqual(['gas pipeline']);
  });

  it('adds up weak phrases, and does not tag a sentence below the threshold', () => {
    expect(analyse('Trade in yuan grew.').themes[0]).toMatchObject({ narrationWeight: 0.6, confidence: 0.6 });
    expect(analyse('Trade grew.').themes).toEqual([]);
  });

  it('counts a phrase once however often it occurs', () => {
    expect(analyse('Trade, trade and more trade.').themes).toEqual([]);
  });

  it('drops a phrase match covered by an exclusion', () => {
    expect(analyse('It is a trade-off between yuan and gold.').themes).toEqual([]);
  });

  it('keeps the words inside quotation marks apart from the outlet’s own narration', () => {
    const [tag] = analyse('Xi called for a “ceasefire” in the war.').themes;
    expect(tag).toMatchObject({ theme: 'peace-plan', narrationWeight: 0, quoteWeight: 1 });
    expect(tag!.matches[0]!.in).toBe('quote');
  });

  it('counts the heavier of two phrases on the same words', () => {
    expect(analyse('Traders waited.').themes[0]).toMatchObject({
      theme: 'energy-trade',
      narrationWeight: 0.8,
    });
  });

  it('does not count a short phrase inside a longer phrase of the same theme', () => {
    expect(analyse('The peace plan stalled.').themes[0]).toMatchObject({ narrationWeight: 1 });
  });

  it('finds another form of a phrase of several words, with the words as written for evidence', () => {
    const [tag] = analyse('Both sides discussed the gas pipelines.').themes;
    expect(tag).toMatchObject({ theme: 'energy-trade', narrationWeight: 1 });
    expect(tag!.matches.map((match) => [match.phrase, match.text])).toEqual([
      ['gas pipeline', 'gas pipelines'],
    ]);
  });
});

describe('analyseFraming: a theme that yields to another', () => {
  it('is dropped where the unit touches the other theme, and kept elsewhere', () => {
    expect(analyse('A ceasefire would freeze the front line.').themes.map((tag) => tag.theme)).toEqual([
      'peace-plan',
    ]);
    expect(analyse('Fighting raged along the front line.').themes.map((tag) => tag.theme)).toEqual(['war']);
  });
});

describe('analyseFraming: themes of the facts a unit reports', () => {
  it('tags the themes of a fact it names, with the fact as evidence beside the phrases', () => {
    const [tag] = analyse('Soyuz Vostok dominated the talks.').themes;
    expect(tag).toMatchObject({
      theme: 'energy-trade',
      narrationWeight: 1,
      confidence: 1,
      facts: ['second-pipeline'],
    });
    expect(tag!.matches.map((match) => match.text)).toEqual(['Soyuz Vostok']);
    expect(analyse('Trade and Soyuz Vostok.').themes[0]).toMatchObject({ narrationWeight: 1.3 });
  });

  it('counts a reference back to the fact at its lower confidence', () => {
    const [, tag] = analyse('Soyuz Vostok was raised.', 'The pipeline would cross Mongolia.').themes;
    expect(tag).toMatchObject({
      theme: 'energy-trade',
      unitId: 'a-s2',
      narrationWeight: 0.6,
      confidence: 0.6,
    });
  });

  it('does not tag a theme for a fact the unit says was left out, nor for a fact without themes', () => {
    expect(analyse('Soyuz Vostok was not discussed.').themes).toEqual([]);
    expect(analyse('The ICC issued a warrant.').themes).toEqual([]);
  });
});

describe('analyseFraming: facts', () => {
  it('finds a fact by one phrase, or by all the phrases of a group in one sentence', () => {
    expect(analyse('The International Criminal Court acted.').facts.map((fact) => fact.fact)).toEqual([
      'icc-warrant',
    ]);
    expect(analyse('The ICC issued a warrant.').facts).toHaveLength(1);
    expect(analyse('The ICC met.').facts).toEqual([]);
  });

  it('skips a sentence holding an exclusion of the fact', () => {
    expect(analyse('Taiwan Strait Airlines flew on.').facts).toEqual([]);
  });

  it('keeps, of two finds of a fact on the same words, the one of its earlier match entry', () => {
    const [icc, ...others] = story.facts;
    const evidenceWith = (match: (string | string[])[]) => {
      const reordered = compileLexicons({ ...story, facts: [{ ...icc!, match }, ...others] }, themes, {
        positive: [],
        negative: [],
      });
      const { facts } = analyseFraming(
        [{ id: 'a-s1', text: 'The International Criminal Court acted.' }],
        reordered,
        [],
      );
      return facts.flatMap((fact) => fact.matches.map((match) => match.text));
    };
    expect(evidenceWith(['Criminal Court', 'International Criminal Court'])).toEqual(['Criminal Court']);
    expect(evidenceWith(['International Criminal Court', 'Criminal Court'])).toEqual([
      'International Criminal Court',
    ]);
  });

  it('does not count a fact the sentence says was left out', () => {
    for (const text of [
      'Taiwan was not discussed.',
      'The leaders did not raise Taiwan at all.',
      'There was no mention of Taiwan in the statement.',
      'The statement was silent on Taiwan.',
      'Xi avoided Taiwan.',
      'Taiwan did not come up.',
      'Neither text mentioned Taiwan.',
      'Nor did the statement contain any reference to Taiwan.',
      'The statement never repeats the word Taiwan.',
      'Xi never once used the phrase Taiwan.',
      'Taiwan did not appear in the statement.',
      'The statement made no call to discuss Taiwan.',
    ]) {
      expect(analyse(text).facts, text).toEqual([]);
      expect(
        analyse(text).absentFacts.map((mention) => mention.fact),
        text,
      ).toEqual(['taiwan']);
    }
  });

  it('counts a reference back to a fact the article named before, at a lower confidence, with the naming unit', () => {
    const { facts } = analyse(
      'The International Criminal Court acted on Friday.',
      'Xi did not mention it.',
      'The court’s move angered Moscow, and the warrant hangs over the visit.',
    );
    expect(
      facts.map(({ fact, unitId, confidence, antecedent }) => [fact, unitId, confidence, antecedent]),
    ).toEqual([
      ['icc-warrant', 'a-s1', 1, undefined],
      ['icc-warrant', 'a-s3', 0.6, 'a-s1'],
    ]);
    expect(facts[1]!.matches.map((match) => match.text)).toEqual(['The court', 'the warrant']);
    // Overlapping phrases count their words once.
    expect(
      analyse('The ICC issued a warrant.', 'The court’s warrant stands.').facts[1]!.matches.map(
        (match) => match.text,
      ),
    ).toHaveLength(1);
  });

  it('does not count a reference before the fact is named, beside a direct mention, or said left out', () => {
    expect(
      analyse('The warrant came first.', 'The ICC issued a warrant.').facts.map((fact) => fact.unitId),
    ).toEqual(['a-s2']);
    expect(analyse('The ICC issued a warrant.', 'The ICC warrant and the court.').facts).toHaveLength(2);
    expect(
      analyse('The ICC issued a warrant.', 'The warrant was not discussed.').facts.map((fact) => fact.unitId),
    ).toEqual(['a-s1']);
  });

  it('counts the subject of an omission as reported, and what it left out as absent', () => {
    const [mention] = analyse('The ICC warrant made no mention of Taiwan.').facts;
    expect(mention).toMatchObject({ fact: 'icc-warrant' });
    expect(analyse('The ICC warrant made no mention of Taiwan.').absentFacts.map((m) => m.fact)).toEqual([
      'taiwan',
    ]);
    const named = 'The ICC issued a warrant.';
    const later = analyse(named, 'The warrant did not mention Taiwan.');
    expect(later.facts[1]).toMatchObject({ fact: 'icc-warrant', unitId: 'a-s2' });
    expect(later.absentFacts.map((m) => m.fact)).toEqual(['taiwan']);
  });

  it('still counts a fact the sentence denies or reports beside an omission', () => {
    // A denial is a report of the fact: the warrant is what Russia does not recognise.
    expect(analyse('Russia does not recognise the International Criminal Court.').facts).toHaveLength(1);
    // The omission is in another clause.
    expect(analyse('Taiwan came up, but trade was not discussed.').facts).toHaveLength(1);
    expect(analyse('Xi not only discussed Taiwan but also trade.').facts).toHaveLength(1);
    // Where a word is missing from is reported; avoiding something else is no omission.
    expect(analyse('The word did not appear in the ICC warrant.').facts).toHaveLength(1);
    expect(analyse('Beijing wants to avoid sanctions over Taiwan.').facts).toHaveLength(1);
  });

  it('says when a fact is only inside quotation marks', () => {
    expect(analyse('He said “Taiwan is ours”.').facts[0]).toMatchObject({ fact: 'taiwan', in: 'quote' });
  });
});

describe('analyseFraming: facts reported through whom a unit quotes', () => {
  const kirby = {
    id: 'john-kirby',
    name: 'John Kirby',
    category: 'western-official',
    registered: true,
    country: 'US',
  } as const;
  const text = 'He added: “We are concerned.”';
  const words = { unitId: 'a-s1', start: text.indexOf('We'), end: text.indexOf('.”') + 1 };

  it('counts a fact for the words of a speaker it names, with the quoted words and the speaker as evidence', () => {
    const { facts } = analyseFraming([{ id: 'a-s1', text }], lexicons, [{ ...words, speaker: kirby }]);
    expect(facts).toEqual([
      {
        fact: 'us-reaction',
        unitId: 'a-s1',
        in: 'quote',
        confidence: QUOTED_BY_CONFIDENCE,
        matches: [
          { phrase: 'quoted: John Kirby', text: 'We are concerned.', start: 11, end: 28, in: 'quote' },
        ],
        speakers: ['john-kirby'],
      },
    ]);
  });

  it('counts nothing for a speaker of another country or category, or for words of another unit', () => {
    const quoted = (speaker: SpeakerSpan['speaker'], unitId = 'a-s1') =>
      analyseFraming([{ id: 'a-s1', text }], lexicons, [{ ...words, unitId, speaker }]).facts;
    expect(quoted({ ...kirby, country: 'GB' })).toEqual([]);
    expect(quoted({ ...kirby, category: 'analyst' })).toEqual([]);
    expect(quoted(kirby, 'a-s2')).toEqual([]);
  });

  it('gives one mention for the unit, with the words and the id of every fitting speaker', () => {
    const both = '“We are concerned,” Kirby said, and Blinken added: “So are we.”';
    const blinken = { ...kirby, id: 'antony-blinken', name: 'Antony Blinken' };
    const span = (words: string, speaker: SpeakerSpan['speaker']) => ({
      unitId: 'a-s1',
      start: both.indexOf(words),
      end: both.indexOf(words) + words.length,
      speaker,
    });
    const { facts } = analyseFraming([{ id: 'a-s1', text: both }], lexicons, [
      span('We are concerned,', kirby),
      span('So are we.', blinken),
    ]);
    expect(facts).toHaveLength(1);
    expect(facts[0]!.speakers).toEqual(['john-kirby', 'antony-blinken']);
    expect(facts[0]!.matches.map((match) => [match.phrase, match.text])).toEqual([
      ['quoted: John Kirby', 'We are concerned,'],
      ['quoted: Antony Blinken', 'So are we.'],
    ]);
  });

  it('adds nothing where the unit names the fact already', () => {
    const named = '“We are concerned,” the White House said.';
    const { facts } = analyseFraming([{ id: 'a-s1', text: named }], lexicons, [
      { unitId: 'a-s1', start: 1, end: 17, speaker: kirby },
    ]);
    expect(facts.map(({ fact, speakers }) => [fact, speakers])).toEqual([['us-reaction', undefined]]);
  });
});

describe('analyseFraming: descriptors', () => {
  it('takes a title and its modifiers from before a name', () => {
    const descriptors = analyse(
      'Chinese leader Xi Jinping met his Russian counterpart Vladimir Putin.',
    ).descriptors;
    expect(descriptors.map((item) => [item.subject, item.text, item.rule])).toEqual([
      ['xi', 'Chinese leader', 'title'],
      ['putin', 'Russian counterpart', 'title'],
    ]);
  });

  it('allows a first name between the title and the name', () => {
    expect(analyse('Russian President Vladimir Putin spoke.').descriptors[0]).toMatchObject({
      subject: 'putin',
      text: 'Russian President',
      key: 'russian president',
    });
  });

  it('leaves out verbs and function words before the title', () => {
    const descriptors = analyse(
      'Officials called President Xi and praised more than President Putin.',
    ).descriptors;
    expect(descriptors.map((item) => item.text)).toEqual(['President', 'President']);
  });

  it('takes a capitalised word only when it is a nationality or a possessive', () => {
    const text =
      'After President Xi spoke, Meanwhile Chinese President Xi left. Russia’s President Putin and US President Putin.';
    expect(analyse(text).descriptors.map((item) => item.key)).toEqual([
      'president',
      'chinese president',
      "russia's president",
      'president',
    ]);
  });

  it('stops at words that are not modifiers', () => {
    expect(analyse('Officials who met strongman Putin left.').descriptors.map((item) => item.text)).toEqual([
      'strongman',
    ]);
  });

  it('prefers the longest lexicon phrase and marks quoted labels', () => {
    const descriptors = analyse(
      'They signed a no-limits partnership. Xi called Putin his “dear friend”.',
    ).descriptors;
    expect(descriptors.map((item) => [item.key, item.in])).toEqual([
      ['no limits partnership', 'narration'],
      ['dear friend', 'quote'],
    ]);
  });
});

describe('analyseFraming: valence and words', () => {
  it('counts evaluative words of the narration only', () => {
    const framing = analyse('A warm welcome in a brutal war.', 'He called it “historic”.');
    expect(framing.valence.map((hit) => [hit.polarity, hit.text])).toEqual([
      ['positive', 'warm'],
      ['negative', 'brutal'],
    ]);
  });

  it('counts narration and quoted words', () => {
    const framing = analyse('He called it “a historic day”.');
    expect([framing.narrationWords, framing.quoteWords, framing.units]).toEqual([3, 3, 1]);
  });
});
