import { describe, expect, it } from 'vitest';
import { runSampled } from '../../../scripts/lib/process-tree.ts';

describe('runSampled', () => {
  it('reports the processor time of the command and of the process it started, not only its wall time', async () => {
    // A parent that waits while its child keeps a core busy for 0.5 s of processor time.
    const child = 'const t = process.cpuUsage(); while (process.cpuUsage(t).user < 500_000);';
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}]);`;
    const run = await runSampled(process.execPath, ['-e', parent], { cwd: process.cwd(), everyMs: 20 });
    expect(run.status).toBe(0);
    // Sampled every 20 ms: the child's last moment may go uncounted, never 0.1 s of it.
    expect(run.cpuSeconds).toBeGreaterThanOrEqual(0.4);
    // Two Node processes start in well under 10 s of processor time.
    expect(run.cpuSeconds).toBeLessThan(10);
    expect(run.peakMiB).toBeGreaterThan(0);
  });
});
