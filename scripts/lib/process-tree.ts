/**
 * Runs a command and samples the resident memory of it and every process it starts (the
 * build starts Pagefind's indexer and ingest worker threads), so that a benchmark reports
 * the peak of their sum, not only of the largest one (what `/usr/bin/time` reports); and
 * the processor time they used, all threads and cores together. Linux only: it reads /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeRun {
  status: number | null;
  output: string;
  seconds: number;
  /** The highest sum of resident memory of the process and its descendants, in MiB. */
  peakMiB: number;
  /**
   * Processor seconds of the process and its descendants, user and system, over all their
   * threads: on two cores a build can take no less than half of it. Sampled like the memory,
   * so each process's last moment (up to `everyMs`) is not counted.
   */
  cpuSeconds: number;
}

/**
 * Clock ticks a second, the unit of /proc's times: Linux's USER_HZ, 100 on every
 * architecture it runs Node on (`getconf CLK_TCK`), whatever the kernel's own tick rate.
 */
const TICKS_PER_SECOND = 100;

interface ProcessStat {
  parent: number;
  residentPages: number;
  /** User and system time of all its threads so far, in clock ticks. */
  ticks: number;
}

/** Parent pid, resident pages and processor time of every process, from /proc/<pid>/stat. */
function processTable(): Map<number, ProcessStat> {
  const table = new Map<number, ProcessStat>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // After the command name (in parentheses, which may hold spaces): state, ppid, …; utime
    // and stime are fields 14 and 15, rss field 24.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    table.set(Number(name), {
      parent: Number(fields[1]),
      residentPages: Number(fields[21]),
      ticks: Number(fields[11]) + Number(fields[12]),
    });
  }
  return table;
}

/** The processes of the tree under `root` now, and their resident bytes together. */
function sampleTree(root: number): { residentBytes: number; processes: Map<number, ProcessStat> } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const processes = new Map<number, ProcessStat>();
  let pages = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const stat = table.get(pid);
    if (stat) {
      processes.set(pid, stat);
      pages += stat.residentPages;
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { residentBytes: pages * 4096, processes };
}

/** Runs `command` to its end, sampling its process tree's memory every `everyMs`. */
export function runSampled(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; everyMs?: number },
): Promise<TreeRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  let peak = 0;
  // The last processor time seen of each process of the tree, by pid. Sampled, not read from
  // the kernel's count of ended children (cutime): the build does not wait for Pagefind's
  // indexer to end (its Node API kills it and lets it go), and that count gave 3.3 of the
  // search index step's 26.6 processor seconds at 10,000 articles.
  const ticks = new Map<number, number>();
  const timer = setInterval(() => {
    if (child.pid === undefined) return;
    const { residentBytes, processes } = sampleTree(child.pid);
    peak = Math.max(peak, residentBytes);
    for (const [pid, stat] of processes) ticks.set(pid, Math.max(ticks.get(pid) ?? 0, stat.ticks));
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
        cpuSeconds: [...ticks.values()].reduce((sum, value) => sum + value, 0) / TICKS_PER_SECOND,
      });
    });
  });
}
