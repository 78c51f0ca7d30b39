// Everything measured at one size of the engine: the docker CLI and the bare API for
// reference, dockhand's launches, its keypresses, its idle CPU and its memory.
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { measureKeys } from './keys.mjs';
import { containerName } from './seed.mjs';
import { cpuSeconds, memory, time } from './stats.mjs';
import { launch } from './terminal.mjs';

/** `docker ps -a` then `docker images`, as a person would type them: one run's wall time. */
const cliOnce = (engine) =>
  time(async () => {
    await engine.docker('ps', '-a');
    await engine.docker('images');
  });

/** The two list calls on the engine's socket, without any client: the engine's own share. */
const apiOnce = (engine) =>
  time(async () => {
    for (const path of ['/containers/json?all=1', '/images/json'])
      await new Promise((done, fail) =>
        request({ socketPath: engine.socket, path }, (response) =>
          response.on('data', () => undefined).on('end', done),
        )
          .on('error', fail)
          .end(),
      );
  });

/**
 * CPU use over an idle spell, and resident memory each second of it: the figure at one
 * instant depends on when V8 last collected, so the lowest and highest are kept, with
 * the peak of the whole run (VmHWM) at its end.
 */
async function idleSpell(pid, seconds) {
  const before = cpuSeconds(pid);
  const resident = [];
  for (let s = 0; s < seconds; s += 1) {
    await sleep(1000);
    resident.push(memory(pid).rss);
  }

  return {
    idleCpu: ((cpuSeconds(pid) - before) / seconds) * 100,
    memory: {
      low: Math.min(...resident),
      high: Math.max(...resident),
      // The kernel updates VmHWM lazily: a sample taken just before may be higher.
      peak: Math.max(memory(pid).hwm, ...resident),
    },
  };
}

/** What the first frame with data must show: both counts, and a row (or the empty text). */
export const listsShown = (containers, images) => [
  `1 Containers ${containers} `,
  `2 Images ${images} `,
  containers > 0 ? 'bench-\\d{5} ' : 'no containers on this engine',
];

export async function measureSize(engine, options) {
  const { containers, images, rounds, keys, idleSeconds } = options;
  const times = { cli: [], api: [], launches: [], firstFrames: [], cpu: [] };
  let app;
  try {
    // The CLI, the API and a launch in turn, so that all three meet the same load on a
    // shared machine; the first turn warms caches and is not counted. The last launch
    // stays for the keys and the idle spell.
    for (let i = 0; i <= rounds; i += 1) {
      await app?.close();
      const cli = await cliOnce(engine);
      const api = await apiOnce(engine);
      app = await launch(engine.host, engine.configDir);
      const shown = await app.waitFor(listsShown(containers, images), 120);
      if (i === 0) continue;
      times.cli.push(cli);
      times.api.push(api);
      times.launches.push(shown.ms);
      times.firstFrames.push(shown.first);
      times.cpu.push(shown.cpu);
    }
    const name = containerName(42);
    const keyTimes = await measureKeys(app, { containers, count: keys, name });
    const idle = await idleSpell(app.pid, idleSeconds);

    return {
      containers,
      ...times,
      keys: keyTimes,
      ...idle,
    };
  } finally {
    await app?.close();
  }
}
