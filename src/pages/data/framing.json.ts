import { getFraming } from '../../data/framing.ts';

/** dist/data/framing.json: themes, facts, descriptors, cited domains and valence per outlet and article (see README). */
export async function GET() {
  const { framing } = await getFraming();
  return new Response(`${JSON.stringify(framing, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
