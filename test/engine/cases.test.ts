/* eslint-disable no-control-regex -- these tests look for control characters */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import { explain } from '../../src/state/explain.js';
import { imageRows } from '../../src/state/image-rows.js';
import { formatAge } from '../../src/lib/format.js';
import {
  type ContainerRow,
  containerColumns,
  stateText,
  statusText,
} from '../../src/ui/containers/columns.js';
import { isAmbiguous } from '../../src/ui/containers/use-state-details.js';
import { stateLine } from '../../src/ui/details/state-line.js';
import { buildView } from '../../src/ui/table/view-rows.js';
import {
  BASE_IMAGE,
  buildImage,
  cleanEngine,
  connectedService,
  docker,
  runSleeper,
} from '../support/engine.js';

// The situations of shared/cases that concern lists and removal, each rebuilt on the
// private engine and met through the service module.
const LABEL = 'dockhand.test=cases';

let service: DockerService;

beforeAll(async () => {
  await cleanEngine(LABEL, 'cases-test');
  service = await connectedService();
});

afterAll(() => cleanEngine(LABEL, 'cases-test'));

const byName = async (name: string) => {
  const all = await service.listContainers();
  const found = all.find((c) => c.name === name);
  if (!found) throw new Error(`${name} is not listed`);

  return found;
};

const rejection = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as import('../../src/docker/errors.js').DockerError;
  }
  throw new Error('the engine accepted what it should refuse');
};

describe('C01: dangling images, one still used by a stopped container', () => {
  it('lists them as untagged, and explains why the used one is refused', async () => {
    const v1 = await buildImage('cases-test/c01:latest', 'v1', LABEL);
    await docker(
      'run',
      '--name',
      'cases-c01-uses-v1',
      '--label',
      LABEL,
      'cases-test/c01:latest',
      'true',
    );
    const v2 = await buildImage('cases-test/c01:latest', 'v2', LABEL);
    await buildImage('cases-test/c01:latest', 'v3', LABEL);

    const images = await service.listImages();
    const rows = imageRows(images, await service.listContainers());
    const used = rows.find((r) => r.image.id === v1);
    const unused = rows.find((r) => r.image.id === v2);
    const refusal = await rejection(service.removeImage(v1, { force: false }));
    const removed = await service.removeImage(v2, { force: false });

    expect(used).toMatchObject({ kind: 'dangling', containers: 1 });
    expect(unused).toMatchObject({ kind: 'dangling', containers: 0 });
    expect(refusal.kind).toBe('conflict');
    expect(explain(refusal, 'remove')).toMatch(/^it is in use/);
    expect(removed.deleted).toContain(v2);
  });
});

describe('C03: one image carrying 40 tags across 3 repositories', () => {
  it('shows every tag, untags by name, and removes the image only with force', async () => {
    const id = await buildImage('cases-test/c03:1', 'many', LABEL);
    const long = `L${'x'.repeat(127)}`;
    const tags = [
      ...Array.from({ length: 19 }, (_, i) => `cases-test/c03:${i + 2}`),
      ...Array.from({ length: 10 }, (_, i) => `cases-test/c03-mirror:r${i}`),
      ...Array.from(
        { length: 9 },
        (_, i) => `127.0.0.1:5999/cases-test/c03:${i}`,
      ),
      `cases-test/c03:${long}`,
    ];
    for (const tag of tags) await docker('tag', id, tag);

    const rows = imageRows(await service.listImages(), []).filter(
      (r) => r.image.id === id,
    );
    const untag = await service.removeImage('cases-test/c03:1', {
      force: false,
    });
    const stillThere = (await service.listImages()).some((i) => i.id === id);
    const byId = await rejection(service.removeImage(id, { force: false }));
    const forced = await service.removeImage(id, { force: true });

    expect(rows).toHaveLength(40);
    expect(rows.map((r) => r.tag)).toContain(long);
    expect(untag).toEqual({ untagged: ['cases-test/c03:1'], deleted: [] });
    expect(stillThere).toBe(true);
    expect(byId.kind).toBe('conflict');
    expect(forced.deleted).toContain(id);
    expect(forced.untagged).toHaveLength(39);
  });
});

