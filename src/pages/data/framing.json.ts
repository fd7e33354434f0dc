import { getFraming } from '../../data/framing.ts';

/**
 * dist/data/framing.json: themes, facts, descriptors, cited domains and valence per outlet
 * and article (see README). Compact, not indented: with every piece of evidence of every
 * article it is the largest file of the site (indenting made it twice the size).
 */
export async function GET() {
  const { framing } = await getFraming();
  return new Response(`${JSON.stringify(framing)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
