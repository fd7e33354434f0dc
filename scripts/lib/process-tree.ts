/**
 * Runs a command and samples the resident memory of it and every process it starts (the
 * build starts Pagefind's indexer and ingest worker threads), so that a benchmark reports
 * the peak of their sum, not only of the largest one (what `/usr/bin/time` reports); and
 * the processor time they used, all threads and cores together. Linux only: it reads /proc.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  status: number | null;
  output: string;
  seconds: number;
  /** The highest sum of resident memory of the process and its descendants, in MiB. */
  peakMiB: number;
  /**
   * Processor seconds of the process and every descendant it waited for, user and system,
   * over all threads: on two cores a build can take no less than half of it.
   */
  cpuSeconds: number;
}

/** Clock ticks a second, the unit of /proc's times. */
const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * The processor time of this process's ended children and of what they waited for, in
 * ticks (/proc/self/stat cutime and cstime, fields 16 and 17): the kernel adds a child's
 * times to its parent's when the parent collects its end.
 */
function childrenTicks(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[13]) + Number(fields[14]);
}

/** Parent pid and resident pages of every process, from /proc/<pid>/stat. */
function processTable(): Map<number, { parent: number; residentPages: number }> {
  const table = new Map<number, { parent: number; residentPages: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // After the command name (in parentheses, which may hold spaces): state, ppid, … rss is field 24.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(name), { parent: Number(fields[1]), residentPages: Number(fields[21]) });
  }
  return table;
}

function treeResidentBytes(root: number): number {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let pages = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    pages += table.get(pid)?.residentPages ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return pages * 4096;
}

/** Runs `command` to its end, sampling its process tree's memory every `everyMs`. */
export function runSampled(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; everyMs?: number },
): Promise<TreeRun> {
  const started = performance.now();
  const ticksBefore = childrenTicks();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeResidentBytes(child.pid));
  }, options.everyMs ?? 100);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({
        status,
        output,
        seconds: (performance.now() - started) / 1000,
        peakMiB: peak / 2 ** 20,
        cpuSeconds: (childrenTicks() - ticksBefore) / ticksPerSecond,
      });
    });
  });
}
