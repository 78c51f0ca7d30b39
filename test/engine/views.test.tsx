import { render } from 'ink-testing-library';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Notice } from '../../src/state/use-tasks.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DockerService } from '../../src/docker/service.js';
import type { ContainerInfo } from '../../src/docker/types.js';
import { InspectTab } from '../../src/ui/details/inspect-tab.js';
import { LogsTab } from '../../src/ui/details/logs-tab.js';
import {
  BASE_IMAGE,
  cleanEngine,
  connectedService,
  docker,
} from '../support/engine.js';
import { waitForFrame } from '../support/frames.js';
import { viewHarness } from '../support/views.js';

const LABEL = 'dockhand.test=views';

describe('the details tabs over a real engine', () => {
  let service: DockerService;
  let container: ContainerInfo;

  beforeAll(async () => {
    await cleanEngine(LABEL);
    service = await connectedService();
    const id = await docker(
      'run',
      '-d',
      '--label',
      LABEL,
      '-e',
      'API_TOKEN=s3cr3t-value',
      BASE_IMAGE,
      'sh',
      '-c',
      'echo hello from the view; exec sleep 100000',
    );
    const [info] = await service.listContainers([id]);
    container = info!;
  });

  afterAll(() => cleanEngine(LABEL));

  it('closes the log stream when the logs tab closes', async () => {
    const signals: AbortSignal[] = [];
    const watched: DockerService = {
      ...service,
      followLogs: (id, options, onChunk, signal) => {
        signals.push(signal);
        return service.followLogs(id, options, onChunk, signal);
      },
    };
    const harness = viewHarness();

    const view = render(
      harness.wrap(
        <LogsTab
          service={watched}
          container={container}
          width={80}
          height={10}
          isSearching={false}
          notify={() => undefined}
        />,
      ),
    );
    await waitForFrame(view, (f) => f.includes('hello from the view'));
    view.unmount();

    expect(signals).toHaveLength(1);
    expect(signals[0]?.aborted).toBe(true);
  });

  it('masks a secret env value until v reveals it', async () => {
    const harness = viewHarness();
    const view = render(
      harness.wrap(
        <InspectTab
          service={service}
          container={container}
          width={120}
          height={400}
        />,
      ),
    );
    const masked = await waitForFrame(view, (f) => f.includes('API_TOKEN='));
    expect(masked).toContain('"API_TOKEN=••••••••"');
    expect(masked).not.toContain('s3cr3t-value');

    harness.press('inspect', 'reveal');

    await waitForFrame(view, (f) => f.includes('"API_TOKEN=s3cr3t-value"'));
    harness.press('inspect', 'reveal');
    await waitForFrame(view, (f) => !f.includes('s3cr3t-value'));
    view.unmount();
  });

  it('saves the lines it holds to a file with w, as plain text', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'dockhand-save-'));
    const notices: Notice[] = [];
    const harness = viewHarness();
    const view = render(
      harness.wrap(
        <LogsTab
          service={service}
          container={container}
          width={80}
          height={10}
          isSearching={false}
          notify={(notice) => notices.push(notice)}
          saveFolder={folder}
        />,
      ),
    );
    await waitForFrame(view, (f) => f.includes('hello from the view'));

    harness.press('logs', 'save');

    await waitForFrame(view, () => notices.length > 0);
    const [notice] = notices;
    expect(notice?.tone).toBe('success');
    const path = notice?.text.replace(/^Saved 1 line to /, '') ?? '';
    expect(path.startsWith(folder)).toBe(true);
    expect(await readFile(path, 'utf8')).toBe('hello from the view\n');
    view.unmount();
    await rm(folder, { recursive: true, force: true });
  });
});
