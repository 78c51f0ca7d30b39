import type Docker from 'dockerode';
import type { Duplex } from 'node:stream';
import type { TerminalSession } from './details-types.js';
import { resized } from './compat.js';
import { DockerError } from './errors.js';
import { guard } from './errors.js';
import { drain } from './logs.js';

/** Shells in the order people expect them: bash when there, else sh, else busybox's. */
export const SHELLS: readonly (readonly string[])[] = [
  ['bash'],
  ['sh'],
  ['busybox', 'sh'],
];

const STILL_RUNNING_POLLS = 20;
const POLL_MS = 50;

/** The exit code of an exec that has ended (the engine may need a moment to record it). */
async function execExitCode(exec: Docker.Exec): Promise<number | null> {
  for (let poll = 0; poll < STILL_RUNNING_POLLS; poll++) {
    const info = await guard(() => exec.inspect());
    if (!info.Running) return info.ExitCode;

    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }

  return null;
}

/**
 * True when `command -c 'exit 0'` runs in the container. A missing program does not fail
 * the exec's creation or start: it shows only in the exit code (126 or 127).
 */
async function runs(container: Docker.Container, command: readonly string[]) {
  const exec = await guard(() =>
    container.exec({
      Cmd: [...command, '-c', 'exit 0'],
      AttachStdout: true,
      AttachStderr: true,
    }),
  );
  const stream = await guard(() => exec.start({ Detach: false, Tty: false }));
  await drain(stream, () => undefined);

  return (await execExitCode(exec)) === 0;
}

/** The first shell of SHELLS the container can run; throws a plain message when none. */
export async function findShell(
  docker: Docker,
  id: string,
): Promise<readonly string[]> {
  const container = docker.getContainer(id);
  for (const shell of SHELLS) {
    if (await runs(container, shell)) return shell;
  }

  throw new DockerError(
    'not-found',
    'This container has no shell: none of bash, sh or busybox sh runs in it.',
  );
}

/** Opens an interactive shell (a TTY) in a running container, over a hijacked stream. */
export async function openShell(
  docker: Docker,
  id: string,
  name: string,
): Promise<TerminalSession> {
  const shell = await findShell(docker, id);
  const exec = await guard(() =>
    docker.getContainer(id).exec({
      Cmd: [...shell],
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: true,
      Env: [`TERM=${process.env.TERM ?? 'xterm'}`],
    }),
  );
  const stream = (await guard(() =>
    exec.start({ hijack: true, stdin: true, Tty: true }),
  )) as Duplex;

  return {
    label: `${shell.join(' ')} in ${name}`,
    stream,
    resize: async (columns, rows) => {
      await guard(() => resized(() => exec.resize({ h: rows, w: columns })));
    },
    exitCode: () => execExitCode(exec),
  };
}
