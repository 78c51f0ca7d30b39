import type Docker from 'dockerode';
import type { RunSpec, TerminalSession } from './details-types.js';
import { requireApi } from './api-version.js';
import { attachTerminal, resized } from './compat.js';
import { guard } from './errors.js';
import type { EngineInfo } from './types.js';

/** How long a container may take to be seen exited once its stream has ended. */
const DETACH_GRACE_MS = 1000;

/** The engine's create payload for a run spec, as `docker run` would send it. */
export function createOptions(spec: RunSpec): Docker.ContainerCreateOptions {
  const portKey = (p: RunSpec['ports'][number]) =>
    `${p.containerPort}/${p.protocol}`;
  const exposed = Object.fromEntries(spec.ports.map((p) => [portKey(p), {}]));
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const port of spec.ports) {
    (bindings[portKey(port)] ??= []).push({
      HostIp: port.hostIp,
      HostPort: port.hostPort,
    });
  }

  return {
    Image: spec.image,
    ...(spec.name ? { name: spec.name } : {}),
    ...(spec.command ? { Cmd: spec.command } : {}),
    Env: spec.env,
    ExposedPorts: exposed,
    Tty: spec.isInteractive,
    OpenStdin: spec.isInteractive,
    StdinOnce: spec.isInteractive,
    AttachStdin: spec.isInteractive,
    AttachStdout: spec.isInteractive,
    AttachStderr: spec.isInteractive,
    HostConfig: {
      PortBindings: bindings,
      Binds: spec.binds,
      RestartPolicy: {
        Name: spec.restart.name,
        MaximumRetryCount: spec.restart.maximumRetryCount,
      },
      AutoRemove: spec.autoRemove,
      // `--gpus all` is a request for every device with the gpu capability (count -1).
      DeviceRequests:
        spec.gpus === null
          ? []
          : [
              {
                Driver: '',
                Count: spec.gpus === 'all' ? -1 : spec.gpus,
                DeviceIDs: [],
                Capabilities: [['gpu']],
                Options: {},
              },
            ],
    },
  };
}

/** Refuses what `spec` asks of an engine whose API version `agreed` is too old for it. */
function checkApi(spec: RunSpec, agreed: string): void {
  if (spec.gpus !== null) requireApi(agreed, 'device-requests');
  if (spec.ports.some((p) => p.protocol === 'sctp')) {
    requireApi(agreed, 'sctp-ports');
  }
  if (spec.isInteractive) requireApi(agreed, 'wait-condition');
}

/**
 * Creates (does not start) a container from a run spec; resolves with its ID. What the
 * agreed API version lacks is refused first, so that no container is made without it.
 */
export async function createContainer(
  docker: Docker,
  spec: RunSpec,
  agreed: string,
): Promise<string> {
  checkApi(spec, agreed);
  const container = await guard(() =>
    docker.createContainer(createOptions(spec)),
  );

  return container.id;
}

/**
 * Starts a created container with a terminal attached, like `docker run -it`: attached
 * before it starts, so that nothing it prints first is lost.
 */
export async function startAttached(
  docker: Docker,
  id: string,
  label: string,
  product: EngineInfo['product'],
): Promise<TerminalSession> {
  const container = docker.getContainer(id);
  const info = await guard(() => container.inspect());
  const stream = await guard(() => attachTerminal(docker, id));
  // A container removed on exit can only be waited for until it is gone. Podman answers
  // that wait with 0 whatever the exit code: there, wait for the exit itself.
  const isRemoved = info.HostConfig.AutoRemove && product === 'docker';
  const condition = isRemoved ? 'removed' : 'next-exit';
  const exited = guard(() => container.wait({ condition })).then(
    (answer: { StatusCode?: number }) => answer.StatusCode ?? null,
  );
  await guard(() => container.start());

  return {
    label,
    stream,
    resize: async (columns, rows) => {
      await guard(() =>
        resized(() => container.resize({ h: rows, w: columns })),
      );
    },
    exitCode: async () => {
      // The stream also ends when the user detaches (Ctrl-P Ctrl-Q) and it runs on.
      const settled = await Promise.race([
        exited,
        new Promise<'running'>((resolve) =>
          setTimeout(() => resolve('running'), DETACH_GRACE_MS),
        ),
      ]);
      if (settled !== 'running') return settled;

      const state = await container.inspect().then(
        (info) => info.State,
        () => null,
      );

      return state?.Running ? null : exited;
    },
  };
}
