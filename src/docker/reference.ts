import { parseFamiliarName } from '@swimlane/docker-reference';
import { DockerError } from './errors.js';

/** Docker Hub's registry, as references name it when they name none. */
export const HUB_DOMAIN = 'docker.io';

/** The key under which the docker CLI keeps Docker Hub's credentials. */
export const HUB_AUTH_KEY = 'https://index.docker.io/v1/';

export interface ImageReference {
  /** The registry host, such as docker.io or 127.0.0.1:5000. */
  domain: string;
  /** The repository as a person writes it: busybox, not library/busybox. */
  repository: string;
  /** The tag, or null when the reference names none. */
  tag: string | null;
}

/**
 * Parses a reference by the grammar the engine uses (distribution/reference), so that a
 * bad one is refused before anything is sent. Digests are left out: tags only.
 */
export function parseReference(text: string): ImageReference {
  let parsed;
  try {
    parsed = parseFamiliarName(text.trim());
  } catch (error) {
    throw new DockerError(
      'bad-request',
      `"${text}" is not a valid image reference: ${(error as Error).message}`,
    );
  }

  if (parsed.digest) {
    throw new DockerError(
      'bad-request',
      `"${text}" names a digest; give a tag instead`,
    );
  }

  const domain = parsed.domain ?? HUB_DOMAIN;
  const repository = parsed.repository ?? '';

  return {
    domain,
    repository:
      domain === HUB_DOMAIN ? repository.replace(/^library\//, '') : repository,
    tag: parsed.tag ?? null,
  };
}

/** The name the engine is given: `repository` on Docker Hub, `domain/repository` elsewhere. */
export function repositoryName(ref: ImageReference): string {
  return ref.domain === HUB_DOMAIN
    ? ref.repository
    : `${ref.domain}/${ref.repository}`;
}

/** `repository:tag`, with `latest` when the reference names no tag. */
export function formatReference(ref: ImageReference): string {
  return `${repositoryName(ref)}:${ref.tag ?? 'latest'}`;
}

/**
 * A name as the docker CLI shows it: Podman gives Docker Hub names in full
 * (docker.io/library/busybox:latest, docker.io/ada/tools), Docker in short.
 */
export function familiarName(name: string): string {
  const hub = `${HUB_DOMAIN}/`;
  if (!name.startsWith(hub)) return name;

  const rest = name.slice(hub.length);
  const official = /^library\/([^/]+)$/.exec(rest);

  return official?.[1] ?? rest;
}
