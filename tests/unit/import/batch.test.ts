import { describe, expect, it } from 'vitest';
import { parseBatch } from '../../../src/lib/import/index.ts';
import { problemsOf } from '../../helpers.ts';

describe('parseBatch', () => {
  it('reads a CSV export with aliased columns in any case, with evidence', () => {
    const csv =
      'Title,Body,Media_Name,publish_date,URL,Author\r\n' +
      '"Treaty passes, 212 to 140","Parliament approved the treaty.\r\n\r\nThe opposition voted against.",DW,2023-03-21T10:02:00Z,https://dw.example/a,Jana Petrova\r\n';
    expect(parseBatch('export.csv', csv)).toEqual([
      {
        frontMatter: {
          headline: 'Treaty passes, 212 to 140',
          outlet: 'DW',
          url: 'https://dw.example/a',
          published: '2023-03-21',
          byline: 'Jana Petrova',
          section: null,
          evidence: [
            'headline: batch column "title" = "Treaty passes, 212 to 140"',
            'outlet: batch column "media_name" = "DW"',
            'url: batch column "url" = "https://dw.example/a"',
            'published: batch column "publish_date" = "2023-03-21T10:02:00Z"',
            'byline: batch column "author" = "Jana Petrova"',
          ],
        },
        paragraphs: ['Parliament approved the treaty.', 'The opposition voted against.'],
      },
    ]);
  });

  it('splits text at single line breaks when it has no blank lines', () => {
    const [article] = parseBatch('a.jsonl', '{"headline": "H", "content": "One.\\nTwo.\\n  Three.  "}\n');
    expect(article!.paragraphs).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('reads JSON Lines, skipping blank lines, keeping the date as written', () => {
    const jsonl = [
      '{"title": "First", "text": "Body one.", "source": "AFP", "date": "2023-03-21T23:30:00-05:00"}',
      '',
      '{"Headline": "Second", "Body": "Body two.", "link": "http://x.example/2", "section": "World"}',
    ].join('\n');
    const articles = parseBatch('batch.jsonl', jsonl);
    expect(articles.map((article) => article.frontMatter.headline)).toEqual(['First', 'Second']);
    expect(articles[0]!.frontMatter).toMatchObject({ outlet: 'AFP', published: '2023-03-21' });
    expect(articles[1]!.frontMatter).toMatchObject({ url: 'http://x.example/2', section: 'World' });
  });

  it('reports every bad field of every row, at the line the CSV record starts on', () => {
    const csv = [
      'title,text,url,date',
      '',
      'Good,"A text that spans',
      '',
      'three lines.",https://ok.example/,2023-03-21',
      ',no title here,ftp://files.example/a,21/03/2023',
      'No text,,https://ok.example/2,2023-02-30',
      ',,,',
    ].join('\n');
    const problems = problemsOf(() => parseBatch('export.csv', csv));
    expect(problems.map(({ line, message }) => `${line}: ${message}`)).toEqual([
      '6: the row has no title',
      '6: url is not an http(s) address: "ftp://files.example/a"',
      '6: published is not a date: "21/03/2023"',
      '7: the row has no text',
      '7: published is not a date: "2023-02-30"',
    ]);
    for (const problem of problems)
      expect(problem).toMatchObject({ file: 'export.csv', hint: expect.any(String) });
  });

  it('reports every line of JSON Lines that is not a JSON object', () => {
    const problems = problemsOf(() =>
      parseBatch('b.jsonl', '{"title": "A", "text": "B"}\n{"title": "A",\n[1, 2]\n'),
    );
    expect(problems.map(({ line, message }) => `${line}: ${message.split(':')[0]!}`)).toEqual([
      '2: not valid JSON',
      '3: the line is not a JSON object',
    ]);
  });

  it('refuses an unknown kind of file, an empty file and a CSV without a text column', () => {
    expect(problemsOf(() => parseBatch('export.xlsx', 'x'))[0]!.message).toBe('unknown kind of batch file');
    expect(problemsOf(() => parseBatch('export.csv', ' \n\n'))[0]!.message).toBe('the batch file is empty');
    const [noText] = problemsOf(() => parseBatch('export.csv', 'title,url\nA,https://x.example/\n'));
    expect(noText).toMatchObject({
      line: 1,
      message: expect.stringContaining('no header row with a text column'),
    });
    expect(noText!.hint).toMatch(/text\|body\|content/);
  });

  it('refuses a CSV with only a header row, and one with an unclosed quote, naming the line', () => {
    expect(problemsOf(() => parseBatch('e.csv', 'title,text\n'))[0]!.message).toBe(
      'the batch has no articles',
    );
    const [unclosed] = problemsOf(() => parseBatch('e.csv', 'title,text\nA,"never closed\nB,c\n'));
    expect(unclosed!.message).toMatch(/^not valid CSV/);
    expect(unclosed!.line).toEqual(expect.any(Number));
  });
});
