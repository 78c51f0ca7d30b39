import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** How the one layer of a tag is served: whole, with wrong bytes, or not at all. */
export type LayerMode = 'ok' | 'corrupt' | 'missing';

export interface BrokenRegistry {
  address: string;
  stop(): Promise<void>;
}

const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
const sha = (data: Buffer | string) =>
  `sha256:${createHash('sha256').update(data).digest('hex')}`;

function layerTar(text: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-layer-'));
  mkdirSync(join(dir, 'etc'));
  writeFileSync(join(dir, 'etc/case-text'), `${text}\n`);
  const tar = execFileSync('tar', ['-C', dir, '-cf', '-', 'etc']);
  rmSync(dir, { recursive: true, force: true });

  return tar;
}

/**
 * A loopback registry that serves repository `repo` with one tag per layer mode: the engine
 * answers 200 to the pull and then meets a layer whose digest does not match, or a 404.
 */
export async function startBrokenRegistry(
  repo: string,
  label: string,
): Promise<BrokenRegistry> {
  const manifests = new Map<string, string>();
  const blobs = new Map<string, Buffer>();

  for (const mode of ['ok', 'corrupt', 'missing'] as const) {
    const tar = layerTar(`${mode} layer`);
    const layer = gzipSync(tar);
    const config = JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: {
        Labels: { [label.split('=')[0] ?? label]: label.split('=')[1] ?? '' },
      },
      rootfs: { type: 'layers', diff_ids: [sha(tar)] },
    });
    blobs.set(sha(config), Buffer.from(config));
    if (mode === 'ok') blobs.set(sha(layer), layer);
    if (mode === 'corrupt') blobs.set(sha(layer), Buffer.from('not the layer'));
    manifests.set(
      mode,
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MANIFEST_TYPE,
        config: {
          mediaType: 'application/vnd.docker.container.image.v1+json',
          size: config.length,
          digest: sha(config),
        },
        layers: [
          {
            mediaType: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
            size: layer.length,
            digest: sha(layer),
          },
        ],
      }),
    );
  }

  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const manifest = path.match(new RegExp(`^/v2/${repo}/manifests/(.+)$`));
    const blob = path.match(
      new RegExp(`^/v2/${repo}/blobs/(sha256:[0-9a-f]+)$`),
    );
    const body = manifest
      ? [...manifests.values()].find(
          (m) =>
            sha(m) === manifest[1] || manifests.get(manifest[1] ?? '') === m,
        )
      : blob
        ? blobs.get(blob[1] ?? '')
        : path === '/v2/'
          ? '{}'
          : undefined;

    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(
        '{"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown to registry"}]}',
      );
      return;
    }

    response.writeHead(200, {
      'content-type': manifest ? MANIFEST_TYPE : 'application/octet-stream',
      'content-length': Buffer.byteLength(body),
      ...(manifest ? { 'docker-content-digest': sha(body) } : {}),
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: `127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
