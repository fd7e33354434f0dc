/**
 * A deterministic synthetic corpus for tests and benchmarks: source files in the seed's
 * format (teaser line, body line) from many registry outlets, with the things real
 * collections hold: quotes with named speakers, links to the outlet's own site and to
 * others, agency datelines and self-mentions, fragments that start at a link, cut teasers.
 * The same options give the same bytes.
 */
import type { Outlet, Person } from '../../src/lib/schema/index.ts';

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Articles per source file. */
  perFile?: number;
  /** The share of body sentences that are a quote (0.25, about two an article, by default). */
  quoteShare?: number;
}

export interface CorpusFile {
  name: string;
  text: string;
}

/** The generated sources, and the outlet each article was written as (for checks). */
export interface Corpus {
  files: CorpusFile[];
  outlets: string[];
}

/** mulberry32: a small seeded generator; the corpus must not depend on Math.random. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Chinese leader Xi Jinping',
  'Russian President Vladimir Putin',
  'The two leaders',
  'Officials in Beijing',
  'The Kremlin',
  'Western diplomats',
];
const ACTIONS = [
  'discussed the Power of Siberia 2 gas pipeline and payments in yuan',
  'signed a joint statement on deepening their partnership in a new era',
  'said China’s 12-point position paper could be a basis for peace talks',
  'gave no public promise of weapons or lethal aid for Russia',
  'met for informal talks and a state dinner in the Kremlin',
  'criticised what they called the hegemony of the United States',
  'avoided any mention of the ICC arrest warrant issued days earlier',
  'praised record bilateral trade of about $190 billion',
  'did not address fighting on the front line near Bakhmut',
  'were asked about Taiwan and the Japanese prime minister’s visit to Kyiv',
];
const CONTEXTS = [
  'on Tuesday',
  'during the three-day visit',
  'in Moscow',
  'according to a readout',
  'as the war in Ukraine entered its second year',
  'before Xi left for Beijing',
];
const QUOTES = [
  'we are driving these changes together',
  'the partnership is not directed against any third country',
  'many provisions of the plan can be taken as a basis for a settlement',
  'dialogue is the only way out of the crisis',
  'the visit gives diplomatic cover to Russia',
  'no limits does not mean no borders',
];
const VERBS = ['said', 'told reporters', 'added', 'wrote', 'warned'];

/** Generates `articles` articles across registry outlets, `perFile` to a source file. */
export function generateCorpus(
  options: CorpusOptions,
  registry: readonly Outlet[],
  people: readonly Person[],
): Corpus {
  const random = createRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const speakers = people.filter((person) => person.category !== 'document' && person.category !== 'joint');
  const perFile = options.perFile ?? 500;
  const quoteShare = options.quoteShare ?? 0.25;
  const files: CorpusFile[] = [];
  const outlets: string[] = [];
  let lines: string[] = [];

  for (let index = 0; index < options.articles; index++) {
    const outlet = registry[Math.floor(random() * registry.length)]!;
    outlets.push(outlet.id);
    const domain = outlet.domains[0]!;
    const sentences: string[] = [];
    const count = 4 + Math.floor(random() * 9);
    for (let sentence = 0; sentence < count; sentence++) {
      const kind = random();
      if (kind < quoteShare) {
        const speaker = pick(speakers);
        sentences.push(`“${capitalise(pick(QUOTES))},” ${speaker.name} ${pick(VERBS)} ${pick(CONTEXTS)}.`);
      } else if (kind < quoteShare + 0.1) {
        // A fragment as the collection leaves it: the text before a link was dropped.
        sentences.push(
          `[${pick(['no firm commitments', 'a fresh warning', 'record trade'])}](https://www.${domain}/2023/03/${21 + (index % 3)}/story-${index}-${sentence}) ${pick(ACTIONS)}.`,
        );
      } else if (kind < quoteShare + 0.2) {
        const other = registry[Math.floor(random() * registry.length)]!;
        sentences.push(
          `${pick(SUBJECTS)} ${pick(ACTIONS)}, [${other.name} reported](https://${other.domains[0]}/news/${index}-${sentence}).`,
        );
      } else {
        sentences.push(`${pick(SUBJECTS)} ${pick(ACTIONS)} ${pick(CONTEXTS)}.`);
      }
    }
    // Fingerprints real copy carries: a dateline opens agency copy, an own-site link marks
    // the rest, with a self-mention beside it where the outlet has one (alone, a
    // self-mention is how other outlets quote it too, and does not decide).
    const dateline = outlet.fingerprints.datelines[0];
    const selfMention = outlet.fingerprints.selfMentions[0];
    if (dateline) sentences[0] = `MOSCOW ${dateline} ${sentences[0]!}`;
    else {
      if (selfMention) {
        sentences.push(
          /^\p{Ll}/u.test(selfMention)
            ? `A Chinese diplomat ${selfMention} the talks went well.`
            : `${selfMention} that the talks went well.`,
        );
      }
      sentences.push(`Read [our earlier report](https://www.${domain}/world/${index}) on the talks.`);
    }
    const teaser = `${pick(SUBJECTS)} ${pick(ACTIONS)}`;
    lines.push(random() < 0.3 ? `${teaser.slice(0, 60)} ...` : `${teaser}.`, sentences.join(' '));
    if ((index + 1) % perFile === 0 || index === options.articles - 1) {
      files.push({
        name: `corpus-${String(files.length + 1).padStart(4, '0')}.txt`,
        text: `${lines.join('\n')}\n`,
      });
      lines = [];
    }
  }
  return { files, outlets };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
