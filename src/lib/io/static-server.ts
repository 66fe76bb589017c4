import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A folder served over HTTP on 127.0.0.1, counting the bytes it sends. */
export interface CountingServer {
  /** Its origin, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** Bytes sent since the last `resetCount()`, and how many requests. */
  count: () => { bytes: number; requests: number };
  /** Starts counting afresh. */
  resetCount: () => void;
  /** Stops the server. */
  stop: () => Promise<void>;
}

/**
 * Serves `directory` (a built static site: `/x/` → `/x/index.html`) on
 * 127.0.0.1 with no caching headers, counting response bytes, for the
 * benchmark's search measurements. Hand-written (a few lines of node:http)
 * because the benchmark must count exactly the bytes each query transfers.
 */
export async function serveDirectory(directory: string): Promise<CountingServer> {
  let bytes = 0;
  let requests = 0;
  const server = createServer((request, response) => {
    requests++;
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(directory, path));
    if (!file.startsWith(directory)) file = directory;
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const size = statSync(file).size;
    bytes += size;
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(size),
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    count: () => ({ bytes, requests }),
    resetCount: () => {
      bytes = 0;
      requests = 0;
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
