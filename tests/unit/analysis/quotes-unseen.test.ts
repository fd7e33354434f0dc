/**
 * Quotes in news prose the rules were not written for (wire, broadsheet and broadcaster
 * styles). A wrong name is worse than none, so several cases expect null.
 */
import { describe, expect, it } from 'vitest';
import { parsePeopleRegistry } from '../../../src/lib/registry/people.ts';
import { extractQuotes } from '../../../src/lib/analysis/quotes.ts';
import { PEOPLE, readProjectFile } from '../../helpers.ts';

const people = parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE));

function quotes(sentences: string[], teaser = '') {
  return extractQuotes(
    sentences.map((text, index) => ({ id: `a-s${index + 1}`, text, cut: false })),
    teaser,
    people,
  );
}

function speakers(sentences: string[], teaser = ''): (string | null)[] {
  return quotes(sentences, teaser).map((quote) => quote.speaker?.name ?? null);
}

describe('attribution in unseen news prose', () => {
  it('skips an appositive or relative clause between the subject and the verb', () => {
    expect(
      speakers([
        'Zelenskiy, speaking in Kyiv alongside Japan’s prime minister Fumio Kishida, said he had “not received an answer.”',
      ]),
    ).toEqual(['Volodymyr Zelensky']);
    expect(speakers(['Oleg Nikolenko, a spokesman for Kuleba, said Kyiv had “taken note.”'])).toEqual([
      'Oleg Nikolenko',
    ]);
    expect(
      speakers([
        'Biden, who has called Putin a “war criminal,” said the visit gave Russia “diplomatic cover.”',
      ]),
    ).toEqual(['Joe Biden', 'Joe Biden']);
  });

  it('reads each clause on its own', () => {
    expect(
      speakers(['Putin said he had studied the plan “with respect,” while Xi called the ties “a priority.”']),
    ).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(
      speakers([
        'Mao Ning told a briefing the talks were “constructive” (a word Kuleba called “meaningless”).',
      ]),
    ).toEqual(['Mao Ning', 'Dmytro Kuleba']);
  });

  it('keeps the speaker the sentence gives over the source in “according to”', () => {
    expect(speakers(['Putin told Xi that Russia was “ready for talks,” according to the Kremlin.'])).toEqual([
      'Vladimir Putin',
    ]);
    expect(
      speakers([
        'Xi said China would “always stand on the side of peace,” according to a Chinese readout of the talks with Putin.',
      ]),
    ).toEqual(['Xi Jinping']);
  });

  it('resolves he, she and they only when one candidate fits', () => {
    expect(
      speakers([
        'Mr. Xi later met Prime Minister Mikhail Mishustin.',
        '“Our cooperation is growing,” he said.',
      ]),
    ).toEqual([null]);
    expect(
      speakers(['Zakharova posted a long comment on Telegram.', '“The West is hysterical,” she wrote.']),
    ).toEqual(['Maria Zakharova']);
    expect(
      speakers(['The two leaders signed a joint statement.', '“We have agreed on a new era,” they said.']),
    ).toEqual(['Xi Jinping and Vladimir Putin']);
  });

  it('does not take the speaker after a mid-sentence quote for its speaker', () => {
    expect(
      speakers([
        'Asked about Mr. Putin’s remark that the war was “a tragedy,” Mr. Kirby said Washington was not surprised.',
      ]),
    ).toEqual([null]);
    expect(speakers(['China is ready to “work with Russia,” Xi said.'])).toEqual(['Xi Jinping']);
  });

  it('finds titled and institutional speakers after the quote', () => {
    expect(speakers(['“The talks were very good,” Kremlin spokesman Dmitry Peskov told reporters.'])).toEqual(
      ['Dmitry Peskov'],
    );
    expect(speakers(['“We have seen this before,” White House spokesman John Kirby said.'])).toEqual([
      'John Kirby',
    ]);
    expect(speakers(['“The relationship is strong,” the Kremlin said.'])).toEqual(['The Kremlin']);
    expect(
      speakers(['“China is not neutral,” said Russian Deputy Foreign Minister Andrei Rudenko.']),
    ).toEqual(['Andrei Rudenko']);
  });

  it('reads a passive attribution and a label with a bare name', () => {
    expect(speakers(['The plan was described by Kirby as “a cynical ploy.”'])).toEqual(['John Kirby']);
    expect(speakers(['Zelensky: “We have proposed China to be one of the co-implementers.”'])).toEqual([
      'Volodymyr Zelensky',
    ]);
  });

  it('reads a quote split across sentences as one, with its speaker', () => {
    expect(
      speakers(['“We have put forward a constructive plan.', 'We hope it will be heard,” Xi told Putin.']),
    ).toEqual(['Xi Jinping']);
  });

  it('does not read a possessive or a mention as the speaker', () => {
    expect(speakers(['Blinken criticised Xi’s “so-called peace plan” on Tuesday.'])).not.toContain(
      'Xi Jinping',
    );
    expect(
      speakers([
        'Xi’s “peace plan” was welcomed by Moscow but the plan was described by Kirby as “a cynical ploy.”',
      ]),
    ).toEqual([null, 'John Kirby']);
  });

  it('gives a sentence that is all quote the speaker of the quote just before', () => {
    expect(
      speakers(['“We discussed trade,” Peskov told reporters.', '“That topic was not on the agenda.”']),
    ).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
    expect(speakers(['Xi and Putin met on Monday.', '“That topic was not on the agenda.”'])).toEqual([null]);
  });

  it('gives a participle after a comma the subject of the main verb', () => {
    expect(
      speakers(['Xi said China was neutral, adding that its position was “objective and impartial.”']),
    ).toEqual(['Xi Jinping']);
    expect(speakers(['Putin welcomed Xi on Monday, calling him a “dear friend.”'])).toEqual([
      'Vladimir Putin',
    ]);
  });

  it('reads a verb of saying or attributing in any of its forms', () => {
    expect(speakers(['Xi emphasizes that China is a “responsible power.”'])).toEqual(['Xi Jinping']);
    expect(speakers(['Kuleba referred to the plan as “a smokescreen.”'])).toEqual(['Dmytro Kuleba']);
    expect(
      speakers(['Putin denounced the sanctions as “illegitimate” and warned of the consequences.']),
    ).toEqual(['Vladimir Putin']);
  });

  it('does not read a noun after a possessive as the verb', () => {
    expect(speakers(['Peskov called Kuleba’s remarks a “provocation.”'])).toEqual(['Dmitry Peskov']);
  });

  it('resolves a pronoun that is the subject of two verbs', () => {
    expect(
      speakers(['“We are ready,” Peskov said.', 'He met Xi Jinping and warned of “blackmail.”']),
    ).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
  });

  it('skips a day, an adverb or a title between the subject and the verb', () => {
    expect(speakers(['Kuleba on Monday called the visit “a farce.”'])).toEqual(['Dmytro Kuleba']);
    expect(
      speakers(['Both sides hardened, with Zelensky recently promising to “fight to the end.”']),
    ).toEqual(['Volodymyr Zelensky']);
    expect(speakers(['Pres. Biden admits the plan “did not work.”'])).toEqual(['Joe Biden']);
    // A day with no preposition belongs to the phrase before it: "An ad released Thursday".
    expect(speakers(['An ad released Thursday accuses Peskov of “lying.”'])).toEqual([null]);
  });

  it('reads “as X said” after a quote in the middle of a sentence, whatever follows', () => {
    expect(
      speakers([
        'The fact that the talks are “going well,” as Peskov said on Kuleba’s radio program on Monday, only raises the stakes.',
      ]),
    ).toEqual(['Dmitry Peskov']);
  });

  it('gives the clause’s subject quotes before a verb of saying that shares it', () => {
    expect(
      speakers([
        'Xi supports “a political settlement,” opposes “unilateral sanctions” and recalled the talks: “We were sincere.”',
      ]),
    ).toEqual(['Xi Jinping', 'Xi Jinping', 'Xi Jinping']);
  });

  it('gives a quote that opens the sentence the speaker before it when the narration after names nobody', () => {
    expect(
      speakers([
        '“We discussed trade,” Peskov told reporters.',
        '“The sides agreed on energy” and other matters.',
      ]),
    ).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
    expect(
      speakers(['Xi and Putin met on Monday.', '“The sides agreed on energy” and other matters.']),
    ).toEqual([null]);
    // A verb that attributes without saying reports the same speaker's words too.
    expect(speakers(['Kuleba praised the army on Monday.', '“We need more support.”'])).toEqual([
      'Dmytro Kuleba',
    ]);
  });

  it('starts the first clause after a wire dateline', () => {
    expect(
      speakers([
        'Washington (AFP) – Democrat Jane Roe has taken a swipe at John Doe’s stance on trade, saying that “bombastic comments” do harm.',
      ]),
    ).toEqual(['Jane Roe']);
    expect(
      speakers([
        'MOSCOW (Reuters) — Lawmaker Jane Roe has taken a swipe at the West’s stance, saying that “bombastic comments” do harm.',
      ]),
    ).toEqual(['Jane Roe']);
  });

  it('finds the name after a title of office and before several asides', () => {
    expect(
      speakers(['“We made mistakes,” Maricopa County Recorder Helen Purcell said during a hearing.']),
    ).toEqual(['Helen Purcell']);
    expect(
      speakers([
        '“Both of them scare me,” Harry Bond, 30, of Raleigh, N.C., who was polled, said in an interview.',
      ]),
    ).toEqual(['Harry Bond']);
    expect(
      speakers(['Now Jane Roe, the most unconventional candidate in years, is promising “a big spectacle.”']),
    ).toEqual(['Jane Roe']);
  });

  it('reads an attribution set off by commas after a quote inside the sentence', () => {
    expect(
      speakers([
        'Despite his “brash personality,” defender Shannon S. Quill wrote, Lazar is a devoted father.',
      ]),
    ).toEqual(['Shannon S. Quill']);
    // A quote a verb before it governs is that verb's subject's, not the next speaker's.
    expect(speakers(['When someone shouted, “Xi,” Putin joked, “Amen, brother!”'])).toEqual([
      null,
      'Vladimir Putin',
    ]);
  });

  it('gives a quotation a colon introduces the clause’s subject, even when it runs on', () => {
    expect(
      speakers([
        'Kuleba has since apologized for the remark: “Yes, I should have waited.',
        'It was my mistake.”',
      ]),
    ).toEqual(['Dmytro Kuleba']);
  });

  it('reads verbs of manner as verbs of saying', () => {
    expect(speakers(['“Go back to Kyiv,” Peskov barked, and the guards escorted him out.'])).toEqual([
      'Dmitry Peskov',
    ]);
  });

  it('gives a quotation over several sentences the speaker the sentence before reports', () => {
    expect(
      speakers(['Kuleba praised the army on Monday.', '“We need more support.', 'The front is long.”']),
    ).toEqual(['Dmytro Kuleba']);
  });

  it('reads the subject of a clause before a short aside or party tag', () => {
    expect(
      speakers(['Senate Leader Jane Roe, R-Ky., delivered a blunt message to Putin: “Stop the war.”']),
    ).toEqual(['Jane Roe']);
    expect(speakers(['“This is a time of cooperation,” Rear Admiral Guan Youfei told reporters.'])).toEqual([
      'Guan Youfei',
    ]);
    expect(speakers(['“This is a waste of time,” said Del. Stacey Plaskett (D-V.I.).'])).toEqual([
      'Stacey Plaskett',
    ]);
  });

  it('gives a participle of saying the subject of the clause it follows, found by parts of speech', () => {
    expect(
      speakers([
        'Democratic nominee Jane Roe chimed in on Twitter, saying that officials should release the videos “without delay.”',
        'President Tom Reyes responded to a mother Wednesday night by saying the issue was “manufactured.”',
      ]),
    ).toEqual(['Jane Roe', 'Tom Reyes']);
    // A state before a noun is not the state speaking.
    expect(speakers(['The U.S. media has always claimed to be “unbiased.”'])).toEqual([null]);
  });

  it('gives a quote inside an opening participle of saying the subject of the main clause', () => {
    expect(
      speakers([
        'Bemoaning the “phony system,” Tom Reyes accused the host of bias.',
        'Citing the attack as a wake-up call for their “reveries,” Jane Roe urged voters to think again.',
      ]),
    ).toEqual(['Tom Reyes', 'Jane Roe']);
    // Not a participle that says nothing.
    expect(speakers(['Holding a “Make America Great” sign, Tom Reyes waved.'])).toEqual([null]);
  });

  it('gives "going on to say" the subject of the verb before it', () => {
    expect(
      quotes([
        '“That is insane,” Tom Reyes said, going on to say that the country has spent “hundreds of years” on it.',
      ]).map((quote) => [quote.speaker?.name, quote.rule]),
    ).toEqual([
      ['Tom Reyes', 'speaker-after'],
      ['Tom Reyes', 'speaker-before'],
    ]);
  });

  it('reads "went on" as a verb of saying: to go on is to keep talking', () => {
    expect(
      speakers([
        'Kevin was drifting off, and as Tom Reyes went on about “how the system is rigged,” and “our own struggling citizens,” Melanie Cole said yes.',
        'Jane Roe went on: “We will not stop.”',
      ]),
    ).toEqual(['Tom Reyes', 'Tom Reyes', 'Jane Roe']);
  });

  it('reads "demanded" and "sings" as verbs of saying, but not "demands" in the present', () => {
    expect(
      speakers([
        '“Why is this not proof?” Jane Roe demanded.',
        '“Keep your hands in sight,” Mary Blige sings to the crowd.',
        'Tom Reyes said the spate of protests demands that all engage in “more listening.”',
      ]),
    ).toEqual(['Jane Roe', 'Mary Blige', 'Tom Reyes']);
  });

  it('gives a participle of saying after "of" the name before it: "footage of X asking"', () => {
    expect(speakers(['The ad uses footage of Jane Roe asking, “Why aren’t I 50 points ahead?”'])).toEqual([
      'Jane Roe',
    ]);
  });

  it('reads an "as … put it" aside before or after the quote', () => {
    expect(
      speakers([
        'His degree has not insulated him from being seen, as The New Yorker put it in an expose, “the operator.”',
        'The test is a “lawful source of income,” as Jane Roe put it.',
      ]),
    ).toEqual(['New Yorker', 'Jane Roe']);
  });

  it('gives a whole quoted sentence the speaker of a next sentence that is all attribution', () => {
    expect(
      speakers([
        '"This is a big year for our senator, Bobby Scott!"',
        'Scott’s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.',
      ]),
    ).toEqual(['Marcia Price', null]);
    // Not a next sentence that reports other words, or whose subject is a clause of its own.
    expect(speakers(['“I like it.”', 'Tom Reyes said he would win.'])).toEqual([null]);
    expect(
      speakers([
        '“The people I have are spectacular.”',
        'Tom Reyes turned on the paper, noting that its Jane Roe had reported in June that it was over.',
      ]),
    ).toEqual([null]);
  });

  it('reads a transcript’s speaker label in capitals, for the quotes inside its quotation', () => {
    expect(
      speakers([
        'Mike Pence spoke on Sunday.',
        '"PENCE: Well, look, she apparently thinks this is an episode of “Shark Tank.”',
        '"BYLINE: Well, look at “Shark Tank.”',
      ]),
    ).toEqual(['Mike Pence', 'Mike Pence', null, null]);
  });

  it('reads a label after a headline and a dash, as round-ups write them', () => {
    expect(
      quotes([
        'RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME - Jeffrey M. Jones: “Our analysis found this.”',
        'Signs of momentum shifts were there all along - Mark Blumenthal: “Our data help explain it.”',
      ]).map((quote) => [quote.speaker?.name, quote.rule, quote.evidence]),
    ).toEqual([
      ['Jeffrey M. Jones', 'label', 'Jeffrey M. Jones:'],
      ['Mark Blumenthal', 'label', 'Mark Blumenthal:'],
    ]);
  });

  it('tells a plural noun from a verb of saying by its part of speech: "late-night tweets"', () => {
    expect(
      speakers([
        'Jane Roe says Tom Reyes’s flurry of late-night tweets targeting a former beauty queen was “unhinged, even for him.”',
      ]),
    ).toEqual(['Jane Roe']);
  });

  it('names the person before "of the …", not the place or body after it', () => {
    expect(
      speakers([
        '“It is a waste,” said Del. Stacey Plaskett of the Virgin Islands.',
        'As Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem told the AP, “We suffered the same fate.”',
      ]),
    ).toEqual(['Stacey Plaskett', 'Aris Shirvanian']);
  });

  it('reads the name apposed to a description after an inverted verb', () => {
    expect(
      speakers([
        'The FBI found no ties, aside from the men knowing each other “casually” from the mosque, said the bureau’s director, James B. Comey, on Monday.',
      ]),
    ).toEqual(['James B. Comey']);
  });

  it('finds the subject after a long phrase a preposition opens', () => {
    expect(
      speakers([
        'On Thursday, after remaining neutral throughout the primary process, Kuleba appeared on television and endorsed the plan, saying, “It is exactly what we need.”',
      ]),
    ).toEqual(['Dmytro Kuleba']);
  });

  it('reads a pronoun contracted with its verb', () => {
    expect(
      speakers([
        '“We are ready,” Peskov said.',
        'He’s predicting he will do “very, very well” in the talks.',
      ]),
    ).toEqual(['Dmitry Peskov', 'Dmitry Peskov']);
  });
});
