import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failOn, INDEX_AFTER_ASTRO, pagefind, runOnLanes } from '../../../src/integrations/pagefind.ts';

describe('failOn', () => {
  it('turns the errors Pagefind returns into a thrown error naming the step', () => {
    expect(() => {
      failOn('addDirectory', ['no such directory']);
    }).toThrow(/Pagefind addDirectory failed:\nno such directory/);
  });

  it('lets a step without errors pass', () => {
    expect(() => {
      failOn('writeFiles', []);
    }).not.toThrow();
  });
});

describe('runOnLanes', () => {
  /** Runs jobs that take `cost` ticks of a fake clock; returns each lane's jobs in order and when the last ended. */
  async function schedule(costs: number[], lanes: string[]) {
    const taken = new Map(lanes.map((lane) => [lane, [] as number[]]));
    const ends: number[] = [];
    let clock = 0;
    const pending: { at: number; done: () => void }[] = [];
    const wait = (ticks: number) =>
      new Promise<void>((done) => {
        pending.push({ at: clock + ticks, done });
      });
    const jobs = costs.map((cost, id) => ({ id, cost }));
    const running = runOnLanes(lanes, jobs, async (lane, job) => {
      taken.get(lane)!.push(job.id);
      await wait(job.cost);
      ends.push(clock);
    });
    // Advances the clock to the next job's end until every job has run.
    while (ends.length < costs.length) {
      await Promise.resolve();
      await new Promise((resolve) => setImmediate(resolve));
      pending.sort((a, b) => a.at - b.at);
      const next = pending.shift();
      if (next === undefined) continue;
      clock = next.at;
      next.done();
    }
    await running;
    return { taken: Object.fromEntries(taken), end: Math.max(...ends) };
  }

  it('gives each lane the costliest job left when it is free, so the lanes end close together', async () => {
    // Two article bundles (cost 6) and two quote bundles (cost 9): one lane per kind ends at 18.
    const { taken, end } = await schedule([6, 6, 9, 9], ['one', 'two']);
    expect(taken).toEqual({ one: [2, 0], two: [3, 1] });
    expect(end).toBe(15);
    // Taken in the order given, the longest job would start last and end at 6.
    expect(await schedule([2, 2, 4], ['one', 'two'])).toEqual({ taken: { one: [2], two: [0, 1] }, end: 4 });
  });

  it('runs every job once, however many lanes there are', async () => {
    const { taken } = await schedule([1, 5, 3], ['only']);
    expect(taken).toEqual({ only: [1, 2, 0] });
    expect((await schedule([], ['one', 'two'])).taken).toEqual({ one: [], two: [] });
  });

  it('starts no job after one fails, and throws once the jobs still running have ended', async () => {
    const events: string[] = [];
    let release = () => {};
    const running = runOnLanes(['one', 'two'], [{ cost: 3 }, { cost: 2 }, { cost: 1 }], (lane, job) => {
      events.push(`${lane} starts ${job.cost}`);
      if (job.cost === 3) return Promise.reject(new Error('writeFiles failed'));
      return new Promise<void>((resolve) => {
        release = () => {
          events.push(`${lane} ends ${job.cost}`);
          resolve();
        };
      });
    });
    let settled = false;
    void running.catch(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    release();
    await expect(running).rejects.toThrow('writeFiles failed');
    expect(events).toEqual(['one starts 3', 'two starts 2', 'two ends 2']);
  });

  it('stops at the first job that fails', async () => {
    const run = vi.fn((_lane: string, job: { cost: number }) =>
      job.cost === 2 ? Promise.reject(new Error('writeFiles failed')) : Promise.resolve(),
    );
    await expect(runOnLanes(['one'], [{ cost: 1 }, { cost: 2 }], run)).rejects.toThrow('writeFiles failed');
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('the pagefind integration', () => {
  const folders: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  const buildDone = (site: string) => {
    const hook = pagefind('/').hooks['astro:build:done'] as NonNullable<
      AstroIntegration['hooks']['astro:build:done']
    >;
    const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
    return hook({ dir: pathToFileURL(`${site}/`), logger } as Parameters<typeof hook>[0]);
  };

  const emptySite = () => {
    const site = mkdtempSync(path.join(tmpdir(), 'pagefind-hook-'));
    folders.push(site);
    return site;
  };

  it('indexes the site when Astro’s build is done, and fails a site without article pages', async () => {
    await expect(buildDone(emptySite())).rejects.toThrow(/articles/);
  });

  it('leaves the index to scripts/build.ts when told to, touching nothing, so that Astro’s memory is free first', async () => {
    vi.stubEnv(INDEX_AFTER_ASTRO, '1');
    const site = emptySite();
    await expect(buildDone(site)).resolves.toBeUndefined();
    expect(readdirSync(site)).toEqual([]);
  });
});
