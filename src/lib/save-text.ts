import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A file name made of a container's name and the time, safe on every file system. */
export function logFileName(name: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');

  return `${name.replace(/[^\w.-]+/g, '_')}-${stamp}.log`;
}

/** Writes lines to `name` in `folder`; resolves with the full path. */
export async function saveLines(
  folder: string,
  name: string,
  lines: readonly string[],
): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, lines.map((line) => `${line}\n`).join(''), 'utf8');

  return path;
}