describe('C04: images that containers use, and what force leaves behind', () => {
  it('explains the conflict, and a container whose image is gone still shows by image ID', async () => {
    const inUse = await buildImage('cases-test/c04-in-use:1', 'in-use', LABEL);
    const orphaned = await buildImage(
      'cases-test/c04-orphaned:1',
      'orphaned',
      LABEL,
    );
    await docker(
      'run',
      '-d',
      '--name',
      'cases-c04-running',
      '--label',
      LABEL,
      'cases-test/c04-in-use:1',
      'sleep',
      '100000',
    );
    await docker(
      'run',
      '--name',
      'cases-c04-orphan',
      '--label',
      LABEL,
      'cases-test/c04-orphaned:1',
      'true',
    );
    await docker('rmi', '-f', 'cases-test/c04-orphaned:1');

    const byTag = await rejection(
      service.removeImage('cases-test/c04-in-use:1', { force: false }),
    );
    const forced = await rejection(service.removeImage(inUse, { force: true }));
    const orphan = await byName('cases-c04-orphan');
    const details = await service.inspectContainer(orphan.id);
    const [cells] = buildView([orphan], {
      keyOf: (c) => c.id,
      columns: containerColumns,
      sort: undefined,
      isSortReversed: false,
      filter: '',
    });

    expect(byTag.kind).toBe('conflict');
    expect(explain(byTag, 'remove')).toMatch(/in use/);
    // Force cannot get past a running container: the way out is to stop it, not D again.
    expect(explain(forced, 'remove')).toMatch(/^a running container uses it/);
    expect(orphan.imageId).toBe(orphaned);
    expect(cells?.cells[1]).toBe(orphaned.slice(7, 19));
    // Its details still open, naming the image that is gone.
    expect(details).toMatchObject({ Image: orphaned });
  });
});

