import { EventEmitter } from 'node:events';
import { type Instance, render } from 'ink';
import type { ReactElement } from 'react';
import stripAnsi from 'strip-ansi';

/** Keys as a terminal sends them, by name. */
export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  home: '\u001b[H',
  end: '\u001b[F',
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  shiftTab: '\u001b[Z',
  space: ' ',
  backspace: '\u007f',
  ctrlC: '\u0003',
  ctrlR: '\u0012',
} as const;

class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  frames: string[] = [];

  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }

  write = (frame: string) => {
    this.frames.push(frame);
    this.emit('frame');

    return true;
  };
}

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private queue: string[] = [];

  write(data: string) {
    this.queue.push(data);
    this.emit('readable');
  }

  read = () => this.queue.shift() ?? null;
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

export interface Rendered {
  /** The last frame drawn, as plain text. */
  frame(): string;
  /** The last frame drawn, with its colours and styles (SGR sequences). */
  styledFrame(): string;
  /** Sends keys (KEYS values or plain text), each as its own read. */
  press(...keys: string[]): void;
  /**
   * Waits until the last frame, as plain text, satisfies `test`; throws with that frame
   * otherwise.
   */
  waitFor(
    test: string | ((frame: string) => boolean),
    timeoutMs?: number,
  ): Promise<string>;
  resize(columns: number, rows: number): void;
  unmount(): void;
}

/**
 * Renders a tree into a fake terminal of any size, unlike ink-testing-library's fixed 100
 * columns: Ink's debug mode writes each whole frame, which `frame()` returns.
 */
export function renderInk(
  tree: ReactElement,
  size: { columns: number; rows: number } = { columns: 100, rows: 30 },
): Rendered {
  const stdout = new FakeStdout(size.columns, size.rows);
  const stdin = new FakeStdin();
  const instance: Instance = render(tree, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
  });
  const styledFrame = () => stdout.frames.at(-1) ?? '';
  const frame = () => stripAnsi(styledFrame());

  return {
    frame,
    styledFrame,
    press: (...keys) => {
      for (const key of keys) stdin.write(key);
    },
    waitFor: (test, timeoutMs = 3000) => {
      const matches =
        typeof test === 'string' ? (f: string) => f.includes(test) : test;

      return new Promise((resolve, reject) => {
        const check = () => {
          if (!matches(frame())) return;
          finish();
          resolve(frame());
        };
        const timer = setTimeout(() => {
          finish();
          reject(
            new Error(
              `the frame did not show ${typeof test === 'string' ? JSON.stringify(test) : 'the expected state'} ` +
                `within ${timeoutMs} ms. Last frame:\n${frame()}`,
            ),
          );
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          stdout.off('frame', check);
        };

        stdout.on('frame', check);
        check();
      });
    },
    resize: (columns, rows) => {
      stdout.columns = columns;
      stdout.rows = rows;
      stdout.emit('resize');
    },
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
}
