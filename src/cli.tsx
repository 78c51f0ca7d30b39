import { Command } from 'commander';
import envPaths from 'env-paths';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { resolveTarget } from './docker/connection.js';
import { createDockerService } from './docker/engine.js';
import { DockerError } from './docker/errors.js';
import { withFirstRead } from './docker/first-read.js';
import { debugLog, enableDebugLog } from './lib/debug-log.js';
import { leaveFullScreen } from './ui/terminal.js';

declare const DOCKHAND_VERSION: string;

interface Options {
  host?: string;
  debug?: boolean;
}

function parseOptions(argv: string[]): Options {
  return new Command('dockhand')
    .description('A full-screen terminal UI for Docker.')
    .version(DOCKHAND_VERSION, '-v, --version')
    .option(
      '-H, --host <address>',
      'engine address: unix:///path/to/docker.sock, tcp://host:port or ssh://user@host',
    )
    .option('--debug', 'write a timestamped log under the state folder')
    .addHelpText(
      'after',
      '\nThe engine is chosen as the docker CLI does: --host, then DOCKER_HOST, ' +
        'then /var/run/docker.sock.\nInside, press ? for every key.',
    )
    .parse(argv)
    .opts<Options>();
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  if (options.debug) {
    const file = join(envPaths('dockhand', { suffix: '' }).log, 'debug.log');
    enableDebugLog(file);
    process.stderr.write(`dockhand: debug log at ${file}\n`);
  }

  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(
      'dockhand: it is a full-screen program and needs an interactive terminal ' +
        '(stdin and stdout must be a TTY).\n',
    );
    process.exitCode = 2;
    return;
  }

  let target;
  try {
    target = resolveTarget(options.host);
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    process.stderr.write(`dockhand: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }

  debugLog(`engine ${target.address} (${target.source})`);
  // The engine reads its lists while the UI's code loads. Loading it keeps Node busy for
  // tens of ms: let the version check answer and the reads go out first, if it is quick.
  // The lists wait for that check (~15 ms), as they are read at the agreed API version.
  const first = withFirstRead(createDockerService(target));
  await Promise.race([first.isAsked, delay(50, undefined, { ref: false })]);
  const { startApp } = await import('./ui/start-app.js');
  const instance = startApp(first.service);

  const finish = (code: number) => {
    instance.unmount();
    // A signal may come while a shell has the terminal in raw mode.
    if (process.stdin.isTTY) process.stdin.setRawMode(false);
    leaveFullScreen(process.stdout);
    process.exit(code);
  };
  process.once('SIGTERM', () => finish(143));
  process.once('SIGHUP', () => finish(129));
  process.once('SIGINT', () => finish(130));

  await instance.waitUntilExit();
  leaveFullScreen(process.stdout);
  process.exit(0);
}

process.on('uncaughtException', (error) => {
  leaveFullScreen(process.stdout);
  process.stderr.write(`dockhand crashed, a bug: ${error.stack ?? error}\n`);
  process.exit(1);
});

await main();
