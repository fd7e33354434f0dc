import { describe, expect, it } from 'vitest';
import { parsePeopleRegistry } from '../../../src/lib/registry/people.ts';
import { findQuotes } from '../../../src/lib/analysis/quote-spans.ts';
import { extractQuotes } from '../../../src/lib/analysis/quotes.ts';
import { PEOPLE, readProjectFile } from '../../helpers.ts';

const people = parsePeopleRegistry(PEOPLE, readProjectFile(PEOPLE));

/** Quotes of a body given as plain-text sentences, with an optional teaser. */
function quotesOf(sentences: string[], teaser = '') {
  return extractQuotes(
    sentences.map((text, index) => ({ id: `a-s${index + 1}`, text, cut: false })),
    teaser,
    people,
  );
}

const speakerOf = (sentence: string, teaser = '') =>
  quotesOf([sentence], teaser).map((quote) => quote.speaker?.id ?? null);

describe('findQuotes', () => {
  it('finds every span in curly or straight double marks, with its offsets', () => {
    const text = 'Xi said “yes” and "no," then left.';
    const quotes = findQuotes(text);
    expect(quotes.map((quote) => quote.text)).toEqual(['yes', 'no,']);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('keeps nested single quotes inside their quote', () => {
    expect(findQuotes('He said: “They call it ‘a new era’ now.”').map((quote) => quote.text)).toEqual([
      'They call it ‘a new era’ now.',
    ]);
  });

  it('does not read the attribute values of raw HTML as quotes, but keeps quotes around it', () => {
    const text =
      'Talks <div style="position:fixed">lasted</div> long; he said “<b>no</b> deal” and <a href="#">left</a>.';
    expect(findQuotes(text).map((quote) => quote.text)).toEqual(['<b>no</b> deal']);
  });

  it('does not take single quotation marks for quotes', () => {
    expect(findQuotes('Ties enter ‘new era’ as Xi meets Putin')).toEqual([]);
  });

  it('recovers a quote whose opening mark was cut, and flags it', () => {
    expect(findQuotes('to isolate one [Russia],” he said.')).toEqual([
      expect.objectContaining({ text: 'to isolate one [Russia],', cut: 'unopened' }),
    ]);
  });

  it('recovers a quote whose closing mark was cut, and never merges it with the next quote', () => {
    expect(
      findQuotes('“We are staying here. “No,” she said.').map((quote) => [quote.text, quote.cut]),
    ).toEqual([
      ['We are staying here.', 'unclosed'],
      ['No,', null],
    ]);
  });

  it('does not read indirect speech without marks as a quote', () => {
    expect(findQuotes('Putin said he was open to peace talks.')).toEqual([]);
  });
});

describe('attributing speakers', () => {
  it('takes the speaker right after the quote', () => {
    expect(speakerOf('“Right now there are changes,” Xi told Putin.')).toEqual(['xi-jinping']);
    expect(speakerOf('“Therefore it is the year,” says Tsang.')).toEqual(['steve-tsang']);
  });

  it('names a registry name written with either apostrophe, or a description that names one person here', () => {
    expect(speakerOf('China’s foreign ministry said Japan should “help de-escalate the situation”.')).toEqual(
      ['china-foreign-ministry'],
    );
    expect(speakerOf('The Russian president also said he was “slightly envious of China’s rise.”')).toEqual([
      'vladimir-putin',
    ]);
    expect(speakerOf('The Chinese leader then added, “Please be careful, dear friend.”')).toEqual([
      'xi-jinping',
    ]);
  });

  it('takes a speaker named after the quote with an appositive', () => {
    expect(speakerOf('“It is scary,” Lilya, who lives in Kherson, told CBS News.')).toEqual(['lilya']);
  });

  it('accepts a name that is not in the registry, with an id made from it', () => {
    const [quote] = quotesOf([
      '“This is a marriage of convenience,” said Maria Example, a fellow at a think tank.',
    ]);
    expect(quote?.speaker).toEqual({
      id: 'maria-example',
      name: 'Maria Example',
      category: 'unknown',
      registered: false,
    });
  });

  it('takes the speaker before the quote with a speech verb, for every quote of the clause', () => {
    expect(
      speakerOf('Putin said he had “carefully studied” the proposals and was “open to peace talks.”'),
    ).toEqual(['vladimir-putin', 'vladimir-putin']);
  });

  it('takes the subject of a verb of saying over the subject of reported words', () => {
    expect(
      speakerOf(
        'Alexander Korolev, an expert in Sydney, said the joint statement showed an “overall convergence.”',
      ),
    ).toEqual(['alexander-korolev']);
  });

  it('uses “according to” and documents as speakers', () => {
    expect(
      speakerOf('Both leaders called for an end to “tensions,” according to their joint statement.'),
    ).toEqual(['joint-statement']);
    expect(
      speakerOf('The men signed a joint statement saying it was necessary to “respect security concerns.”'),
    ).toEqual(['joint-statement']);
  });

  it('reads a label such as “Quote from Danilov:”', () => {
    expect(speakerOf('Quote from Danilov: “China will not supply weapons.”')).toEqual(['oleksiy-danilov']);
  });

  it('gives the two leaders together as one speaker', () => {
    expect(speakerOf('The two men greeted each other warmly as “dear friend.”')).toEqual(['xi-and-putin']);
  });

  it('resolves “he said” to the most recent speaker first', () => {
    const quotes = quotesOf([
      'Zelensky praised Kishida as “showing respect.”',
      '“Our talks can yield a result,” he said.',
    ]);
    expect(quotes.map((quote) => quote.speaker?.id)).toEqual(['volodymyr-zelensky', 'volodymyr-zelensky']);
    expect(quotes[1]?.rule).toBe('speaker-after-pronoun-recent-speaker');
  });

  it('resolves “he said” through the teaser when the body names nobody', () => {
    const quotes = quotesOf(
      ['Our goal is to isolate one [Russia],” he said.'],
      'Zelenskiy is open to a meeting.',
    );
    expect(quotes[0]).toMatchObject({
      speaker: { id: 'volodymyr-zelensky' },
      rule: 'speaker-after-pronoun-named-in-teaser',
    });
  });

  it('leaves “he said” unattributed when two people could be meant', () => {
    expect(speakerOf('Xi met Putin. “We are friends,” he said.')).toEqual([null]);
  });

  it('gives scare quotes no speaker, and keeps the evidence of every attribution', () => {
    const [scare] = quotesOf(['Russia and China’s “shared interests” are flawed.']);
    expect(scare).toMatchObject({ kind: 'scare', speaker: null, rule: null, confidence: 0, evidence: null });
    const [said] = quotesOf(['“No,” Xi told Putin.']);
    expect(said).toMatchObject({ rule: 'speaker-after', evidence: 'Xi told' });
  });

  it('classifies full, partial and scare quotes', () => {
    const kinds = quotesOf([
      '“Right now there are changes the likes of which we have not seen,” Xi told Putin.',
      'Putin said he had “carefully studied” the proposals.',
      'China’s “shared interests” are flawed.',
    ]).map((quote) => quote.kind);
    expect(kinds).toEqual(['full', 'partial', 'scare']);
  });
});

describe('quotes that run across a sentence break', () => {
  const rulesOf = (sentences: string[]) =>
    quotesOf(sentences).map((quote) => [quote.speaker?.id ?? null, quote.rule, quote.cut]);

  it('reads “A. | B,” Xi Jinping said as one quote with the speaker named after it', () => {
    expect(rulesOf(['“We will deepen our ties.', 'Nothing will stop us,” Xi Jinping said.'])).toEqual([
      ['xi-jinping', 'speaker-after', null],
    ]);
  });

  it('reads Xi said: “A. | B.” as one quote with the speaker named before it', () => {
    expect(rulesOf(['Xi said: “We will deepen our ties.', 'Nothing will stop us.”'])).toEqual([
      ['xi-jinping', 'label', null],
    ]);
  });

  it('gives the half after a sentence the collection cut the speaker of the half before', () => {
    const sentences = ['Xi said: “We will deepen our ties.', 'nothing will stop us.”'];
    expect(
      extractQuotes(
        sentences.map((text, index) => ({ id: `a-s${index + 1}`, text, cut: index === 1 })),
        '',
        people,
      ).map((quote) => [quote.speaker?.id ?? null, quote.rule, quote.cut]),
    ).toEqual([
      ['xi-jinping', 'label', 'unclosed'],
      ['xi-jinping', 'continues-previous-quote', 'unopened'],
    ]);
  });

  it('does not carry a speaker into a quote that opens in its own sentence', () => {
    expect(
      rulesOf(['Xi said: “We will deepen our ties.', 'Officials added, “nothing will stop us.”']),
    ).toEqual([
      ['xi-jinping', 'label', 'unclosed'],
      ['officials', 'speaker-before', null],
    ]);
  });
});

describe('naming speakers the registry does not know', () => {
  const speakersOf = (sentences: string[]) => quotesOf(sentences).map((quote) => quote.speaker?.name ?? null);

  it('gives a surname the full name the article introduced', () => {
    expect(
      speakersOf(['Senator Maria Lopez spoke in Denver on Friday.', '“We will not back down,” Lopez said.']),
    ).toEqual(['Maria Lopez']);
  });

  it('keeps a surname two people of the article share as the surname', () => {
    expect(speakersOf(['Ann Lopez and Ben Lopez own the paper.', '“We will win,” Lopez said.'])).toEqual([
      'Lopez',
    ]);
  });

  it('reads a name after titles, a state and a middle initial', () => {
    expect(speakersOf(['“Carolina is going to win that one,” Gov. Kasich replied.'])).toEqual(['Kasich']);
    expect(speakersOf(['On Twitter, former Ohio Gov. Jack Doyle called the plan “unhinged.”'])).toEqual([
      'Jack Doyle',
    ]);
    expect(
      speakersOf(['FBI Director James B. Comey said he was “very close” to the investigation.']),
    ).toEqual(['James B. Comey']);
    expect(
      speakersOf([
        'Former Secretary of State Ann Whitfield urged voters to turn out, saying, “Every vote counts.”',
      ]),
    ).toEqual(['Ann Whitfield']);
  });

  it('reads the subject after an earlier quoted title in the sentence', () => {
    expect(speakersOf(['On “Meet the Press,” Sen. Tim Kaine said the plan was “a disaster.”'])).toEqual([
      null,
      'Tim Kaine',
    ]);
  });

  it('takes a name that ends an "according to" phrase', () => {
    expect(
      speakersOf(['According to Trump, he is now “the worst thing that ever happened to them.”']),
    ).toEqual(['Trump']);
  });

  it('does not take a place, a possessor or a word capitalised only at the start of a sentence', () => {
    expect(speakersOf(['A man in Springfield told him he worries the mayor is “too nice.”'])).toEqual([null]);
    expect(
      speakersOf(['The log shows that Farook’s name was heard before aides called it a “workplace” issue.']),
    ).toEqual([null]);
    expect(speakersOf(['Travellers said the plan was “on track.”'])).toEqual([null]);
    expect(speakersOf(['Most of Americans say they want goods “Made in the U.S.A.”'])).toEqual([null]);
  });

  it('reads a title with its full stop after the verb ("said Rep. Dina Titus")', () => {
    expect(speakersOf(['“Everybody is looking at Nevada,” said Democratic Rep. Dina Titus.'])).toEqual([
      'Dina Titus',
    ]);
  });

  it('gives a later verb with its own subject its own quote', () => {
    expect(
      speakersOf([
        'Jack Doyle said he would win “in a landslide,” and Ann Marsh vowed to “fight for every vote.”',
      ]),
    ).toEqual(['Jack Doyle', 'Ann Marsh']);
  });

  it('does not take a hyphenated adjective for a name', () => {
    expect(
      speakersOf([
        'In the poll, most Republicans and Republican-leaning voters said they were “enthusiastic.”',
      ]),
    ).toEqual([null]);
  });

  it('resolves "he" to the one person the sentence names before it', () => {
    expect(speakersOf(['Ronald Reagan was known for what he called the “Evil Empire.”'])).toEqual([
      'Ronald Reagan',
    ]);
  });

  it('reads a name before an "of" phrase as the speaker', () => {
    expect(
      speakersOf(['“There is a passion for him,” said Robert Antonacci of the New York delegation.']),
    ).toEqual(['Robert Antonacci']);
  });

  it('gives a participle after a comma the subject that opens its clause', () => {
    expect(
      speakersOf([
        'Ann Marsh met voters.',
        'Marsh has denounced the attacks, saying her campaign does not want “that.”',
      ]),
    ).toEqual(['Ann Marsh']);
  });

  it('reads past a quote inside an appositive between the speaker and the verb', () => {
    expect(
      speakersOf([
        '“We have had better conventions,” delegate Bill Eastland, wearing “Ted Cruz” pins, said as confetti fell.',
      ]),
    ).toEqual(['Bill Eastland', null]);
  });

  it('drops a party and state tag after a name', () => {
    expect(
      speakersOf(['“It is gaming the system,” said Senate Minority Leader Harry M. Reid (D-Nev.).']),
    ).toEqual(['Harry M. Reid']);
  });

  it('takes "said X" right after a quote in the middle of a sentence', () => {
    expect(
      speakersOf(['This is a “raw time,” said strategist David Axelrod, a longtime ally of the mayor.']),
    ).toEqual(['David Axelrod']);
  });

  it('does not take the subject of a passive "was asked" for the speaker', () => {
    expect(
      speakersOf([
        'Tom Reyes spoke first.',
        'Reyes was asked, “What is the most dangerous place you have been?”',
      ]),
    ).toEqual([null]);
  });

  it('does not take a state for a name', () => {
    expect(speakersOf(['Speaking in Salem, New Hampshire, the senator called him “a total stiff.”'])).toEqual(
      [null],
    );
  });

  it('gives a partial quote without a verb of saying to the person who is the clause subject', () => {
    expect(
      speakersOf([
        'Tom Reyes spoke first.',
        'Reyes denounced the “profane and sexist” attacks on his rival.',
      ]),
    ).toEqual(['Tom Reyes']);
    expect(
      quotesOf(['Tom Reyes spoke first.', 'Reyes has coined a phrase, “undocumented voters.”'])[0]?.rule,
    ).toBe('clause-subject');
  });

  it('leaves the clause subject out for titles, pairs, passives and sentences with a verb of saying', () => {
    const names = ['Tom Reyes spoke first.', 'Ann Marsh spoke next.'];
    expect(speakersOf([...names, 'Reyes starred in “Gifted Hands” last year.']).at(-1)).toBeNull();
    expect(speakersOf([...names, 'Reyes and Marsh reaffirmed their “shared commitment.”']).at(-1)).toBeNull();
    expect(speakersOf([...names, 'Reyes was placed on the list for his “impact.”']).at(-1)).toBeNull();
    expect(
      speakersOf([...names, 'Reyes made a “mistake” in the check, which Marsh has said was costly.']).at(-1),
    ).toBeNull();
  });

  it('gives a quote in the middle of a sentence the speaker that ends it', () => {
    const names = ['Tom Reyes spoke first.', 'Ann Marsh spoke next.'];
    expect(speakersOf([...names, 'Reyes made a “mistake” in the check, Marsh has said.'])).toEqual([
      'Ann Marsh',
    ]);
    expect(
      speakersOf([
        ...names,
        'The plan’s “excesses” are sickening, Marsh said Tuesday in Paris, noting that Reyes “makes you want to retch.”',
      ]),
    ).toEqual(['Ann Marsh', 'Ann Marsh']);
    // Another verb of saying before the speaker: whose words they are is not sure.
    expect(
      speakersOf([...names, 'The “mistake” was one Reyes called costly in the check, Marsh said.']),
    ).toEqual([null]);
  });

  it('reads the name after a verb of saying up to the phrase that follows it', () => {
    expect(speakersOf(['“It is bad,” said Amy Smith in a statement.'])).toEqual(['Amy Smith']);
    expect(
      speakersOf([
        '“It would be a long shot,” said Stephen Vladeck of the University of Texas School of Law.',
      ]),
    ).toEqual(['Stephen Vladeck']);
    expect(speakersOf(['“It is bad,” said a spokesman for Donald Trump in a statement.'])).toEqual([null]);
  });

  it('reads the name that opens a clause past an aside that closes before the verb', () => {
    expect(
      speakersOf([
        'Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will “leave here with momentum.”',
      ]),
    ).toEqual(['Dean Johnson']);
    expect(speakersOf(['Jason Sims — a teacher from Mount Pleasant — says it was “a big deal.”'])).toEqual([
      'Jason Sims',
    ]);
    expect(
      speakersOf(['Rep. Elijah Cummings (D-Md.), chair of the committee, said it was “fully committed.”']),
    ).toEqual(['Elijah Cummings']);
  });

  it('does not read a plural noun as a verb of saying', () => {
    expect(
      speakersOf([
        'Ted Cruz spoke.',
        'Cruz said during a town hall in Buffalo that states can pass such laws because “men should not go.”',
      ]),
    ).toEqual(['Ted Cruz']);
  });

  it('gives a while-clause that a quote opens, or that opens the reported words, the sentence’s speaker', () => {
    expect(
      speakersOf([
        'Michael Green said places such as Iowa “have more resonance,” while “Nevada is a newcomer.”',
      ]),
    ).toEqual(['Michael Green', 'Michael Green']);
    expect(
      speakersOf([
        'James Comey spoke.',
        'Comey said that while her aides had been “extremely careless,” no charges were due.',
      ]),
    ).toEqual(['James Comey']);
    // A while-clause with a subject of its own may be anyone's words.
    expect(
      speakersOf(['Ann Marsh said she will protect rights while her opponent wants to “take us backward.”']),
    ).toEqual([null]);
  });

  it('gives a participle after a comma the name that opens its clause, never the object before it', () => {
    expect(
      speakersOf([
        'Jeb Bush spoke.',
        'Bush, Florida’s former governor, also attacked billionaire Donald Trump, calling him a “loser.”',
      ]),
    ).toEqual(['Jeb Bush']);
    expect(speakersOf(['In the debate, voters heard about Donald Trump, calling him a “loser.”'])).toEqual([
      null,
    ]);
  });

  it('does not take an institution noun alone for a name', () => {
    expect(
      speakersOf([
        'Ann Marsh, who was speaking to the US Conference of Mayors, did not name him but told leaders that “we must act.”',
      ]),
    ).toEqual(['Ann Marsh']);
    expect(speakersOf(['The Conference, meeting in Denver, said “we must act.”'])).toEqual([null]);
  });

  it('reads a first initial before a first name and a surname, and a middle initial without its stop', () => {
    expect(speakersOf(['“The winds are changing,” J. Gerald Hebert, a lawyer, said.'])).toEqual([
      'J. Gerald Hebert',
    ]);
    expect(speakersOf(['“We will win,” said George W Bush.'])).toEqual(['George W Bush']);
  });

  it('takes a surname after a straight closing mark for a name, as after a curly one', () => {
    expect(speakersOf(['"This epidemic must stop," Cacheris said.'])).toEqual(['Cacheris']);
    expect(speakersOf(['“This epidemic must stop,” Cacheris said.'])).toEqual(['Cacheris']);
  });

  it('gives a quote signed with a dash and a name that name, and only that quote', () => {
    expect(
      quotesOf([
        '“I will look into it. I will certainly look into it.” - Hillary Clinton. The senator disagrees.',
      ]).map((quote) => [quote.speaker?.name ?? null, quote.rule]),
    ).toEqual([['Hillary Clinton', 'signature']]);
    // A list of readers' words, each signed after it: the name belongs to the quote before.
    expect(
      speakersOf([
        '“He scares me.” ― Maria Reyes “He does not know us.” ― Tom Roe',
        '"Great speech." -President Barack Obama, tweeting after the speech.',
        '“He lies.” ― Anna B. Cole “Next.” ― Tom Roe',
      ]),
    ).toEqual(['Maria Reyes', 'Tom Roe', 'Barack Obama', 'Anna B. Cole', 'Tom Roe']);
    // A dash that opens an aside names nobody.
    expect(speakersOf(['“It is over” — a phrase used twice — was the headline.'])).toEqual([null]);
  });

  it('names an organisation that speaks, never as a he or she', () => {
    expect(
      speakersOf([
        'The US Conference of Mayors, meeting in Denver, said “we must act.”',
        '“The rules are clear,” the State Department said.',
        'The Washington Post reported that the deal was “dead.”',
        'According to the FBI, the server was “vulnerable.”',
        '“It is over,” the Post reported.',
      ]),
    ).toEqual(['US Conference of Mayors', 'State Department', 'Washington Post', 'FBI', 'Post']);
    // An organisation's document speaks for it.
    expect(
      speakersOf([
        '“The impact remains unclear,” the IMF report stated.',
        'A State Department memo said it was “dead.”',
      ]),
    ).toEqual(['IMF', 'State Department']);
    // "he" is the person who spoke before, not the organisation that spoke last.
    expect(
      speakersOf(['“Yes,” Tom Reyes said.', '“No,” the State Department said.', '“Maybe,” he said.']),
    ).toEqual(['Tom Reyes', 'State Department', 'Tom Reyes']);
    // A state's or a party's word for a person is no organisation: "a State Department official".
    expect(speakersOf(['“No,” a State Department official said.'])).toEqual([null]);
  });

  it('names a group that speaks by its noun, never as a he or she', () => {
    expect(
      speakersOf([
        'Protesters marching through the streets chanted “What curfew?” and kept going.',
        '“We have adequate resources,” police said.',
        'Some local residents say it is “a mess.”',
      ]),
    ).toEqual(['protesters', 'police', 'local residents']);
    // Not when a capitalised word modifies it: the group's name would be a place or a people.
    expect(speakersOf(['Chinese officials said it was “a success.”'])).toEqual([null]);
    expect(speakersOf(['“Yes,” Tom Reyes said.', '“No,” police said.', '“Maybe,” he said.'])).toEqual([
      'Tom Reyes',
      'police',
      'Tom Reyes',
    ]);
  });

  it('names a state that speaks through its government, by its name or its capital', () => {
    expect(
      speakersOf([
        'Russia insisted that Pyongyang “stop its dangerous escapades.”',
        'Even China, Pyongyang’s only ally, said it was “resolutely opposed” to the test.',
        '“We will respond,” the United States warned.',
        'Beijing has said it is “neutral.”',
      ]),
    ).toEqual(['Russia', 'China', 'United States', 'Beijing']);
    // A place after a preposition, a possessor or a joint subject is not the speaker.
    expect(
      speakersOf([
        'In Russia, officials called it “a success.”',
        'Russia’s envoy called it “a success.”',
        'Moscow and Beijing called the talks “friendly.”',
      ]),
    ).toEqual([null, null, null]);
    // A capital that is the surname of someone the article names is that person.
    expect(speakersOf(['Anna Victoria spoke first.', 'Victoria said it was “over.”'])).toEqual([
      'Anna Victoria',
    ]);
  });

  it('reads titles of office before a name', () => {
    expect(
      speakersOf(['“I don’t know what it will take,” said Senate Minority Whip Dick Durbin (D-Ill.)']),
    ).toEqual(['Dick Durbin']);
    expect(speakersOf(['“It is good,” said Former Clinton Senior Adviser Sidney Blumenthal.'])).toEqual([
      'Sidney Blumenthal',
    ]);
  });

  it('gives the second part of an interrupted quote the speaker of the first', () => {
    expect(
      speakersOf(['“The risk,” said Edward Leamer, an economist at UCLA, “is that jobs will go.”']),
    ).toEqual(['Edward Leamer', 'Edward Leamer']);
    expect(
      speakersOf([
        'Ted Cruz spoke.',
        '“Thank you, son,” Cruz replied, before adding that he thinks “children should speak with respect.”',
      ]),
    ).toEqual(['Ted Cruz', 'Ted Cruz']);
    // Another speaker between the two quotes: the second is not the first one's.
    expect(speakersOf(['“A good plan,” said Ann Marsh, while Tom Reyes called it “a disaster.”'])).toEqual([
      'Ann Marsh',
      'Tom Reyes',
    ]);
  });

  it('reads a sentence that opens with the verb ("Said Comey,") or ends with it (", said X, a pollster.")', () => {
    expect(speakersOf(['James Comey spoke.', 'Said Comey, “The thought is painful to us.”'])).toEqual([
      'James Comey',
    ]);
    expect(
      speakersOf(['That would mean a “summer of agony” for her, said Brad Bannon, a Democratic pollster.']),
    ).toEqual(['Brad Bannon']);
  });

  it('gives a second verb the subject of its clause, past adverbs and a short time after an aside', () => {
    expect(
      speakersOf([
        'Mitch McConnell spoke.',
        'McConnell embraced the mogul after he won and said this week that Trump will be “very competitive.”',
      ]),
    ).toEqual(['Mitch McConnell']);
    expect(
      speakersOf([
        'Ann Marsh spoke.',
        'Marsh joked about it, but went on to say, “There are places we lose.”',
      ]),
    ).toEqual(['Ann Marsh']);
    expect(
      speakersOf([
        'Ann Marsh, who has been feuding with party leaders, on Friday described a “big tent” party.',
      ]),
    ).toEqual(['Ann Marsh']);
    expect(
      speakersOf(['“Fine,” said Kerry Washington.', 'Marty West, a professor, called it “big.”']),
    ).toEqual(['Kerry Washington', 'Marty West']);
  });

  it('reads whom a speaker told, an appositive without an article, initials and a name after a comma', () => {
    expect(
      speakersOf(['The program “is gaining traction,” Deputy Secretary Alejandro Mayorkas told reporters.']),
    ).toEqual(['Alejandro Mayorkas']);
    expect(
      speakersOf([
        'Voters with a “lightning rod” get nervous, said Christine Link, executive director of the ACLU in Ohio.',
      ]),
    ).toEqual(['Christine Link']);
    expect(speakersOf(['“Not without him,” says J.J. MacNab, an expert on militias.'])).toEqual([
      'J.J. MacNab',
    ]);
    expect(speakersOf(['“She is a mother,” another friend, Mariam Emara told CNN.'])).toEqual([
      'Mariam Emara',
    ]);
  });

  it('reads the main clause after a leading subordinate clause, and never takes the first verb’s object', () => {
    expect(
      speakersOf([
        'Tom Reyes spoke.',
        'When Ann Marsh suggested that the city would sue, Reyes fired back: “They will lose.”',
      ]),
    ).toEqual(['Tom Reyes']);
    expect(
      speakersOf([
        'There were sharper moments, such as when Tom Reyes knocked Ann Marsh and called her a “moderate.”',
      ]),
    ).toEqual([null]);
    // The comma right before the quote belongs to the main clause.
    expect(
      speakersOf(['“We will win,” Tom Reyes said.', 'When he returned he began by saying, “I am back.”']),
    ).toEqual(['Tom Reyes', 'Tom Reyes']);
  });

  it('gives a whole quoted sentence the speaker the sentence before reports', () => {
    expect(
      speakersOf(['Rob Woolson spoke.', 'Woolson said the county is divided.', '“That’s a tough area.”']),
    ).toEqual(['Rob Woolson']);
    expect(speakersOf(['Travellers said the county is divided.', '“That’s a tough area.”'])).toEqual([null]);
    // A he or she that reports is resolved as for "he said".
    expect(
      speakersOf([
        '“We have problems,” Tom Reyes said.',
        'He said the county is divided.',
        '“That is a tough area.”',
      ]),
    ).toEqual(['Tom Reyes', 'Tom Reyes']);
    expect(speakersOf(['Travellers followed the #NeverTrump tag, saying it was “a good cause.”'])).toEqual([
      null,
    ]);
  });

  it('gives a participle right after a quote the subject of the clause before it', () => {
    expect(
      speakersOf([
        'Ann Marsh spoke.',
        'Marsh told the paper that Reyes “had a crazy policy,” adding, “He lost every vote.”',
      ]),
    ).toEqual(['Ann Marsh', 'Ann Marsh']);
    expect(
      speakersOf(['Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud.”']),
    ).toEqual(['Dorothy Poynter']);
  });

  it('reads a middle initial inside "according to", and the subject of "with X telling"', () => {
    expect(speakersOf(['According to former secretary William J. Bennett, the speech is “a test.”'])).toEqual(
      ['William J. Bennett'],
    );
    expect(
      speakersOf(['It sparked a debate, with Senator John McCain telling reporters he saw “a failure.”']),
    ).toEqual(['John McCain']);
  });

  it('does not read a participle as an inverted verb of saying', () => {
    expect(speakersOf(['“We will win,” adding that it is why Donald Trump attacks them.'])).toEqual([null]);
  });

  it('reads a name after its possessor, auxiliaries and adverbs, and a title that is a surname', () => {
    expect(speakersOf(['“Focus on growth,” American Action Forum’s Douglas Holtz-Eakin said.'])).toEqual([
      'Douglas Holtz-Eakin',
    ]);
    expect(speakersOf(['“I would hope so,” Sonia Sotomayor has often said.'])).toEqual(['Sonia Sotomayor']);
    expect(speakersOf(['“Our method succeeds,” Matt Braynard is quoted as saying.'])).toEqual([
      'Matt Braynard',
    ]);
    expect(speakersOf(['“It is insufficient,” Amy Pope, a deputy adviser, said.'])).toEqual(['Amy Pope']);
    expect(speakersOf(['“We will win,” Trump supporters said.'])).toEqual([null]);
  });

  it('resolves a pronoun that is the clause subject of a partial quote', () => {
    const quotes = quotesOf([
      '“We will win,” Tom Reyes said.',
      'He has coined a new phrase, “undocumented voters,” for them.',
    ]);
    expect(quotes.map((quote) => [quote.speaker?.name ?? null, quote.rule])).toEqual([
      ['Tom Reyes', 'speaker-after'],
      ['Tom Reyes', 'clause-subject-pronoun-recent-speaker'],
    ]);
  });

  it('reads "said X" after a short phrase that follows the quote', () => {
    expect(
      speakersOf(['“We are extremely happy” about the decision, said RoseAnn DeMoro, the union’s director.']),
    ).toEqual(['RoseAnn DeMoro']);
  });
});
