import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/docker/connection.js';
import { createEngineDirectory, isChoiceOf } from '../../src/docker/engines.js';
import { readEngineSettings } from '../../src/docker/settings.js';
import { dockerConfigWith } from '../support/docker-config.js';

function settingsFile(content?: string): string {
  const file = join(
    mkdtempSync(join(tmpdir(), 'dockhand-settings-')),
    'config.json',
  );
  if (content !== undefined) writeFileSync(file, content);

  return file;
}

describe("dockhand's settings file", () => {
  it('lists no engines, and no problem, when it does not exist', () => {
    expect(readEngineSettings(settingsFile())).toEqual({
      engines: [],
      problem: null,
    });
  });

  it('lists the engines it names', () => {
    const file = settingsFile(
      JSON.stringify({
        engines: [{ name: 'lab', host: 'tcp://10.1.1.1:2375' }],
      }),
    );

    expect(readEngineSettings(file)).toEqual({
      engines: [{ name: 'lab', host: 'tcp://10.1.1.1:2375' }],
      problem: null,
    });
  });

  it('says what is wrong with a malformed file, naming it', () => {
    const notJson = settingsFile('{"engines": [');
    const notList = settingsFile('{"engines": {"name": "x"}}');
    const partial = settingsFile(
      '{"engines": [{"name": "ok", "host": "unix:///a.sock"}, {"name": "no host"}]}',
    );

    expect(readEngineSettings(notJson).problem).toMatch(
      new RegExp(`cannot read ${notJson}: it is not valid JSON`),
    );
    expect(readEngineSettings(notList).problem).toMatch(
      /must hold a list of "engines"/,
    );
    expect(readEngineSettings(partial)).toMatchObject({
      engines: [{ name: 'ok' }],
      problem: expect.stringMatching(
        /1 of the engines lack a "name" or a "host"/,
      ),
    });
  });
});

describe('the engines to choose from', () => {
  it('lists the default context, every stored context by name, then the settings engines', () => {
    const env = {
      DOCKER_CONFIG: dockerConfigWith({
        zulu: { host: 'unix:///run/zulu.sock' },
        alpha: { host: 'tcp://10.0.0.7:2375' },
        odd: { host: 'npipe:////./pipe/x' },
      }),
      DOCKER_HOST: 'unix:///from/env.sock',
    };
    const file = settingsFile(
      JSON.stringify({ engines: [{ name: 'lab', host: 'ssh://ann@lab' }] }),
    );

    const { choices, problem } = createEngineDirectory({
      settingsFile: file,
      env,
    }).list();

    expect(problem).toBeNull();
    expect(choices.map((c) => [c.kind, c.name, c.address])).toEqual([
      ['default', 'default', 'unix:///from/env.sock'],
      ['context', 'alpha', 'tcp://10.0.0.7:2375'],
      ['context', 'odd', 'npipe:////./pipe/x'],
      ['context', 'zulu', 'unix:///run/zulu.sock'],
      ['settings', 'lab', 'ssh://ann@lab'],
    ]);
    expect(choices[2]?.target).toBeNull();
    expect(choices[2]?.problem).toMatch(/cannot use: .*unix, tcp or ssh/);
    expect(choices[4]?.target).toMatchObject({
      source: 'settings',
      options: { protocol: 'ssh', username: 'ann' },
    });
  });

  it('shows the --host given as the default context', () => {
    const { choices } = createEngineDirectory({
      hostFlag: 'unix:///from/flag.sock',
      settingsFile: settingsFile(),
      env: { DOCKER_CONFIG: dockerConfigWith({}) },
    }).list();

    expect(choices).toEqual([
      expect.objectContaining({
        name: 'default',
        address: 'unix:///from/flag.sock',
        target: expect.objectContaining({ socketPath: '/from/flag.sock' }),
      }),
    ]);
  });

  it('passes on a problem with the settings file beside the contexts', () => {
    const { choices, problem } = createEngineDirectory({
      settingsFile: settingsFile('not json'),
      env: { DOCKER_CONFIG: dockerConfigWith({ a: { host: 'unix:///a' } }) },
    }).list();

    expect(choices.map((c) => c.name)).toEqual(['default', 'a']);
    expect(problem).toMatch(/not valid JSON/);
  });

  it('knows which choice is the engine in use', () => {
    const env = {
      DOCKER_CONFIG: dockerConfigWith({ a: { host: 'unix:///a' } }, 'a'),
    };
    const { choices } = createEngineDirectory({
      settingsFile: settingsFile(),
      env,
    }).list();
    const [byDefault, byContext] = choices;

    const current = resolveTarget({}, env);

    expect(byContext && isChoiceOf(byContext, current)).toBe(true);
    expect(byDefault && isChoiceOf(byDefault, current)).toBe(false);
    expect(
      byDefault && isChoiceOf(byDefault, resolveTarget('unix:///x', env)),
    ).toBe(true);
  });
});
