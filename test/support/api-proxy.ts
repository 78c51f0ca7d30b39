import { type IncomingMessage, createServer, request } from 'node:http';
import { once } from 'node:events';

/** A proxy in front of an engine, and the request paths it has passed on. */
export interface ApiProxy {
  /** The address to hand dockhand: unix:///…/proxy.sock. */
  host: string;
  /** Every request path, query left out, in the order the requests came. */
  paths: string[];
  close(): Promise<void>;
}

const withoutQuery = (url: string | undefined) =>
  (url ?? '').replace(/\?.*/, '');

/**
 * The engine's unversioned /version answer (which dockhand asks first) rewritten to claim
 * `api` as its newest API version, as an older engine would answer.
 */
async function claimVersion(upstream: IncomingMessage, api: string) {
  const chunks: Buffer[] = [];
  for await (const chunk of upstream) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString()) as Record<
    string,
    unknown
  >;

  return Buffer.from(JSON.stringify({ ...body, ApiVersion: api }));
}

/**
 * A unix-socket HTTP proxy in front of `engineHost` (a unix:// address) that records the
 * paths dockhand asks for. With `claimApi`, the engine seems to speak no newer API than
 * that: its /version answer and every Api-Version header say so. The real engine still
 * answers the versioned requests, as it accepts versions down to its minimum.
 */
export async function startApiProxy(
  engineHost: string,
  socket: string,
  claimApi?: string,
): Promise<ApiProxy> {
  const engineSocket = engineHost.replace(/^unix:\/\//, '');
  const paths: string[] = [];
  const server = createServer((incoming, outgoing) => {
    const path = withoutQuery(incoming.url);
    paths.push(path);
    const forward = request(
      {
        socketPath: engineSocket,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (upstream) => {
        const headers = { ...upstream.headers };
        if (claimApi) headers['api-version'] = claimApi;
        if (!claimApi || path !== '/version') {
          outgoing.writeHead(upstream.statusCode ?? 502, headers);
          upstream.pipe(outgoing);
          return;
        }

        void claimVersion(upstream, claimApi).then((body) => {
          delete headers['transfer-encoding'];
          headers['content-length'] = String(body.length);
          outgoing.writeHead(upstream.statusCode ?? 502, headers);
          outgoing.end(body);
        });
      },
    );
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  server.listen(socket);
  await once(server, 'listening');

  return {
    host: `unix://${socket}`,
    paths,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
