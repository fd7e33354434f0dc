import { describe, expect, it } from 'vitest';
import {
  buildArticles,
  ingest,
  MIN_ARTICLES_TO_SHARE,
  readArticleContext,
  type ArticleBuilder,
  type CachedSource,
} from '../../../src/lib/ingest/index.ts';
import { articleSchema } from '../../../src/lib/schema/index.ts';
import {
  encode,
  inputWith,
  problemsOfAsync,
  readProjectFile,
  SEED_FILE,
  SEED_INFERRED_OUTLETS,
  SEED_OUTLETS,
  SEED_SIDECAR,
  THEME_MODEL,
  THEMES,
  seedInput,
} from '../../helpers.ts';

const SOURCE = 'content/sources/s.txt';
const SIDECAR = 'content/sources/s.meta.yaml';
const TWO_ARTICLES = 'Teaser one\nBody one. It goes on.\n\nTeaser two\nBody two is here.\n';

describe('ingest of the seed', () => {
  it('makes seven records with the right outlets from the sidecar', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    expect(articles.map((article) => article.outlet?.name)).toEqual(SEED_OUTLETS);
    expect(articles.every((article) => article.attribution.method === 'metadata')).toBe(true);
    expect(articles[0]).toMatchObject({
      id: 'xi-putin-moscow-2023-1',
      href: '/articles/xi-putin-moscow-2023-1/',
      headline: 'No path to peace: Five key takeaways from Xi and Putin’s talks in Moscow',
      published: '2023-03-22',
      byline: 'Simone McCarthy',
      url: null,
      source: { file: SEED_FILE, line: 1 },
    });
  });

  it('makes the same outlets without the sidecar, by inference, but for CBS News, left unattributed with it as the candidate', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: false }));
    expect(articles.map((article) => article.outlet?.name ?? null)).toEqual(SEED_INFERRED_OUTLETS);
    for (const [index, article] of articles.entries()) {
      expect(article.attribution.method).toBe(index === 3 ? 'unattributed' : 'inferred');
      expect(article.attribution.evidence.length).toBeGreaterThan(0);
      expect(article.headline).toBeNull();
    }
    expect(articles[3]?.attribution.evidence[0]).toMatch(
      /^too little evidence to decide \(CBS News: self-mention ‘told CBS News’/,
    );
  });

  it('says in the record when the text agrees with the sidecar', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    expect(articles[0]?.attribution.evidence).toEqual([
      `sidecar ${SEED_SIDECAR}:5 names the outlet “CNN”`,
      'text fingerprints agree: 1 link to cnn.com',
    ]);
  });

  it('says in the record when the text alone would not have decided', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    expect(articles[3]?.attribution.evidence).toEqual([
      `sidecar ${SEED_SIDECAR}:24 names the outlet “CBS News”`,
      'text fingerprints alone would not decide (too little evidence to decide (CBS News: self-mention ‘told CBS News’ (also how others quote CBS News: weak evidence, not enough alone)))',
    ]);
  });

  it('loses nothing: every teaser and body line is in exactly one record, verbatim', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const lines = readProjectFile(SEED_FILE)
      .split('\n')
      .filter((line) => line.trim() !== '');
    const kept = articles.flatMap((article) => [article.teaser, article.markdown]);
    expect(kept).toEqual(lines);
    for (const article of articles) {
      // The sentences hold the whole body: only the spaces between them are dropped.
      expect(
        article.sentences
          .map((sentence) => sentence.markdown)
          .join(' ')
          .replace(/\s+/g, ' '),
      ).toBe(article.markdown.trim().replace(/\s+/g, ' '));
    }
  });

  it('gives every sentence a unique id and flags the fragments the collection made', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const ids = articles.flatMap((article) => article.sentences.map((sentence) => sentence.id));
    expect(new Set(ids).size).toBe(ids.length);
    const cnn = articles[0]!;
    const cut = cnn.sentences.find((sentence) => sentence.markdown.startsWith('[“political solution”]'));
    expect(cut).toMatchObject({ fragment: true, fragmentReasons: ['starts-with-link', 'starts-lowercase'] });
    const npr = articles[4]!;
    expect(npr.sentences.find((sentence) => sentence.text.startsWith('dollar, to settle'))?.fragment).toBe(
      true,
    );
  });

  it('records links with their domains, resolving Al Jazeera’s site-relative links', async () => {
    const { articles } = await ingest(seedInput({ withSidecar: true }));
    const aj = articles[2]!;
    expect(aj.links[0]).toMatchObject({
      href: '/news/2023/3/21/chinas-xi-says-ties-with-russia-entering-new-era?traffic_source=KeepReading',
      relative: true,
      domain: 'aljazeera.com',
      resolved:
        'https://www.aljazeera.com/news/2023/3/21/chinas-xi-says-ties-with-russia-entering-new-era?traffic_source=KeepReading',
    });
    const guardian = articles[1]!;
    expect(guardian.links.map((link) => link.domain)).toContain('bbc.com');
  });

  it('produces records that satisfy the schema and the same output for the same input', async () => {
    const first = await ingest(seedInput({ withSidecar: true }));
    const second = await ingest(seedInput({ withSidecar: true }));
    for (const article of first.articles) expect(articleSchema.safeParse(article).success).toBe(true);
    expect(JSON.stringify(second.articles)).toBe(JSON.stringify(first.articles));
  });

  it('keeps ids when another source is added', async () => {
    const alone = await ingest(seedInput({ withSidecar: false }));
    const withOther = await ingest(
      inputWith({ 'content/sources/aaa-first.txt': TWO_ARTICLES, [SEED_FILE]: readProjectFile(SEED_FILE) }),
    );
    const seedIds = withOther.articles
      .filter((article) => article.source.file === SEED_FILE)
      .map((article) => article.id);
    expect(seedIds).toEqual(alone.articles.map((article) => article.id));
  });
});

