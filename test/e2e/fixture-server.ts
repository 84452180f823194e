import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/**
 * News sites on Stakes' list whose pages the tests serve from this server:
 * each browser resolves these names to 127.0.0.1 (Chromium's host resolver
 * rules, Firefox's network.dns.localDomains), so no request reaches the site.
 */
export const OUTLET_HOSTS = ['www.theverge.com', 'www.washingtonpost.com'] as const;

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** The same page as if served by a news site: the browsers resolve OUTLET_HOSTS to this server (see the launchers). */
  urlOn(host: (typeof OUTLET_HOSTS)[number], path: string): string;
  /** Every request the server received, in order: method, path and query, and the headers that tell who asked. */
  readonly received: ReceivedRequest[];
  close(): Promise<void>;
}

export interface ReceivedRequest {
  method: string;
  /** Path and query, as requested. */
  url: string;
  referer: string | undefined;
  origin: string | undefined;
  /** `sec-fetch-dest` / `sec-fetch-mode`, where the browser sends them. */
  dest: string | undefined;
  mode: string | undefined;
}

/** Serves the frozen fixture pages on 127.0.0.1 (never a live site). */
export async function startFixtureServer(): Promise<FixtureServer> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer(async (request, response) => {
    const header = (name: string) => [request.headers[name]].flat()[0];
    received.push({ method: request.method ?? '', url: request.url ?? '', referer: header('referer'), origin: header('origin'), dest: header('sec-fetch-dest'), mode: header('sec-fetch-mode') });
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(FIXTURES, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('fixture server has no address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    urlOn: (host, path) => `http://${host}:${address.port}/${path.replace(/^\//, '')}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
