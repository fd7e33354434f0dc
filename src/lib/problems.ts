/**
 * Problems found in the inputs. Every problem names the file and line it is about and
 * says how to fix it, so a maintainer never has to guess where to look.
 */

export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** 1-based line, or null when the problem is about the whole file. */
  line: number | null;
  message: string;
  /** What to do about it. */
  hint: string;
}

/** Formats a problem as `file:line: message (hint)` for terminals and logs. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.message}\n  → ${problem.hint}`;
}

/** Thrown when inputs are invalid; carries every problem found, not just the first. */
export class InputError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the inputs:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'InputError';
    this.problems = problems;
  }
}
