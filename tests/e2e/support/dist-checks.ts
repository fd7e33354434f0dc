/** Checks over a built site folder: valid HTML, no broken links or fragments. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate/node';
import { LinkChecker, LinkState } from 'linkinator';

/** Every HTML file under a folder, sorted. */
export function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** html-validate (html-validate:recommended) errors, as "file:line:column rule: message". */
export async function validateHtml(files: readonly string[]): Promise<string[]> {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  const errors: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(
          `${path.relative(process.cwd(), file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        );
      }
    }
  }
  return errors;
}

/** Broken links and #fragments under a folder (external links skipped: no network here). */
export async function brokenLinks(dir: string): Promise<string[]> {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: dir,
    recurse: true,
    checkFragments: true,
    linksToSkip: (link) => Promise.resolve(!/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link)),
  });
  return result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (status ${link.status ?? '?'}, on ${link.parent ?? '?'})`);
}
