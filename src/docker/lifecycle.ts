import type Docker from 'dockerode';
import { packContext } from './build-context.js';
import type { CredentialStore } from './credentials.js';
import { DockerError, toDockerError } from './errors.js';
import { type ProgressEvent, followProgress } from './progress.js';
import {
  HUB_AUTH_KEY,
  HUB_DOMAIN,
  parseReference,
  repositoryName,
} from './reference.js';
import type { DockerService } from './service.js';

type Lifecycle = Pick<
  DockerService,
  'pullImage' | 'pushImage' | 'tagImage' | 'buildImage' | 'login' | 'logout'
>;

type OnProgress = (event: ProgressEvent) => void;

/** The image pull, push, tag, build and login calls, over one dockerode client. */
export function createLifecycle(
  client: () => Docker,
  credentials: CredentialStore,
): Lifecycle {
  const authFor = async (domain: string) => {
    const found = await credentials.get(domain);
    if (!found) return undefined;

    const serveraddress = domain === HUB_DOMAIN ? HUB_AUTH_KEY : domain;
    return { ...found, serveraddress };
  };

  const follow = async (
    open: () => Promise<unknown>,
    onProgress: OnProgress,
    signal: AbortSignal,
  ) => {
    let stream: NodeJS.ReadableStream;
    try {
      stream = (await open()) as NodeJS.ReadableStream;
    } catch (error) {
      if (signal.aborted) throw new DockerError('cancelled', 'cancelled');
      throw toDockerError(error);
    }

    await followProgress(stream, onProgress, signal);
  };

  return {
    pullImage: async (reference, onProgress, signal) => {
      const ref = parseReference(reference);
      const auth = await authFor(ref.domain);
      await follow(
        () =>
          client().createImage(auth, {
            fromImage: repositoryName(ref),
            tag: ref.tag ?? 'latest',
            abortSignal: signal,
          }),
        onProgress,
        signal,
      );
    },

    pushImage: async (reference, onProgress, signal) => {
      const ref = parseReference(reference);
      const auth = await authFor(ref.domain);
      await follow(
        () =>
          client()
            .getImage(repositoryName(ref))
            .push({
              tag: ref.tag ?? 'latest',
              authconfig: auth,
              abortSignal: signal,
            }),
        onProgress,
        signal,
      );
    },

    tagImage: async (source, target) => {
      const ref = parseReference(target);
      try {
        await client()
          .getImage(source)
          .tag({ repo: repositoryName(ref), tag: ref.tag ?? 'latest' });
      } catch (error) {
        throw toDockerError(error);
      }
    },

    buildImage: async (request, onProgress, signal) => {
      const tag = parseReference(request.tag);
      const context = await packContext(request.context, request.dockerfile);
      const registryconfig: Record<
        string,
        { username: string; password: string }
      > = {};
      for (const registry of await credentials.registries()) {
        const auth = await authFor(registry);
        if (auth) registryconfig[auth.serveraddress] = auth;
      }

      await follow(
        () =>
          client().buildImage(context, {
            t: `${repositoryName(tag)}:${tag.tag ?? 'latest'}`,
            dockerfile: request.dockerfile,
            rm: true,
            registryconfig,
            abortSignal: signal,
          }),
        onProgress,
        signal,
      );
    },

    login: async (request) => {
      const serveraddress =
        request.registry === HUB_DOMAIN ? HUB_AUTH_KEY : request.registry;
      try {
        await client().checkAuth({
          username: request.username,
          password: request.password,
          serveraddress,
        });
      } catch (error) {
        throw toDockerError(error);
      }

      await credentials.store(request.registry, {
        username: request.username,
        password: request.password,
      });
    },

    logout: (registry) => credentials.erase(registry),
  };
}
