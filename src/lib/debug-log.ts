import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

let logFile: string | null = null;

/** Turns on `--debug` logging to `file`; until then, debugLog writes nothing. */
export function enableDebugLog(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  logFile = file;
  debugLog('debug log opened');
}

/**
 * Writes one timestamped line to the debug log, when `--debug` turned it on. Nothing else
 * may write to stdout or stderr while Ink draws the screen.
 */
export function debugLog(message: string): void {
  if (!logFile) return;

  appendFileSync(logFile, `${new Date().toISOString()} ${message}\n`);
}
