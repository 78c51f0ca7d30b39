import type { TerminalSession } from '../docker/details-types.js';
import { enterFullScreen, leaveFullScreen } from './terminal.js';

// Modes a shell may leave on (bracketed paste, application cursor keys) that would confuse
// Ink's input parser once dockhand has the terminal back.
const RESET_MODES = '\u001b[?2004l\u001b[?1l\u001b[0m';

type Write = NodeJS.WriteStream['write'];

/**
 * Hands the terminal to an interactive session (a shell, `run -it`) and takes it back when
 * the session ends. The caller has already stopped Ink's input (its raw mode and stdin
 * listener); Ink 6.8 cannot pause its output, so its writes are dropped meanwhile and the
 * UI is drawn again on return. Resolves with the session's exit code.
 */
export async function handOver(
  session: TerminalSession,
  stdin: NodeJS.ReadStream,
  stdout: NodeJS.WriteStream,
): Promise<number | null> {
  leaveFullScreen(stdout);
  const inkWrite = stdout.write;
  const write: Write = inkWrite.bind(stdout);
  stdout.write = (() => true) as Write;

  const onInput = (data: Buffer | string) => session.stream.write(data);
  const onOutput = (data: Buffer) => write(data);
  const onResize = () =>
    void session.resize(stdout.columns, stdout.rows).catch(() => undefined);

  if (stdin.isTTY) stdin.setRawMode(true);
  stdin.on('data', onInput);
  stdin.resume();
  session.stream.on('data', onOutput);
  stdout.on('resize', onResize);
  onResize();

  try {
    await new Promise<void>((resolve) => {
      session.stream.once('end', resolve);
      session.stream.once('close', resolve);
      session.stream.once('error', () => resolve());
    });

    return await session.exitCode().catch(() => null);
  } finally {
    stdout.off('resize', onResize);
    session.stream.off('data', onOutput);
    stdin.off('data', onInput);
    stdin.pause();
    if (stdin.isTTY) stdin.setRawMode(false);
    stdout.write = inkWrite;
    write(RESET_MODES);
    enterFullScreen(stdout);
  }
}
