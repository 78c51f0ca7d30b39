import { execFile, execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { engineHost } from './engine.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/dockhand.js');

export interface AppOptions {
  args?: string[];
  /** Variables for the program; null removes one (DOCKER_HOST, to reach a context). */
  env?: Record<string, string | null>;
  columns?: number;
  rows?: number;
  /** A command to run instead of the built binary (for tests of other programs' setup). */
  command?: string;
}

export interface TmuxApp {
  /** Sends keys as tmux names them: 'j', 'Down', 'Enter', 'Escape', 'C-c'. */
  keys(...keys: string[]): Promise<void>;
  /** Types text literally. */
  type(text: string): Promise<void>;
  /** The screen as plain text, or with its colours and attributes as SGR sequences. */
  screen(options?: { withStyles?: boolean }): Promise<string>;
  /** Waits until the screen satisfies `test` (a text or predicate); throws with the screen. */
  waitFor(
    test: string | ((screen: string) => boolean),
    timeoutMs?: number,
  ): Promise<string>;
  resize(columns: number, rows: number): Promise<void>;
  /** A tmux format of the pane, such as '#{alternate_on}' or '#{pane_title}'. */
  format(spec: string): Promise<string>;
  /** The pane's title, as the program (or anything it printed) last set it. */
  title(): Promise<string>;
  /** True once the program in the pane has exited. */
  hasExited(): Promise<boolean>;
  /** The exit status of the program, once it has exited. */
  exitStatus(): Promise<number | null>;
  kill(): Promise<void>;
}

/**
 * A tmux server of this test file's own (the module loads once per file), apart from the
 * default server that other programs and other test files share.
 */
export const TMUX_SOCKET = `dockhand-test-${randomUUID().slice(0, 8)}`;

const tmux = (...args: string[]) => run('tmux', ['-L', TMUX_SOCKET, ...args]);

let dockerConfig: string | undefined;
let settingsHome: string | undefined;

function emptyDockerConfig(): string {
  dockerConfig ??= mkdtempSync(join(tmpdir(), 'dockhand-e2e-config-'));

  return dockerConfig;
}

/** An XDG_CONFIG_HOME without dockhand's settings: never the user's own. */
function emptySettingsHome(): string {
  settingsHome ??= mkdtempSync(join(tmpdir(), 'dockhand-e2e-xdg-'));

  return settingsHome;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Runs a new-session command. When the last session of the tmux server closes (the test
 * before, or another run on this machine), the server exits, and a client that connected to
 * it meanwhile fails: such a call is tried again, as the next one starts a server anew.
 */
async function newSession(args: string[]): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await tmux(...args);
      return;
    } catch (error) {
      const isServerGone = /server exited unexpectedly|no server running/.test(
        String((error as { stderr?: string }).stderr),
      );
      if (!isServerGone || attempt === 20) throw error;

      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Starts the built dockhand in a detached tmux session of its own. Ink draws nothing until
 * exit when it sees CI variables, so they are removed from the program's environment.
 */
export async function startApp(options: AppOptions = {}): Promise<TmuxApp> {
  const name = `dockhand-test-${randomUUID().slice(0, 8)}`;
  // The private engine, and docker and dockhand config folders of the test's own, unless a
  // test names others: no test may reach the user's engine, contexts, credentials or
  // settings by omission.
  const env: Record<string, string | null> = {
    TERM: 'xterm-256color',
    DOCKER_HOST: engineHost(),
    DOCKER_CONFIG: emptyDockerConfig(),
    XDG_CONFIG_HOME: emptySettingsHome(),
    ...options.env,
  };
  const exports = Object.entries(env)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}=${shellQuote(value)}`)
    .join(' ');
  const removed = Object.keys(env).filter((key) => env[key] === null);
  const program =
    options.command ??
    ['node', BIN, ...(options.args ?? [])].map(shellQuote).join(' ');
  const command =
    `unset CI CONTINUOUS_INTEGRATION BUILD_NUMBER RUN_ID GITHUB_ACTIONS ` +
    `DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_TLS DOCKER_CERT_PATH DOCKER_API_VERSION ` +
    `${removed.join(' ')}; ` +
    `env ${exports} ${program}`;

  await newSession([
    'new-session',
    '-d',
    '-s',
    name,
    '-x',
    String(options.columns ?? 120),
    '-y',
    String(options.rows ?? 30),
    command,
    // In the same call: keep the pane after the program exits so that its last screen and
    // status can be read.
    ';',
    'set-option',
    '-t',
    name,
    'remain-on-exit',
    'on',
  ]);

  const screen = async (options: { withStyles?: boolean } = {}) =>
    (
      await tmux(
        'capture-pane',
        '-p',
        ...(options.withStyles ? ['-e'] : []),
        '-t',
        name,
      )
    ).stdout;

  const app: TmuxApp = {
    keys: async (...keys) => {
      await tmux('send-keys', '-t', name, ...keys);
    },
    type: async (text) => {
      await tmux('send-keys', '-t', name, '-l', text);
    },
    screen,
    waitFor: async (test, timeoutMs = 10_000) => {
      const matches =
        typeof test === 'string' ? (s: string) => s.includes(test) : test;
      const deadline = Date.now() + timeoutMs;
      let last = '';

      while (Date.now() < deadline) {
        last = await screen();
        if (matches(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }

      throw new Error(
        `screen did not show ${typeof test === 'string' ? JSON.stringify(test) : 'the expected state'} ` +
          `within ${timeoutMs} ms. Last screen:\n${last}`,
      );
    },
    resize: async (columns, rows) => {
      await tmux(
        'resize-window',
        '-t',
        name,
        '-x',
        String(columns),
        '-y',
        String(rows),
      );
    },
    format: async (spec) =>
      (await tmux('display-message', '-p', '-t', name, spec)).stdout.trim(),
    title: async () =>
      (
        await tmux('display-message', '-p', '-t', name, '#{pane_title}')
      ).stdout.trim(),
    hasExited: async () =>
      (
        await tmux('display-message', '-p', '-t', name, '#{pane_dead}')
      ).stdout.trim() === '1',
    exitStatus: async () => {
      const [dead, status] = (
        await tmux(
          'display-message',
          '-p',
          '-t',
          name,
          '#{pane_dead}:#{pane_dead_status}',
        )
      ).stdout
        .trim()
        .split(':');
      if (dead !== '1') return null;

      // tmux 3.3 leaves the status empty when the program exited with 0.
      return status ? Number(status) : 0;
    },
    kill: async () => {
      await tmux('kill-session', '-t', name).catch(() => undefined);
    },
  };

  return app;
}

/** True when tmux is installed (end-to-end tests need it). */
export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V']);
    return true;
  } catch {
    return false;
  }
}
