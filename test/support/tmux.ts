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
  env?: Record<string, string>;
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

const tmux = (...args: string[]) => run('tmux', args);

/**
 * Starts a tmux session. The tmux server exits with its last session, and a client that
 * reaches it in that instant (the test before just killed its session) fails: try again.
 */
async function newSession(args: string[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await tmux('new-session', ...args);
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

let dockerConfig: string | undefined;

function emptyDockerConfig(): string {
  dockerConfig ??= mkdtempSync(join(tmpdir(), 'dockhand-e2e-config-'));

  return dockerConfig;
}

function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Starts the built dockhand in a detached tmux session of its own. Ink draws nothing until
 * exit when it sees CI variables, so they are removed from the program's environment.
 */
export async function startApp(options: AppOptions = {}): Promise<TmuxApp> {
  const name = `dockhand-test-${randomUUID().slice(0, 8)}`;
  // The private engine, and a docker config folder of the test's own, unless a test names
  // others: no test may reach the user's engine, contexts or credentials by omission.
  const env = {
    TERM: 'xterm-256color',
    DOCKER_HOST: engineHost(),
    DOCKER_CONFIG: emptyDockerConfig(),
    ...options.env,
  };
  const exports = Object.entries(env)
    .map(([key, value]) => `${key}=${shellQuote(value)}`)
    .join(' ');
  const program =
    options.command ??
    ['node', BIN, ...(options.args ?? [])].map(shellQuote).join(' ');
  const command =
    `unset CI CONTINUOUS_INTEGRATION BUILD_NUMBER RUN_ID GITHUB_ACTIONS ` +
    `DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH DOCKER_API_VERSION; ` +
    `env ${exports} ${program}`;

  const size = [
    '-x',
    String(options.columns ?? 120),
    '-y',
    String(options.rows ?? 30),
  ];
  await newSession(['-d', '-s', name, ...size, command]);
  // Keep the pane after the program exits so its last screen and status can be read.
  await tmux('set-option', '-t', name, 'remain-on-exit', 'on');

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
