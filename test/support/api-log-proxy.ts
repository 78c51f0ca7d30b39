import { type Server, type Socket, connect, createServer } from 'node:net';

export interface ApiCall {
  /** ms since the proxy started */
  at: number;
  method: string;
  path: string;
}

export interface ApiLogProxy {
  /** The proxy's socket: point DOCKER_HOST at unix://<this>. */
  socket: string;
  /** Every request that went through, in order. */
  calls: ApiCall[];
  close(): Promise<void>;
}

const REQUEST_LINE = /(GET|POST|PUT|DELETE|HEAD) (\S+) HTTP\/1\.[01]\r\n/g;

/**
 * A unix-socket proxy in front of an engine that writes down every API request a client
 * makes, so that a test sees from the engine's side what a program asks and how often.
 * Bytes pass through untouched; request lines are read from the client's side of the
 * stream (request bodies of the calls under test hold no such line).
 */
export async function startApiLogProxy(
  socket: string,
  engineSocket: string,
): Promise<ApiLogProxy> {
  const started = Date.now();
  const calls: ApiCall[] = [];
  const open = new Set<Socket>();

  const server: Server = createServer((client) => {
    const engine = connect(engineSocket);
    open.add(client).add(engine);
    let pending = '';

    client.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      let read = 0;
      for (const match of pending.matchAll(REQUEST_LINE)) {
        const [line, method = '', path = ''] = match;
        calls.push({ at: Date.now() - started, method, path });
        read = match.index + line.length;
      }
      // Keep the tail: a chunk boundary may have cut a request line in two.
      pending = pending.slice(read).slice(-8192);
    });
    client.pipe(engine).pipe(client);
    for (const end of [client, engine]) {
      end.on('error', () => undefined);
      end.on('close', () => {
        client.destroy();
        engine.destroy();
        open.delete(end);
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));

  return {
    socket,
    calls,
    close: () =>
      new Promise((resolve) => {
        for (const end of open) end.destroy();
        server.close(() => resolve());
      }),
  };
}
