import stripAnsi from 'strip-ansi';

/** Something that renders frames, as ink-testing-library's render() returns. */
interface Frames {
  lastFrame(): string | undefined;
}

const POLL_MS = 20;

/**
 * Waits until the latest frame, as plain text, satisfies `test`, looking again every few
 * milliseconds (ink-testing-library emits no event per frame); throws with the last frame
 * on timeout.
 */
export async function waitForFrame(
  view: Frames,
  test: (frame: string) => boolean,
  timeoutMs = 5000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;

  for (;;) {
    const frame = stripAnsi(view.lastFrame() ?? '');
    if (test(frame)) return frame;
    if (Date.now() > deadline) {
      throw new Error(`frame never matched. Last frame:\n${frame}`);
    }

    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
