import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { listCatalog, listTags } from '../../src/docker/registry-api.js';
import { basicAuth } from '../../src/docker/registry-auth.js';

const USER = { username: 'ada', password: 'pw' };

type Answer = [number, Record<string, string>, string];

const stops: (() => void)[] = [];

/** A loopback registry that gives `answer` to every request; its host:port. */
async function registryAnswering(answer: Answer): Promise<string> {
  const server = createServer((_request, response) => {
    const [status, headers, body] = answer;
    response.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stops.push(() => server.close());

  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the Registry v2 HTTP calls', () => {
  afterAll(() => stops.forEach((stop) => stop()));

  it('says a registry without a catalog cannot be searched, and to pull by name', async () => {
    const missing = await registryAnswering([404, {}, '']);
    const html = await registryAnswering([
      200,
      { 'content-type': 'text/html' },
      '<html>',
    ]);

    await expect(listCatalog(missing, null)).rejects.toMatchObject({
      kind: 'not-found',
      message: `${missing} does not support search; pull by exact name`,
    });
    await expect(listCatalog(html, null)).rejects.toThrow(
      'does not support search',
    );
  });

  it('says to log in when a basic-auth registry refuses', async () => {
    const basic = await registryAnswering([
      401,
      { 'www-authenticate': 'Basic realm="x"' },
      '',
    ]);

    await expect(listCatalog(basic, null)).rejects.toThrow(
      'log in to it first',
    );
  });

  it('lists a token-auth registry with a token its token server gives for the credentials', async () => {
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      if (url.pathname === '/token') {
        const isUser = request.headers.authorization === basicAuth(USER);
        const isScoped = url.searchParams.get('scope') === 'registry:catalog:*';
        if (!isUser || !isScoped) return void response.writeHead(401).end();
        return void response.end('{"token":"t0k"}');
      }

      if (request.headers.authorization === 'Bearer t0k') {
        return void response.end('{"repositories":["team/app"]}');
      }

      const realm = `http://${request.headers.host}/token`;
      response
        .writeHead(401, {
          'www-authenticate': `Bearer realm="${realm}",service="reg",scope="registry:catalog:*"`,
        })
        .end();
    });
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    stops.push(() => server.close());
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;

    expect(await listCatalog(host, USER)).toEqual(['team/app']);
    await expect(listCatalog(host, null)).rejects.toThrow('log in to it first');
  });

  it('keeps only the tags that are strings', async () => {
    const host = await registryAnswering([
      200,
      {},
      '{"name":"a","tags":["v1",7,"v2"]}',
    ]);

    expect(await listTags(host, 'a', null)).toEqual(['v1', 'v2']);
  });

  it('follows the catalog pages a registry links to, as far as the last', async () => {
    const pages: Record<string, [string[], string | null]> = {
      '': [['a/one', 'a/two'], '/v2/_catalog?last=a%2Ftwo&n=1000'],
      'a/two': [['b/three'], null],
    };
    const server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      const [repositories, next] = pages[
        url.searchParams.get('last') ?? ''
      ] ?? [[], null];
      const link = next ? { link: `<${next}>; rel="next"` } : {};
      response.writeHead(200, link).end(JSON.stringify({ repositories }));
    });
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    stops.push(() => server.close());

    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;

    expect(await listCatalog(host, null)).toEqual([
      'a/one',
      'a/two',
      'b/three',
    ]);
  });
});
