import { afterEach, describe, expect, it } from 'vitest';
import {
  type EngineTarget,
  resolveTarget,
} from '../../src/docker/connection.js';
import type {
  EngineChoice,
  EngineDirectory,
} from '../../src/docker/engines.js';
import { DockerError } from '../../src/docker/errors.js';
import type { DockerService } from '../../src/docker/service.js';
import { Root } from '../../src/ui/root.js';
import {
  FAKE_ENGINE,
  container,
  createFakeService,
} from '../support/fake-service.js';
import { KEYS, type Rendered, renderInk } from '../support/ink.js';

let view: Rendered | undefined;

afterEach(() => view?.unmount());

function contextTarget(name: string): EngineTarget {
  return {
    ...resolveTarget(`unix:///run/${name}.sock`, {}),
    source: 'context',
    name,
  };
}

const choice = (target: EngineTarget): EngineChoice => ({
  name: target.name,
  kind: 'context',
  address: target.address,
  target,
  problem: null,
});

/** Engines alpha and beta answer, dead refuses, slow never answers, odd is unusable. */
function fakeEngines() {
  const services = new Map<string, DockerService>();
  const streams: Record<string, AbortSignal[]> = {};
  for (const name of ['alpha', 'beta', 'dead']) {
    const service = createFakeService([container(`on-${name}`)]);
    const target = contextTarget(name);
    const streamEvents = service.streamEvents;
    streams[name] = [];
    services.set(name, {
      ...service,
      target,
      connect:
        name === 'dead'
          ? () =>
              Promise.reject(
                new DockerError('unreachable', 'connect ECONNREFUSED'),
              )
          : service.connect,
      streamEvents: (onEvent, signal) => {
        streams[name]?.push(signal);
        return streamEvents(onEvent, signal);
      },
    });
  }

  const directory: EngineDirectory = {
    list: () => ({
      choices: [
        ...['alpha', 'beta', 'dead', 'slow'].map((n) =>
          choice(contextTarget(n)),
        ),
        {
          name: 'odd',
          kind: 'context',
          address: 'npipe:////./pipe/x',
          target: null,
          problem: 'dockhand cannot reach an engine over npipe',
        },
      ],
      problem: '/home/u/.config/dockhand/config.json: it is not valid JSON',
    }),
    ping: (target) =>
      target.name === 'dead'
        ? Promise.reject(new DockerError('unreachable', 'connect ECONNREFUSED'))
        : target.name === 'slow'
          ? new Promise(() => {})
          : Promise.resolve(FAKE_ENGINE),
    open: (target) => services.get(target.name) as DockerService,
  };

  return { directory, streams };
}

describe('the hosts view', () => {
  it('lists every engine with whether it answers, and the settings problem', async () => {
    const { directory } = fakeEngines();
    view = renderInk(
      <Root directory={directory} target={contextTarget('alpha')} />,
      { columns: 140, rows: 30 },
    );
    await view.waitFor('context alpha');

    view.press('H');
    const frame = await view.waitFor((f) => f.includes('refuses'));

    expect(frame).toMatch(
      /alpha\s+unix:\/\/\/run\/alpha\.sock\s+answers \(docker 99\.0-fake, API 1\.41\)/,
    );
    expect(frame).toMatch(/dead .*refuses: connect ECONNREFUSED/);
    expect(frame).toMatch(/slow .*checking…/);
    expect(frame).toMatch(/odd .*cannot be used: dockhand cannot reach/);
    expect(frame).toContain('config.json: it is not valid JSON');
  });

  it('switches to the chosen engine, closing what was bound to the old one', async () => {
    const { directory, streams } = fakeEngines();
    view = renderInk(
      <Root directory={directory} target={contextTarget('alpha')} />,
      { columns: 140, rows: 30 },
    );
    await view.waitFor('on-alpha');

    view.press('H');
    await view.waitFor('Enter switches');
    view.press(KEYS.down, KEYS.enter);
    const frame = await view.waitFor('on-beta');

    expect(frame).toContain('context beta');
    expect(frame).not.toContain('on-alpha');
    expect(streams.alpha?.length).toBeGreaterThan(0);
    expect(streams.alpha?.every((signal) => signal.aborted)).toBe(true);
    expect(streams.beta?.some((signal) => !signal.aborted)).toBe(true);
  });

  it('closes on Esc and leaves the engine as it was', async () => {
    const { directory } = fakeEngines();
    view = renderInk(
      <Root directory={directory} target={contextTarget('alpha')} />,
      { columns: 140, rows: 30 },
    );
    await view.waitFor('on-alpha');

    view.press('H');
    await view.waitFor('Enter switches');
    view.press(KEYS.escape);
    const frame = await view.waitFor((f) => !f.includes('Enter switches'));

    expect(frame).toContain('on-alpha');
    expect(frame).toContain('context alpha');
  });

  it('names the context and endpoint that fail, and offers another from there', async () => {
    const { directory } = fakeEngines();
    view = renderInk(
      <Root directory={directory} target={contextTarget('dead')} />,
      { columns: 140, rows: 30 },
    );

    const failed = await view.waitFor('Cannot reach');

    expect(failed).toContain('unix:///run/dead.sock (context dead)');
    expect(failed).toContain('Press H to choose another engine');

    view.press('H');
    await view.waitFor('Enter switches');
    view.press(KEYS.up, KEYS.up, KEYS.enter);
    const frame = await view.waitFor('on-alpha');

    expect(frame).toContain('context alpha');
  });
});
