/**
 * A small static file server for tests and audits: serves a built site on 127.0.0.1 the
 * way a static host would, with directory indexes, 404.html, gzip for text, an ETag that
 * a browser can revalidate (304 Not Modified), and the `_headers` file's headers (so the
 * browser enforces the same CSP a deployment would). Under a `base` ("/summit/") it serves
 * the site as a host serves a project site: only below that path, the rest not found.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.webmanifest', '.txt']);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Reads the headers of the `/*` block of a `_headers` file, if there is one. */
async function readHeaders(root: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path.join(root, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers: Record<string, string> = {};
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (!line.startsWith(' ')) inBlock = line.trim() === '/*';
    else if (inBlock) {
      const at = line.indexOf(':');
      if (at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return headers;
}

async function resolveFile(root: string, base: string, urlPath: string): Promise<string | null> {
  const pathname = urlPath.split('?')[0] ?? '/';
  if (!pathname.startsWith(base)) return null;
  const decoded = decodeURIComponent(`/${pathname.slice(base.length)}`);
  const candidate = path.join(root, path.normalize(decoded));
  if (!candidate.startsWith(root)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return null;
}

export interface ServeOptions {
  /** The port; a free one unless given. */
  port?: number;
  /** The path the site is served under, with both slashes: "/" (the default) or "/summit/". */
  base?: string;
}

/** Serves `root` on 127.0.0.1. */
export async function serveStatic(
  root: string,
  { port = 0, base = '/' }: ServeOptions = {},
): Promise<StaticServer> {
  const absolute = path.resolve(root);
  const headers = await readHeaders(absolute);
  const server: Server = createServer((request, response) => {
    void (async () => {
      const file = await resolveFile(absolute, base, request.url ?? '/');
      const status = file === null ? 404 : 200;
      const served = file ?? path.join(absolute, '404.html');
      try {
        const raw = await readFile(served);
        const gzip =
          COMPRESSIBLE.has(path.extname(served)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
        // Weak: the same for the gzipped and the plain body.
        const etag = `W/"${createHash('sha1').update(raw).digest('base64url')}"`;
        if (status === 200 && request.headers['if-none-match'] === etag) {
          response.writeHead(304, { ...headers, ETag: etag }).end();
          return;
        }
        const body = gzip ? gzipSync(raw) : raw;
        response.writeHead(status, {
          ...headers,
          'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream',
          'Content-Length': body.length,
          ...(status === 200 ? { ETag: etag } : {}),
          ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () =>
      new Promise((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}
