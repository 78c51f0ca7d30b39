/**
 * Every failure of an engine call becomes a DockerError with a kind the UI can act on and a
 * message a person can read. Unknown failures keep the engine's own words.
 */

export type DockerErrorKind =
  | 'not-found'
  | 'conflict'
  | 'unauthorized'
  | 'unreachable'
  | 'permission'
  | 'api-version'
  | 'bad-request'
  | 'not-modified'
  | 'cancelled'
  | 'unsupported'
  | 'engine';

export class DockerError extends Error {
  override readonly name = 'DockerError';

  constructor(
    readonly kind: DockerErrorKind,
    message: string,
    readonly statusCode?: number,
  ) {
    super(message);
  }
}

interface RawError {
  statusCode?: number;
  code?: string;
  reason?: string;
  message?: string;
  json?: { message?: string } | string | null;
}

/** The engine's own sentence from an error response, without dockerode's prefixes. */
function engineMessage(raw: RawError): string {
  const json = raw.json;
  if (json && typeof json === 'object' && typeof json.message === 'string') {
    return json.message;
  }

  if (typeof json === 'string' && json.trim() !== '') return json.trim();

  return raw.reason ?? raw.message ?? 'the engine gave no reason';
}

const SOCKET_CODES: Record<string, DockerErrorKind> = {
  ENOENT: 'unreachable',
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  EPIPE: 'unreachable',
  ETIMEDOUT: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENOTSOCK: 'unreachable',
  ENOTFOUND: 'unreachable',
  EACCES: 'permission',
  EPERM: 'permission',
};

/** Maps any error thrown by dockerode or the socket into a DockerError. */
export function toDockerError(error: unknown): DockerError {
  if (error instanceof DockerError) return error;

  const raw = (error ?? {}) as RawError;
  const socketKind = raw.code ? SOCKET_CODES[raw.code] : undefined;
  if (socketKind) {
    return new DockerError(
      socketKind,
      raw.message ?? raw.code ?? 'socket error',
    );
  }

  const message = engineMessage(raw);
  switch (raw.statusCode) {
    case 304:
      return new DockerError('not-modified', message, 304);
    case 400:
      return new DockerError(
        /client version .* too (old|new)|API version/i.test(message)
          ? 'api-version'
          : 'bad-request',
        message,
        400,
      );
    case 401:
    case 403:
      return new DockerError('unauthorized', message, raw.statusCode);
    case 404:
      return new DockerError('not-found', message, 404);
    case 409:
      return new DockerError('conflict', message, 409);
    case 500:
      // Podman refuses actions on a container in the wrong state (remove a running one,
      // pause a paused one) with 500 where Docker says 409.
      return new DockerError(
        /container state improper/.test(message) ? 'conflict' : 'engine',
        message,
        500,
      );
    default:
      return new DockerError('engine', message, raw.statusCode);
  }
}

/** Runs an engine call, turning whatever it throws into a DockerError. */
export async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDockerError(error);
  }
}
