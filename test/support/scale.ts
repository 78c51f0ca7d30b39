import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BASE_IMAGE } from './engine.js';

const run = promisify(execFile);

/**
 * `count` distinct images in one `docker load`: the base image's one layer under configs
 * that differ by a label, tagged `<repository>/img-<n>:v<n>` and labelled `label`
 * (key=value). One load of a shared layer takes about a second, where builds would take
 * minutes.
 */
export async function loadImages(
  host: string,
  repository: string,
  count: number,
  label: string,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-images-'));
  const docker = `DOCKER_CONTEXT= docker -H '${host}'`;
  try {
    await run('bash', [
      '-c',
      `${docker} save ${BASE_IMAGE} | tar -x -C ${dir}`,
    ]);
    const [base] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const config = JSON.parse(readFileSync(join(dir, base.Config), 'utf8'));
    const [key, value] = label.split('=');
    const manifest = Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      config.config.Labels = { [key!]: value, 'dockhand.test.n': String(n) };
      const text = JSON.stringify(config);
      const file = `${createHash('sha256').update(text).digest('hex')}.json`;
      writeFileSync(join(dir, file), text);

      return {
        Config: file,
        RepoTags: [`${repository}/img-${n}:v${n}`],
        Layers: base.Layers,
      };
    });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    rmSync(join(dir, 'repositories'), { force: true });
    await run('bash', ['-c', `tar -C ${dir} -c . | ${docker} load -q`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One call of the Engine API over its unix socket; rejects on a status of 300 or more. */
export function engineCall(
  socket: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const call = request(
      {
        socketPath: socket,
        method,
        path,
        headers: { 'content-type': 'application/json' },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += String(chunk)));
        response.on('end', () =>
          (response.statusCode ?? 500) < 300
            ? resolve(text)
            : reject(new Error(`${method} ${path}: ${text}`)),
        );
      },
    );
    call.on('error', reject);
    call.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

export interface ContainerSeed {
  name: string;
  image: string;
  command: string[];
  labels: Record<string, string>;
  /** Started after creation (it may exit by itself). */
  isStarted: boolean;
}

/** Creates (and starts) containers through the API, `parallel` at a time. */
export async function createContainers(
  socket: string,
  seeds: readonly ContainerSeed[],
  parallel = 8,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < seeds.length) {
      const seed = seeds[next++]!;
      const created = await engineCall(
        socket,
        'POST',
        `/containers/create?name=${seed.name}`,
        { Image: seed.image, Cmd: seed.command, Labels: seed.labels },
      );
      if (seed.isStarted) {
        const { Id } = JSON.parse(created) as { Id: string };
        await engineCall(socket, 'POST', `/containers/${Id}/start`);
      }
    }
  };

  await Promise.all(Array.from({ length: parallel }, worker));
}
