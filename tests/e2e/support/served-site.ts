/** The built dist/ served on 127.0.0.1 and a Chromium to read it, for one test file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium.ts';
import { serveStatic, type StaticServer } from '../../../scripts/lib/serve-static.ts';
import { DIST } from './site.ts';

export interface ServedSite {
  /** The server's address, without a trailing slash. */
  readonly url: string;
  readonly browser: Browser;
}

/** Starts the server and the browser before the file's tests and stops them after. */
export function serveBuiltSite(): ServedSite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
