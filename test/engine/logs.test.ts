import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';
import { readLogs, texts } from '../support/logs.js';

const LABEL = 'dockhand.test=logs';

// The output of case C08: colours, erase-line, cursor moves, clear-screen, the alternate
// screen and an OSC title, printed by a TTY and a non-TTY container alike.
const ESCAPES = `
e=$(printf "\\033")
printf "%s[2K%s[1Gyarn install v1.22.5\\n" $e $e
printf "%s[32mgreen%s[0m %s[1;31mbold red%s[0m\\n" $e $e $e $e
i=0; while [ $i -le 100 ]; do printf "\\rprogress %3d%%" $i; i=$((i+25)); done; printf "\\n"
printf "%s]0;TITLE-FROM-LOGS\\007title set\\n" $e
printf "%s[2J%s[Hscreen cleared here\\n" $e $e
printf "%s[?1049halt screen on%s[?1049l alt screen off\\n" $e $e
printf "%s[999C%s[999Bcursor-to-bottom-right\\n" $e $e
printf "bad bytes \\377\\376 end\\n"
echo done; exec sleep 100000`;

// The output of case C09: stdout and stderr interleaved, a line cut by a pause.
const STREAMS = `i=1; while [ $i -le 3 ]; do echo "out line $i"; echo "err line $i" >&2; i=$((i+1)); done
printf "partial-without-newline"; sleep 0.2; printf " ...continued\\n"
exec sleep 100000`;

async function run(name: string, tty: boolean, script: string) {
  return docker(
    'run',
    '-d',
    ...(tty ? ['-t'] : []),
    '--name',
    `logs-test-${name}`,
    '--label',
    LABEL,
    BASE_IMAGE,
    'sh',
    '-c',
    script,
  );
}

const hasLine = (text: string) => (lines: { toArray(): { text: string }[] }) =>
  lines.toArray().some((line) => line.text === text);

describe('logs on a real engine', () => {
  let service: DockerService;

  beforeAll(async () => {
    await cleanEngine(LABEL);
    service = await connectedService();
  });

  afterAll(() => cleanEngine(LABEL));

  it.each([true, false])(
    'keeps colours but no cursor, screen or title sequences (C08, tty=%s)',
    async (tty) => {
      const id = await run(`escapes-${tty}`, tty, ESCAPES);

      const lines = await readLogs(service, id, hasLine('done'));

      const shown = texts(lines);
      expect(shown).toEqual([
        'yarn install v1.22.5',
        '\u001b[32mgreen\u001b[0m \u001b[1;31mbold red\u001b[0m',
        'progress 100%',
        'title set',
        'screen cleared here',
        'alt screen on alt screen off',
        'cursor-to-bottom-right',
        'bad bytes \ufffd\ufffd end',
        'done',
      ]);
      expect(
        lines.toArray().every((l) => l.stream === (tty ? 'tty' : 'stdout')),
      ).toBe(true);
    },
  );

  it('tells stdout from stderr without a TTY and joins a line cut by a pause (C09)', async () => {
    const id = await run('streams', false, STREAMS);

    const lines = await readLogs(
      service,
      id,
      hasLine('partial-without-newline ...continued'),
    );

    const of = (stream: string) =>
      lines
        .toArray()
        .filter((l) => l.stream === stream)
        .map((l) => l.text);
    expect(of('stdout')).toEqual([
      'out line 1',
      'out line 2',
      'out line 3',
      'partial-without-newline ...continued',
    ]);
    expect(of('stderr')).toEqual(['err line 1', 'err line 2', 'err line 3']);
  });

  it('merges stderr into the one stream of a TTY container (C09)', async () => {
    const id = await run('tty-streams', true, STREAMS);

    const lines = await readLogs(
      service,
      id,
      hasLine('partial-without-newline ...continued'),
    );

    expect(texts(lines)).toContain('err line 2');
    expect(lines.toArray().every((l) => l.stream === 'tty')).toBe(true);
  });

  it('does not take bytes that look like a frame header as framing on a TTY (C09)', async () => {
    const id = await run(
      'fakeheader',
      true,
      'printf "\\001\\000\\000\\000\\000\\000\\000\\005hello\\n"; exec sleep 100000',
    );

    const lines = await readLogs(service, id, (l) => l.length > 0);

    expect(texts(lines)).toEqual(['␁␀␀␀␀␀␀␅hello']);
  });

  it('puts the engine time before each line when asked', async () => {
    const id = await run('stamped', false, 'echo stamped; exec sleep 100000');

    const lines = await readLogs(service, id, (l) => l.length > 0, {
      timestamps: true,
    });

    expect(texts(lines)[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z stamped$/);
  });

  it('follows new lines after the tail and returns once the view aborts', async () => {
    const id = await run(
      'firehose',
      false,
      'n=0; while :; do n=$((n+1)); echo "tick $n"; sleep 0.05; done',
    );

    // the first lines, then new ones that came after the tail was read: it follows
    const lines = await readLogs(service, id, (l) => l.length >= 30, {
      tail: 5,
    });

    expect(lines.length).toBe(30);
    const ticks = texts(lines).map((t) => Number(t.split(' ')[1]));
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
  });
});
