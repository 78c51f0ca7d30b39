/** What an environment variable's name looks like when its value is a secret. */
const SECRET_NAME = /pass|token|secret|key/i;

export const MASK = '••••••••';

/** True for `NAME=value` entries whose name looks secret. */
export function isSecretEnv(entry: string): boolean {
  const name = entry.split('=', 1)[0] ?? '';

  return entry.includes('=') && SECRET_NAME.test(name);
}

function maskEnv(entry: string): string {
  return isSecretEnv(entry) ? `${entry.split('=', 1)[0]}=${MASK}` : entry;
}

/**
 * A copy of a container's inspect JSON with the values of secret-looking environment
 * variables (Config.Env) masked, so that a shoulder or a screen share does not see them.
 */
export function maskSecrets(
  info: Record<string, unknown>,
): Record<string, unknown> {
  const config = info.Config as { Env?: unknown } | undefined;
  if (!config || !Array.isArray(config.Env)) return info;

  const env = config.Env.map((entry: unknown) =>
    typeof entry === 'string' ? maskEnv(entry) : entry,
  );

  return { ...info, Config: { ...config, Env: env } };
}
