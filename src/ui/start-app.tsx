import { type Instance, render } from 'ink';
import { Root, type RootProps } from './root.js';
import { enterFullScreen } from './terminal.js';

/**
 * Draws dockhand on the alternate screen. The CLI loads this module, and with it Ink and
 * React, only once the engine's first read is on its way, so that the two overlap.
 */
export function startApp(props: RootProps): Instance {
  enterFullScreen(process.stdout);

  return render(<Root {...props} />, {
    exitOnCtrlC: false,
    patchConsole: false,
    // A keypress should show on the next frame, not up to 33 ms later.
    maxFps: 120,
  });
}
