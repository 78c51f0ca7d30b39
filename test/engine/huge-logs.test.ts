import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import { MAX_LINE_CHARS } from '../../src/state/log-lines.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';
import { readLogs, texts } from '../support/logs.js';

const LABEL = 'dockhand.test=huge-logs';
const FLOOD_LINES = 200_000;

async function runUntil(name: string, script: string, last: string) {
  const id = await docker(
    'run',
    '-d',
    '--name',
    `huge-logs-${name}`,
    '--label',
    LABEL,
    BASE_IMAGE,
    'sh',
    '-c',
    `${script}; echo ${last}; exec sleep 100000`,
  );
  for (;;) {
    if ((await docker('logs', '--tail', '1', id)).includes(last)) return id;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// Case C10: a 200,000-line log, a 1 MiB line and a progress bar of 6,000 updates.
describe('huge logs on a real engine', () => {
  let service: DockerService;
  let flood: string;

  beforeAll(async () => {
    await cleanEngine(LABEL);
    service = await connectedService();
    flood = await runUntil(
      'flood',
      `seq 1 ${FLOOD_LINES} | sed 's/^/flood line /'`,
      'FLOOD-END',
    );
  }, 180_000);

  afterAll(() => cleanEngine(LABEL));

  it('reads only the last lines first by default', async () => {
    const lines = await readLogs(
      service,
      flood,
      (l) => l.at(l.totalPushed - 1)?.text === 'FLOOD-END',
    );

    expect(lines.length).toBe(1000);
    expect(texts(lines)[0]).toBe(`flood line ${FLOOD_LINES - 998}`);
  });

  it('keeps memory bounded when every line of a 200,000-line log is read', async () => {
    const started = performance.now();

    const lines = await readLogs(
      service,
      flood,
      (l) => l.at(l.totalPushed - 1)?.text === 'FLOOD-END',
      { tail: 'all' },
    );

    console.log(
      `read ${lines.totalPushed} lines in ${Math.round(performance.now() - started)} ms`,
    );
    expect(lines.totalPushed).toBe(FLOOD_LINES + 1);
    expect(lines.length).toBe(20_000);
    expect(texts(lines).at(-2)).toBe(`flood line ${FLOOD_LINES}`);
  }, 120_000);

  it('cuts a 1 MiB line to a readable length and says how much is left out', async () => {
    const id = await runUntil(
      'longline',
      'echo before; head -c 1048576 /dev/zero | tr "\\0" "x"; echo',
      'after',
    );

    const lines = await readLogs(service, id, (l) =>
      texts(l).includes('after'),
    );

    expect(texts(lines)).toEqual([
      'before',
      `${'x'.repeat(MAX_LINE_CHARS)} … (${1_048_576 - MAX_LINE_CHARS} more characters)`,
      'after',
    ]);
  });

  it('shows a progress bar of carriage-return updates as its last update', async () => {
    const id = await runUntil(
      'progress',
      'i=0; while [ $i -lt 6000 ]; do printf "\\r[webpack] building %5d modules" $i; i=$((i+1)); done; echo',
      'built',
    );

    const lines = await readLogs(service, id, (l) =>
      texts(l).includes('built'),
    );

    expect(texts(lines)).toEqual(['[webpack] building  5999 modules', 'built']);
  });

  it('keeps following a container that logs fast through log rotation (C10)', async () => {
    const id = await docker(
      'run',
      '-d',
      '--name',
      'huge-logs-firehose',
      '--label',
      LABEL,
      '--log-opt',
      'max-size=1m',
      '--log-opt',
      'max-file=2',
      BASE_IMAGE,
      'sh',
      '-c',
      'n=0; while :; do n=$((n+1)); echo "tick $n lorem ipsum dolor sit amet"; done',
    );

    // about 100 bytes a line in the json file: 30,000 lines cross a 1 MB rotation
    const lines = await readLogs(service, id, (l) => l.totalPushed >= 30_000, {
      tail: 1,
    });

    // Around a rotation dockerd 20.10 repeats or skips lines, thousands at this rate (its
    // follower reopens the file). What dockhand owns: it keeps reading, well past several
    // rotated files, and every line still arrives whole.
    expect(lines.totalPushed).toBeGreaterThanOrEqual(30_000);
    expect(
      texts(lines).every((t) =>
        /^tick \d+ lorem ipsum dolor sit amet$/.test(t),
      ),
    ).toBe(true);
  }, 60_000);
});
