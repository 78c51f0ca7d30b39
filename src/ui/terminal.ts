// The alternate screen keeps the user's scrollback as it was; Ink 6.8 has no option for it.
const ENTER = '\u001b[?1049h\u001b[H';
const LEAVE = '\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

let isFullScreen = false;

/** Switches to the alternate screen (a no-op when stdout is not a terminal). */
export function enterFullScreen(stdout: NodeJS.WriteStream): void {
  if (!stdout.isTTY || isFullScreen) return;

  stdout.write(ENTER);
  isFullScreen = true;
}

/** Leaves the alternate screen and shows the cursor; safe to call on every exit path. */
export function leaveFullScreen(stdout: NodeJS.WriteStream): void {
  if (!isFullScreen) return;

  stdout.write(LEAVE + SHOW_CURSOR);
  isFullScreen = false;
}
