// The built dockhand on a pseudo-terminal of its own, through pty-driver.py, which does the
// timing where the frames arrive. Every method answers in milliseconds as the driver
// measured them.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import process from 'node:process';
import { createInterface } from 'node:readline';

const DRIVER = join(import.meta.dirname, 'pty-driver.py');
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'dockhand.js');

/** The terminal every measurement runs on. */
export const SIZE = { columns: 120, rows: 40 };

/** Inverse video in a frame's text: the cursor row and the current pane's tab. */
export const INVERSE = '\u0001';

// Ink draws nothing until exit when it believes it runs in CI.
const CI_VARIABLES = [
  'CI',
  'CONTINUOUS_INTEGRATION',
  'BUILD_NUMBER',
  'RUN_ID',
  'GITHUB_ACTIONS',
];

/** A regular expression that matches `text` literally (Python's re reads it too). */
export const literal = (text) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * Starts dockhand on a terminal of SIZE against `host`. The launch time counts from the
 * driver's fork, so the driver's own start is not in it.
 */
export async function launch(host, configDir) {
  const env = {
    ...process.env,
    TERM: 'xterm-256color',
    DOCKER_HOST: host,
    DOCKER_CONFIG: configDir,
    DOCKER_CONTEXT: '',
  };
  for (const name of CI_VARIABLES) delete env[name];
  const child = spawn(
    'python3',
    [DRIVER, `${SIZE.columns}`, `${SIZE.rows}`, process.execPath, BIN],
    { env, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const answers = createInterface({ input: child.stdout })[
    Symbol.asyncIterator
  ]();
  const next = async () => {
    const { value, done } = await answers.next();
    if (done) throw new Error('the terminal driver ended early');

    return JSON.parse(value);
  };
  const ask = async (command) => {
    child.stdin.write(`${JSON.stringify(command)}\n`);
    const answer = await next();
    if (answer.error)
      throw new Error(
        `${command.op} ${JSON.stringify(command)}: ${answer.error}; last frame:\n${answer.frame}`,
      );

    return answer;
  };
  const { pid } = await next();

  return {
    pid,
    /** The first frame since launch that matches every pattern: { ms, first }. */
    waitFor: (all, timeout) => ask({ op: 'wait', all, timeout }),
    /** Writes `data`, then the first frame that matches `all` and changes `changed`. */
    press: (data, { all = [], changed, timeout = 30 } = {}) =>
      ask({ op: 'key', data, all, changed, timeout }),
    frame: async () => (await ask({ op: 'frame' })).frame,
    close: async () => {
      child.stdin.end(`${JSON.stringify({ op: 'close' })}\n`);
      if (child.exitCode === null)
        await new Promise((done) => child.once('exit', done));
    },
  };
}
