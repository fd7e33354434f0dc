/**
 * Progress of a long ingest: a bar that redraws in place on a terminal, plain lines (at
 * most one every few seconds) in CI logs, nothing for short runs.
 */
import type { IngestOptions } from '../../src/lib/ingest/index.ts';

type OnProgress = NonNullable<IngestOptions['onProgress']>;

/** A progress callback writing to stderr; `done()` ends the bar's line. */
export function createProgress(
  label: string,
  stream = process.stderr,
): { onProgress: OnProgress; done(): void } {
  const started = performance.now();
  let lastLine = 0;
  let drawn = false;
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  return {
    onProgress({ sources, of, articles }) {
      const elapsed = performance.now() - started;
      if (of < 2 && elapsed < 2000) return;
      const text = `${label}: ${sources}/${of} sources, ${articles} articles, ${seconds()} s`;
      if (stream.isTTY) {
        const width = 24;
        const filled = Math.round((sources / Math.max(1, of)) * width);
        stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}`);
        drawn = true;
      } else if (elapsed - lastLine >= 5000 || sources === of) {
        if (elapsed >= 2000) stream.write(`${text}\n`);
        lastLine = elapsed;
      }
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}