describe('ingest of sidecars', () => {
  it('accepts an outlet without a registry entry, with a warning at its outlet line', async () => {
    const { articles, warnings } = await ingest(
      inputWith(
        { [SOURCE]: TWO_ARTICLES },
        { [SIDECAR]: 'articles:\n  - article: 2\n    outlet: Daily Bugle\n' },
      ),
    );
    expect(articles[1]?.outlet).toEqual({ id: 'daily-bugle', name: 'Daily Bugle', registered: false });
    expect(articles[0]?.outlet).toBeNull();
    expect(warnings).toEqual([
      expect.objectContaining({
        file: SIDECAR,
        line: 3,
        message: expect.stringMatching(/no registry entry/),
      }),
    ]);
  });

  it('warns when the sidecar and the text’s fingerprints disagree, and keeps the sidecar', async () => {
    const { articles, warnings } = await ingest(
      inputWith(
        {
          [SOURCE]:
            'Teaser\n[Talks](https://www.cbsnews.com/news/talks) resumed. A source told CBS News about it.\n',
        },
        { [SIDECAR]: 'articles:\n  - article: 1\n    outlet: NPR\n' },
      ),
    );
    expect(articles[0]?.outlet?.id).toBe('npr');
    expect(warnings[0]?.message).toMatch(
      /the sidecar says NPR, but the text's fingerprints point to CBS News/,
    );
  });

  it('refuses invalid YAML at its line', async () => {
    const problems = await problemsOfAsync(
      ingest(
        inputWith({ [SOURCE]: TWO_ARTICLES }, { [SIDECAR]: 'articles:\n  - article: 1\n    outlet: "CNN\n' }),
      ),
    );
    expect(problems[0]).toMatchObject({ file: SIDECAR });
    expect(problems[0]?.message).toMatch(/invalid YAML/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses unknown keys at their line', async () => {
    const problems = await problemsOfAsync(
      ingest(
        inputWith(
          { [SOURCE]: TWO_ARTICLES },
          { [SIDECAR]: 'articles:\n  - article: 1\n    autor: Jane Doe\n' },
        ),
      ),
    );
    expect(problems[0]).toMatchObject({ file: SIDECAR, line: 3 });
    expect(problems[0]?.message).toMatch(/autor/);
  });

  it('refuses an impossible date at its line, saying the expected format', async () => {
    const problems = await problemsOfAsync(
      ingest(
        inputWith(
          { [SOURCE]: TWO_ARTICLES },
          { [SIDECAR]: 'articles:\n  - article: 1\n    published: 2023-02-30\n' },
        ),
      ),
    );
    expect(problems[0]).toMatchObject({ file: SIDECAR, line: 3 });
    expect(problems[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  it('refuses an entry for an article that does not exist', async () => {
    const problems = await problemsOfAsync(
      ingest(
        inputWith(
          { [SOURCE]: TWO_ARTICLES },
          { [SIDECAR]: 'articles:\n  - article: 1\n  - article: 3\n    outlet: CNN\n' },
        ),
      ),
    );
    expect(problems).toEqual([expect.objectContaining({ file: SIDECAR, line: 3 })]);
    expect(problems[0]?.message).toMatch(/article 3, but content\/sources\/s.txt has 2 articles/);
  });

  it('refuses an empty sidecar, saying so', async () => {
    const problems = await problemsOfAsync(
      ingest(inputWith({ [SOURCE]: TWO_ARTICLES }, { [SIDECAR]: '# nothing yet\n' })),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: SIDECAR, line: 1, message: 'the file is empty' }),
    ]);
  });

  it('refuses a sidecar that is not UTF-8 instead of garbling it', async () => {
    const input = inputWith({ [SOURCE]: TWO_ARTICLES });
    const latin1 = new Uint8Array([
      ...encode('articles:\n  - article: 1\n    byline: Simone McCarth'),
      0xe9,
      0x0a,
    ]);
    const problems = await problemsOfAsync(
      ingest({ ...input, sidecars: [{ file: SIDECAR, bytes: latin1 }] }),
    );
    expect(problems[0]).toMatchObject({
      file: SIDECAR,
      line: 3,
      message: expect.stringMatching(/not valid UTF-8/),
    });
  });

  it('refuses two entries for one article', async () => {
    const problems = await problemsOfAsync(
      ingest(
        inputWith({ [SOURCE]: TWO_ARTICLES }, { [SIDECAR]: 'articles:\n  - article: 1\n  - article: 1\n' }),
      ),
    );
    expect(problems[0]).toMatchObject({ file: SIDECAR, line: 3 });
  });
});

describe('ingest of several sources', () => {
  it('reports the problems of every source at once', async () => {
    const problems = await problemsOfAsync(
      ingest(inputWith({ 'content/sources/a.txt': '', 'content/sources/b.txt': 'Only a teaser' })),
    );
    expect(problems.map((problem) => `${problem.file}:${problem.line}`)).toEqual([
      'content/sources/a.txt:1',
      'content/sources/b.txt:1',
    ]);
  });

  it('refuses two sources whose names give the same ids', async () => {
    const problems = await problemsOfAsync(
      ingest(inputWith({ 'content/sources/a b.txt': TWO_ARTICLES, 'content/sources/a-b.txt': TWO_ARTICLES })),
    );
    expect(problems[0]?.message).toMatch(/same ids/);
  });

  it('refuses an invalid registry, naming it', async () => {
    const input = inputWith({ [SOURCE]: TWO_ARTICLES });
    const problems = await problemsOfAsync(
      ingest({ ...input, registry: { file: 'content/outlets.yaml', bytes: encode('- id: Bad Id\n') } }),
    );
    expect(problems[0]?.file).toBe('content/outlets.yaml');
  });
});

describe('ingest with an article builder', () => {
  const articles = (count: number) =>
    Array.from({ length: count }, (_, index) => `Teaser ${index + 1}\nXi met Putin, the Kremlin said.`).join(
      '\n',
    );

  it('hands the articles of a large source to the builder, in order, and keeps what it built', async () => {
    const input = inputWith({
      [SOURCE]: articles(MIN_ARTICLES_TO_SHARE),
      'content/sources/t.txt': TWO_ARTICLES,
    });
    const handed: number[][] = [];
    const context = await readArticleContext(input);
    const builder: ArticleBuilder = async (sourced) => {
      handed.push(sourced.map((article) => article.raw.position));
      return buildArticles(sourced, context);
    };
    const built = await ingest(input, { buildArticles: builder });
    expect(handed).toEqual([Array.from({ length: MIN_ARTICLES_TO_SHARE }, (_, index) => index + 1)]);
    expect(built).toEqual(await ingest(input));
  });

  it('builds a source of fewer articles itself', async () => {
    let called = false;
    await ingest(inputWith({ [SOURCE]: articles(MIN_ARTICLES_TO_SHARE - 1) }), {
      buildArticles: () => {
        called = true;
        return Promise.resolve({ articles: [], warnings: [] });
      },
    });
    expect(called).toBe(false);
  });
});

describe('ingest: the same article twice', () => {
  const ARTICLE = 'Xi leaves Moscow\nXi Jinping left Moscow on Wednesday, the Kremlin “said”.\n';
  const SAME = 'Xi leaves   Moscow\nXi Jinping left Moscow on Wednesday, the Kremlin "said".\n';

  it('keeps one record, with the other source listed in alsoIn and a warning naming both places', async () => {
    const result = await ingest(
      inputWith({
        'content/sources/a.txt': ARTICLE,
        'content/sources/b.txt': `Other\nAnother story.\n${SAME}`,
      }),
    );
    expect(result.articles.map((article) => article.id)).toEqual(['a-1', 'b-1']);
    expect(result.articles[0]!.alsoIn).toEqual([{ file: 'content/sources/b.txt', line: 3 }]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        file: 'content/sources/b.txt',
        line: 3,
        message: expect.stringMatching(/same as content\/sources\/a\.txt:1/),
      }),
    );
  });

  it('keeps the copy a sidecar describes, in the place of the first copy', async () => {
    const result = await ingest(
      inputWith(
        { 'content/sources/a.txt': ARTICLE, 'content/sources/b.txt': `Other\nAnother story.\n${SAME}` },
        { 'content/sources/b.meta.yaml': 'articles:\n  - article: 2\n    outlet: Reuters\n' },
      ),
    );
    expect(result.articles.map((article) => article.id)).toEqual(['b-2', 'b-1']);
    expect(result.articles[0]).toMatchObject({
      outlet: { name: 'Reuters' },
      attribution: { method: 'metadata' },
      alsoIn: [{ file: 'content/sources/a.txt', line: 1 }],
    });
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        file: 'content/sources/a.txt',
        line: 1,
        message: expect.stringMatching(/b\.txt:3/),
      }),
    );
  });

  it('also merges a repeat within one source', async () => {
    const result = await ingest(inputWith({ 'content/sources/a.txt': `${ARTICLE}${ARTICLE}` }));
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]!.alsoIn).toEqual([{ file: 'content/sources/a.txt', line: 3 }]);
  });
});

