import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { resolveTarget } from '../../src/docker/connection.js';
import type { CredentialStore } from '../../src/docker/credentials.js';
import { createDockerService } from '../../src/docker/engine.js';
import type { DockerService } from '../../src/docker/service.js';

const run = promisify(execFile);

/** The busybox image every private test engine has. */
export const BASE_IMAGE = 'local/busybox:latest';

/** The private test engine's address (never the user's engine). */
export function engineHost(): string {
  return inject('engineHost');
}

/** Runs the docker CLI against the private test engine and returns its trimmed stdout. */
export async function docker(...args: string[]): Promise<string> {
  const { stdout } = await run('docker', ['-H', engineHost(), ...args], {
    env: { ...process.env, DOCKER_CONTEXT: '', DOCKER_HOST: '' },
    maxBuffer: 64 * 1024 * 1024,
  });

  return stdout.trim();
}

/**
 * The service module, connected to the private test engine. Tests that log in hand it a
 * credential store over a temporary DOCKER_CONFIG, never the user's ~/.docker.
 */
export async function connectedService(
  credentials?: CredentialStore,
): Promise<DockerService> {
  const service = createDockerService(
    resolveTarget(engineHost(), {}),
    credentials,
  );
  await service.connect();

  return service;
}

/**
 * Removes every container, image, volume and network carrying `label=value`, and every
 * image named under `prefix/`. Each test file labels what it creates, so files never touch
 * each other's objects.
 */
export async function cleanEngine(
  label: string,
  prefix?: string,
): Promise<void> {
  const containers = await docker('ps', '-aq', '--filter', `label=${label}`);
  if (containers) await docker('rm', '-f', ...containers.split('\n'));

  const byLabel = await docker('images', '-aq', '--filter', `label=${label}`);
  const byName = prefix
    ? (await docker('images', '--format', '{{.Repository}}:{{.Tag}}'))
        .split('\n')
        .filter((ref) => ref.startsWith(`${prefix}/`))
    : [];
  const images = [...new Set([...byName, ...byLabel.split('\n')])].filter(
    Boolean,
  );
  if (images.length > 0) {
    await docker('rmi', '-f', ...images).catch(() => undefined);
  }

  const only = ['--filter', `label=${label}`];
  const volumes = await docker('volume', 'ls', '-q', ...only);
  if (volumes) await docker('volume', 'rm', '-f', ...volumes.split('\n'));
  const networks = await docker('network', 'ls', '-q', ...only);
  if (networks) await docker('network', 'rm', ...networks.split('\n'));
}

/**
 * Builds a tiny image on the base image with the legacy builder (what the private engine
 * has) and returns its ID. `text` makes each build a different image.
 */
export async function buildImage(
  tag: string,
  text: string,
  label: string,
): Promise<string> {
  const dockerfile = `FROM ${BASE_IMAGE}\nLABEL ${label}\nRUN echo ${text} > /info\n`;
  const child = execFile(
    'docker',
    ['-H', engineHost(), 'build', '-q', '-t', tag, '-'],
    { env: { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CONTEXT: '' } },
  );
  child.stdin?.end(dockerfile);
  const output = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(stdout.trim())
        : reject(new Error(`build ${tag} failed`)),
    );
  });

  return output;
}

/** Runs a container that sleeps until removed, labelled `label`; returns its ID. */
export function runSleeper(
  name: string,
  label: string,
  ...options: string[]
): Promise<string> {
  return docker(
    'run',
    '-d',
    '--name',
    name,
    '--label',
    label,
    ...options,
    BASE_IMAGE,
    'sleep',
    '100000',
  );
}

/**
 * Waits until no container carries `label=value`: the engine removes a cancelled build's
 * step container on its own, and removing it meanwhile races with that.
 */
export async function waitForNoContainers(
  label: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await docker('ps', '-aq', '--filter', `label=${label}`))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  throw new Error(
    `containers labelled ${label} remained after ${timeoutMs} ms`,
  );
}
