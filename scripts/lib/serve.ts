/**
 * A tiny static server on 127.0.0.1 for fixture and demo pages. Extra routes (generated pages,
 * custom headers such as a strict CSP) are passed in; nothing here ever listens beyond loopback.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface Route {
  readonly body: string | Buffer;
  readonly type?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Served {
  readonly origin: string;
  /** Same pages on a second loopback origin, for cross-origin frames. */
  readonly otherOrigin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export async function serve(
  dir: string,
  routes: Readonly<Record<string, Route | (() => Route | Promise<Route>)>> = {},
): Promise<Served> {
  const root = resolve(dir);
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes[path];
    try {
      if (route) {
        const r = typeof route === 'function' ? await route() : route;
        res.writeHead(200, { 'content-type': r.type ?? TYPES['.html']!, ...r.headers });
        res.end(r.body);
        return;
      }
      const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
      if (!file.startsWith(root)) throw new Error('outside root');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  };
  const listen = (host: string) =>
    new Promise<ReturnType<typeof createServer>>((ok, fail) => {
      const server = createServer((req, res) => void handler(req, res));
      server.once('error', fail);
      server.listen(0, host, () => ok(server));
    });
  const a = await listen('127.0.0.1');
  const b = await listen('127.0.0.1');
  const origin = `http://127.0.0.1:${(a.address() as AddressInfo).port}`;
  // "localhost" resolves to loopback too and is a different origin (and site) from 127.0.0.1.
  const otherOrigin = `http://localhost:${(b.address() as AddressInfo).port}`;
  return {
    origin,
    otherOrigin,
    url: (p) => origin + p,
    close: () =>
      Promise.all([a, b].map((s) => new Promise<void>((ok) => s.close(() => ok())))).then(() => {}),
  };
}
