import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { listCatalog, listTags } from '../../src/docker/registry-api.js';

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

  it('tells a login-first refusal from a bearer-token registry', async () => {
    const basic = await registryAnswering([
      401,
      { 'www-authenticate': 'Basic realm="x"' },
      '',
    ]);
    const bearer = await registryAnswering([
      401,
      { 'www-authenticate': 'Bearer realm="x"' },
      '',
    ]);

    await expect(listCatalog(basic, null)).rejects.toThrow(
      'log in to it first',
    );
    await expect(listCatalog(bearer, null)).rejects.toThrow('bearer tokens');
  });

  it('keeps only the tags that are strings', async () => {
    const host = await registryAnswering([
      200,
      {},
      '{"name":"a","tags":["v1",7,"v2"]}',
    ]);

    expect(await listTags(host, 'a', null)).toEqual(['v1', 'v2']);
  });
});