describe('ingest with a cache', () => {
  const memoryCache = () => {
    const store = new Map<string, string>();
    return {
      store,
      get: (key: string) => (store.has(key) ? (JSON.parse(store.get(key)!) as CachedSource) : undefined),
      set: (key: string, value: CachedSource) => void store.set(key, JSON.stringify(value)),
    };
  };
  const SOURCE = 'Xi in Moscow\nMOSCOW (Reuters) - Xi Jinping met Vladimir Putin, “a new era”, Xi said.\n';

  it('gives the same records from the cache as from the analysis, without analysing again', async () => {
    const cache = memoryCache();
    const first = await ingest(inputWith({ 'content/sources/a.txt': SOURCE }), { cache });
    expect(cache.store.size).toBe(1);
    const spy = { ...cache, set: () => expect.fail('an unchanged source was analysed again') };
    const second = await ingest(inputWith({ 'content/sources/a.txt': SOURCE }), { cache: spy });
    expect(second.articles).toEqual(first.articles);
    expect(second.warnings).toEqual(first.warnings);
  });

  it('analyses again when the source, its sidecar, a registry or the code version changes', async () => {
    const cache = memoryCache();
    await ingest(inputWith({ 'content/sources/a.txt': SOURCE }), { cache });
    await ingest(inputWith({ 'content/sources/a.txt': `${SOURCE}\nMore\nMore text.\n` }), { cache });
    await ingest(
      inputWith(
        { 'content/sources/a.txt': SOURCE },
        { 'content/sources/a.meta.yaml': 'articles:\n  - article: 1\n' },
      ),
      { cache },
    );
    const changedRegistry = inputWith({ 'content/sources/a.txt': SOURCE });
    changedRegistry.people = { ...changedRegistry.people, bytes: new TextEncoder().encode('[]\n') };
    await ingest(changedRegistry, { cache });
    await ingest(inputWith({ 'content/sources/a.txt': SOURCE }), { cache, cacheVersion: 'next' });
    expect(cache.store.size).toBe(5);
  });

  it('reports progress after each source', async () => {
    const seen: unknown[] = [];
    await ingest(inputWith({ 'content/sources/a.txt': SOURCE, 'content/sources/b.txt': 'B\nBody.\n' }), {
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen).toEqual([
      { sources: 1, of: 2, articles: 1 },
      { sources: 2, of: 2, articles: 2 },
    ]);
  });
});

describe('ingest: the theme model', () => {
  const SOURCE = {
    'content/sources/s.txt': 'Xi in Moscow\nThe pipelines across Mongolia were discussed at length.\n',
  };

  it('warns, and still finds themes, when the model was trained with other lexicons', async () => {
    const input = inputWith(SOURCE);
    const edited = {
      ...input,
      themes: { ...input.themes, bytes: encode(`${readProjectFile(THEMES)}# edited\n`) },
    };
    const result = await ingest(edited);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        file: THEME_MODEL,
        message: expect.stringMatching(/trained with another version/),
      }),
    );
    expect(result.articles[0]!.framing.themes.length).toBeGreaterThan(0);
  });

  it('refuses a broken model file at its line, and decides by the lexicon alone without one', async () => {
    const input = inputWith(SOURCE);
    const problems = await problemsOfAsync(
      ingest({ ...input, themeModel: { file: THEME_MODEL, bytes: encode('{"themes": {}}\n') } }),
    );
    expect(problems[0]).toMatchObject({ file: THEME_MODEL, line: 1 });
    const { themeModel: _model, ...withoutModel } = input;
    const tags = (await ingest(withoutModel)).articles[0]!.framing.themes;
    expect(tags.every((tag) => tag.matches.every((match) => match.learned === undefined))).toBe(true);
  });
});