describe('C05: very long names and commands with control characters', () => {
  it('keeps every container on one line with its controls shown inert', async () => {
    const longName = `cases-c05-${'n'.repeat(239)}`;
    await docker(
      'run',
      '-d',
      '--name',
      longName,
      '--label',
      LABEL,
      BASE_IMAGE,
      'sh',
      '-c',
      `sleep 100000 # ${'A'.repeat(3000)}`,
    );
    await docker(
      'run',
      '-d',
      '--name',
      'cases-c05-crlf',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sh',
      '-c',
      'echo started\r\nexec sleep 100000',
    );
    await docker(
      'run',
      '-d',
      '--name',
      'cases-c05-tabs',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sh',
      '-c',
      'sleep 100000\t#\ttabs\vvtab\fformfeed',
    );

    const listed = (await service.listContainers()).filter((c) =>
      c.name.startsWith('cases-c05-'),
    );
    const view = buildView(listed, {
      keyOf: (c) => c.id,
      columns: [
        { title: 'CMD', width: 10, priority: 1, text: (c) => c.command },
        ...containerColumns,
      ],
      sort: undefined,
      isSortReversed: false,
      filter: '',
    });

    expect(listed.map((c) => c.name)).toContain(longName);
    expect(view).toHaveLength(3);
    for (const row of view) {
      expect(row.cells.join(' ')).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });
});

describe('C12: containers that never really run', () => {
  it('tells each state and exit code apart, a failed start and an OOM kill included, with no age from a zero time', async () => {
    await docker(
      'run',
      '--name',
      'cases-c12-exit0',
      '--label',
      LABEL,
      BASE_IMAGE,
      'true',
    );
    await docker(
      'run',
      '--name',
      'cases-c12-exit1',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sh',
      '-c',
      'exit 1',
    ).catch(() => undefined);
    // The engine creates it, fails to start it, and keeps it as "created" with the reason.
    await docker(
      'run',
      '-d',
      '--name',
      'cases-c12-notfound',
      '--label',
      LABEL,
      BASE_IMAGE,
      '/no/such/binary',
    ).catch(() => undefined);
    await docker(
      'create',
      '--name',
      'cases-c12-created',
      '--label',
      LABEL,
      BASE_IMAGE,
      'sleep',
      '1',
    );
    await runSleeper('cases-c12-killed', LABEL);
    await docker('kill', 'cases-c12-killed');
    await docker(
      'run',
      '--name',
      'cases-c12-oom',
      '--label',
      LABEL,
      '--memory',
      '8m',
      '--memory-swap',
      '8m',
      BASE_IMAGE,
      'sh',
      '-c',
      'x=$(head -c 64000000 /dev/zero | tr "\\0" a)',
    ).catch(() => undefined);

    const names = ['exit0', 'exit1', 'notfound', 'created', 'killed', 'oom'];
    const rows: Record<string, ContainerRow> = Object.fromEntries(
      await Promise.all(
        names.map(async (n) => {
          const listed = await byName(`cases-c12-${n}`);
          const detail = isAmbiguous(listed)
            ? await service.stateDetail(listed.id)
            : undefined;
          return [n, { ...listed, detail }];
        }),
      ),
    );
    const shown = (n: string) => {
      const row = rows[n] as ContainerRow;
      return [stateText(row), statusText(row), formatAge(row.created)];
    };
    const recently = /^\d+s$/;

    expect(Object.fromEntries(names.map((n) => [n, shown(n)]))).toEqual({
      exit0: [
        'exited (0)',
        expect.stringMatching(/^Exited \d+s ago$/),
        expect.stringMatching(recently),
      ],
      exit1: [
        'exited (1)',
        expect.stringMatching(/^Exited \d+s ago$/),
        expect.stringMatching(recently),
      ],
      // Never started: StartedAt and FinishedAt are 0001-01-01, and no age comes of them.
      notfound: [
        expect.stringMatching(/^failed \(12[78]\)$/),
        'Failed to start',
        expect.stringMatching(recently),
      ],
      created: ['created', 'Created', expect.stringMatching(recently)],
      killed: [
        'exited (137)',
        expect.stringMatching(/^Exited \d+s ago$/),
        expect.stringMatching(recently),
      ],
      oom: [
        'OOM-killed (137)',
        expect.stringMatching(/^Exited \d+s ago$/),
        expect.stringMatching(recently),
      ],
    });
    expect(stateLine(rows.notfound as ContainerRow)).toMatch(
      /^Failed to start \(exit 12[78]\): .*\/no\/such\/binary.*no such file or directory/,
    );
    expect(stateLine(rows.oom as ContainerRow)).toMatch(
      /^OOM-killed \(exit 137\): .* its memory limit of 8 MiB\.$/,
    );
    expect(stateLine(rows.created as ContainerRow)).toBeNull();
    expect(stateLine(rows.killed as ContainerRow)).toBeNull();
  });
});

describe('C14: paused containers', () => {
  it('shows paused, refuses a second pause and a shell in words that offer unpause, and unpauses', async () => {
    await runSleeper('cases-c14-paused', LABEL);
    await docker('pause', 'cases-c14-paused');
    const paused = await byName('cases-c14-paused');

    const again = await rejection(service.containerAction(paused.id, 'pause'));
    const shell = await rejection(service.openShell(paused.id, 'paused'));
    await service.containerAction(paused.id, 'unpause');

    expect(paused.state).toBe('paused');
    expect(again.kind).toBe('conflict');
    expect(explain(again, 'pause')).toMatch(
      /^it is paused: press p to unpause/,
    );
    expect(shell.kind).toBe('conflict');
    expect(explain(shell, 'open a shell in')).toMatch(
      /^it is paused: press p to unpause/,
    );
    expect((await byName('cases-c14-paused')).state).toBe('running');
  });
});

describe('C15: containers that vanish while shown', () => {
  it('answers a vanished container as gone, and lists nothing for it', async () => {
    const id = await runSleeper('cases-c15-gone', LABEL);
    await docker('rm', '-f', id);

    const action = await rejection(service.containerAction(id, 'stop'));
    const listed = await service.listContainers([id]);

    expect(action.kind).toBe('not-found');
    expect(explain(action, 'stop')).toMatch(/no longer exists/);
    expect(listed).toEqual([]);
  });

  it('tells a re-created name apart by ID', async () => {
    const first = await runSleeper('cases-c15-same', LABEL);
    await docker('rm', '-f', first);
    const second = await runSleeper('cases-c15-same', LABEL);

    const listed = await service.listContainers([first, second]);

    expect(listed.map((c) => c.id)).toEqual([second]);
  });
});
