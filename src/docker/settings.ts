import { readFileSync } from 'node:fs';

/** An extra engine from dockhand's settings file. */
export interface EngineSetting {
  name: string;
  host: string;
}

export interface EngineSettings {
  engines: EngineSetting[];
  /** Why the file, or some entry in it, could not be used; null when all is well. */
  problem: string | null;
}

const SHAPE = '{"engines":[{"name":"…","host":"…"}]}';

const isSetting = (entry: unknown): entry is EngineSetting =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as EngineSetting).name === 'string' &&
  typeof (entry as EngineSetting).host === 'string' &&
  (entry as EngineSetting).name !== '' &&
  (entry as EngineSetting).host !== '';

/**
 * Reads the engines listed in dockhand's settings file (`{"engines":[{"name","host"}]}`).
 * A missing file lists none; a malformed one says what is wrong with it.
 */
export function readEngineSettings(file: string): EngineSettings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { engines: [], problem: null };
    }

    const reason =
      error instanceof SyntaxError
        ? `it is not valid JSON (${error.message})`
        : (error as Error).message;
    return { engines: [], problem: `cannot read ${file}: ${reason}` };
  }

  const isObject =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  const list = isObject
    ? ((parsed as { engines?: unknown }).engines ?? [])
    : null;
  if (!Array.isArray(list)) {
    return {
      engines: [],
      problem: `${file} must hold a list of "engines", as in ${SHAPE}`,
    };
  }

  const engines = list.filter(isSetting);
  const skipped = list.length - engines.length;

  return {
    engines,
    problem:
      skipped > 0
        ? `${file}: ${skipped} of the engines lack a "name" or a "host" and are left out (${SHAPE})`
        : null,
  };
}
