import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import dockerignoreModule from '@balena/dockerignore';
import { pack } from 'tar-fs';
import { DockerError } from './errors.js';

// The package is CommonJS (`module.exports = factory`) but its types declare an ES default.
const dockerignore =
  dockerignoreModule as unknown as typeof dockerignoreModule.default;

/**
 * Why a folder and Dockerfile cannot be built, in words; null when both are there. Checked
 * while the prompt is open, so that a mistyped path is fixed there rather than retyped.
 */
export function buildContextProblem(
  folder: string,
  dockerfile: string,
): string | null {
  const found = statSync(folder, { throwIfNoEntry: false });
  if (!found?.isDirectory()) return `${folder} is not a folder`;

  const file = statSync(`${folder}/${dockerfile}`, { throwIfNoEntry: false });
  if (!file?.isFile()) return `${folder} has no ${dockerfile}`;

  return null;
}

/**
 * The build context as the engine wants it: a tar of the folder, less what its
 * .dockerignore excludes. The Dockerfile and .dockerignore always go, as the CLI sends them.
 */
export async function packContext(
  folder: string,
  dockerfile: string,
): Promise<NodeJS.ReadableStream> {
  const found = await stat(folder).catch(() => null);
  if (!found?.isDirectory()) {
    throw new DockerError('bad-request', `${folder} is not a folder`);
  }

  const file = await stat(`${folder}/${dockerfile}`).catch(() => null);
  if (!file?.isFile()) {
    throw new DockerError('bad-request', `${folder} has no ${dockerfile}`);
  }

  const rules = await readFile(`${folder}/.dockerignore`, 'utf8').catch(
    () => '',
  );
  const ignore = dockerignore({ ignorecase: false }).add(rules);
  const kept = new Set([dockerfile, '.dockerignore']);

  // tar-fs streams are streamx streams: they pipe like Node's, which is all the engine needs.
  return pack(folder, {
    ignore: (path) => {
      const name = relative(folder, path);

      return name !== '' && !kept.has(name) && ignore.ignores(name);
    },
  }) as unknown as NodeJS.ReadableStream;
}
