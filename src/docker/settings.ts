import { readFileSync } from 'node:fs';
import { parseReference } from './reference.js';

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

/** The registries dockhand's settings file names, offered as places to search. */
export interface RegistrySettings {
  registries: string[];
  /** Why the file, or some entry in it, could not be used; null when all is well. */
  problem: string | null;
}

const SHAPE = '{"engines":[{"name":"…","host":"…"}]}';
const REGISTRIES_SHAPE = '{"registries":["registry.example:5000"]}';

const isSetting = (entry: unknown): entry is EngineSetting =>
  typeof entry === 'object' &&
  entry !== null &&
  typeof (entry as EngineSetting).name === 'string' &&
  typeof (entry as EngineSetting).host === 'string' &&
  (entry as EngineSetting).name !== '' &&
  (entry as EngineSetting).host !== '';

/** The file's top-level object, {} when there is no file, or why it cannot be used. */
function readObject(
  file: string,
): { settings: Record<string, unknown> } | { problem: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { settings: {} };
    }

    const reason =
      error instanceof SyntaxError
        ? `it is not valid JSON (${error.message})`
        : (error as Error).message;
    return { problem: `cannot read ${file}: ${reason}` };
  }

  const isObject =
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);

  return isObject
    ? { settings: parsed as Record<string, unknown> }
    : {
        problem: `${file} must hold a JSON object, such as {"engines":[…],"registries":[…]}`,
      };
}

/**
 * Reads the engines listed in dockhand's settings file (`{"engines":[{"name","host"}]}`).
 * A missing file lists none; a malformed one says what is wrong with it.
 */
export function readEngineSettings(file: string): EngineSettings {
  const read = readObject(file);
  if ('problem' in read) return { engines: [], problem: read.problem };

  const list = read.settings.engines ?? [];
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

/** `host[:port]` as a reference reads a registry (`localhost:5000`, `reg.example`); else null. */
function registryAddress(entry: unknown): string | null {
  if (typeof entry !== 'string') return null;

  const address = entry
    .trim()
    .replace(/^https?:\/\//, '')
    .replace(/\/+$/, '');
  try {
    return parseReference(`${address}/x`).domain === address ? address : null;
  } catch {
    return null;
  }
}

/**
 * Reads the registries listed in dockhand's settings file (`{"registries":["host:port"]}`),
 * each a registry host as an image reference names it. A missing file or key lists none; a
 * malformed one says what is wrong with it.
 */
export function readRegistrySettings(file: string): RegistrySettings {
  const read = readObject(file);
  if ('problem' in read) return { registries: [], problem: read.problem };

  const list = read.settings.registries ?? [];
  if (!Array.isArray(list)) {
    return {
      registries: [],
      problem: `${file} must hold a list of "registries", as in ${REGISTRIES_SHAPE}`,
    };
  }

  const registries = list.map(registryAddress);
  const kept = [...new Set(registries.filter((r): r is string => !!r))];
  const skipped = registries.filter((r) => r === null).length;

  return {
    registries: kept,
    problem:
      skipped > 0
        ? `${file}: ${skipped} of the registries are not a registry host such as "host:port" and are left out`
        : null,
  };
}
