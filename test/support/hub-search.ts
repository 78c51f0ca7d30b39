import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HubEntry {
  name: string;
  description: string;
  star_count: number;
  is_official: boolean;
}

export interface FakeHub {
  /** host:port: a search term `host:port/word` sends the engine here. */
  address: string;
  /** The queries the engine sent, as `q` values. */
  queries: string[];
  /** The Authorization headers the engine sent, one per query. */
  authorizations: (string | undefined)[];
  stop(): Promise<void>;
}

/**
 * A loopback server that answers `GET /v1/search` in Docker Hub's format, so that a search
 * runs the whole way through the real engine without reaching the internet.
 */
export async function startFakeHub(entries: HubEntry[]): Promise<FakeHub> {
  const queries: string[] = [];
  const authorizations: (string | undefined)[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Podman pings an index as a registry before it searches it.
    if (url.pathname === '/v2/') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      return;
    }

    if (url.pathname !== '/v1/search') {
      response.writeHead(404).end();
      return;
    }

    const q = url.searchParams.get('q') ?? '';
    queries.push(q);
    authorizations.push(request.headers.authorization);
    const results = entries.filter((e) => e.name.includes(q));
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ query: q, num_results: results.length, results }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: `127.0.0.1:${port}`,
    queries,
    authorizations,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
