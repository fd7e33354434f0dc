import { describe, expect, it } from 'vitest';
import { runSampled } from '../../../scripts/lib/process-tree.ts';

describe('runSampled', () => {
  it('reports the processor time of the command and of the process it started, not only its wall time', async () => {
    // A parent that waits while its child keeps a core busy for 0.5 s of processor time, then
    // idles for 0.5 s, so that a sample sees all of it however late the sampler runs.
    const child =
      'const t = process.cpuUsage(); while (process.cpuUsage(t).user < 500_000); setTimeout(() => {}, 500);';
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}]);`;
    const run = await runSampled(process.execPath, ['-e', parent], { cwd: process.cwd(), everyMs: 20 });
    expect(run.status).toBe(0);
    // /proc counts in ticks of 10 ms.
    expect(run.cpuSeconds).toBeGreaterThanOrEqual(0.49);
    // Two Node processes start in well under 10 s of processor time.
    expect(run.cpuSeconds).toBeLessThan(10);
    expect(run.peakMiB).toBeGreaterThan(0);
  });
});
