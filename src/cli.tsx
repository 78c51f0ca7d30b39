import { Command } from 'commander';
import envPaths from 'env-paths';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { type EngineTarget, resolveTarget } from './docker/connection.js';
import { createEngineDirectory } from './docker/engines.js';
import { DockerError } from './docker/errors.js';
import { withFirstRead } from './docker/first-read.js';
import { debugLog, enableDebugLog } from './lib/debug-log.js';
import { targetLabel } from './ui/chrome/target-label.js';
import { leaveFullScreen } from './ui/terminal.js';

declare const DOCKHAND_VERSION: string;

interface Options {
  host?: string;
  context?: string;
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
    .option(
      '-c, --context <name>',
      'docker context to use (as "docker context ls" lists them); "default" means none',
    )
    .option('--debug', 'write a timestamped log under the state folder')
    .addHelpText(
      'after',
      '\nThe engine is chosen as the docker CLI does: --host or --context, then ' +
        'DOCKER_HOST,\nthen DOCKER_CONTEXT, then the current context of ' +
        '"docker context use", then\n/var/run/docker.sock, else Podman’s socket. ' +
        'Inside, H lists the contexts and the\nengines named in ' +
        `${settingsFile()}, and switches between them;\n? shows every key.`,
    )
    .parse(argv)
    .opts<Options>();
}

/** dockhand's own settings: engines for the hosts view, registries to search. */
function settingsFile(): string {
  return join(envPaths('dockhand', { suffix: '' }).config, 'config.json');
}

/** The engine the flags and environment name, or null once it is said why there is none. */
function chooseTarget(options: Options): EngineTarget | null {
  try {
    return resolveTarget({ host: options.host, context: options.context });
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    process.stderr.write(`dockhand: ${error.message}\n`);
    process.exitCode = 2;
    return null;
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv);
  if (options.debug) {
    const file = join(envPaths('dockhand', { suffix: '' }).log, 'debug.log');
    enableDebugLog(file);
    process.stderr.write(`dockhand: debug log at ${file}\n`);
  }

  // A wrong --context or --host is said first, as the docker CLI says it, terminal or not.
  const target = chooseTarget(options);
  if (!target) return;

  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(
      'dockhand: it is a full-screen program and needs an interactive terminal ' +
        '(stdin and stdout must be a TTY).\n',
    );
    process.exitCode = 2;
    return;
  }

  debugLog(`engine ${target.address} (${targetLabel(target)})`);
  const directory = createEngineDirectory({
    hostFlag: options.host,
    settingsFile: settingsFile(),
  });

  // The engine reads its lists while the UI's code loads. Loading it keeps Node busy for
  // tens of ms: let the version check answer and the reads go out first, if it is quick.
  // The lists wait for that check (~15 ms), as they are read at the agreed API version.
  const first = withFirstRead(directory.open(target));
  await Promise.race([first.isAsked, delay(50, undefined, { ref: false })]);
  const { startApp } = await import('./ui/start-app.js');
  const instance = startApp({ directory, target, service: first.service });

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

// Node prints its warnings to stderr, over the full screen (docker-modem's ssh transport
// draws a deprecation warning on the first request): keep them in the debug log instead.
process.removeAllListeners('warning');
process.on('warning', (warning) => debugLog(`warning: ${warning.message}`));

process.on('uncaughtException', (error) => {
  leaveFullScreen(process.stdout);
  process.stderr.write(`dockhand crashed, a bug: ${error.stack ?? error}\n`);
  process.exit(1);
});

await main();
