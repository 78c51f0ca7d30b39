import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Docker from 'dockerode';
import { describe, expect, it } from 'vitest';
import { createCredentialStore } from '../../src/docker/credentials.js';
import { createSearch } from '../../src/docker/search.js';
import { readRegistrySettings } from '../../src/docker/settings.js';

function folderWith(name: string, content?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-settings-'));
  if (content !== undefined) writeFileSync(join(dir, name), content);

  return dir;
}

const settingsFile = (content?: string) =>
  join(folderWith('config.json', content), 'config.json');

describe("the registries of dockhand's settings file", () => {
  it('lists none, and no problem, when the file or its key is absent', () => {
    const absent = settingsFile();
    const enginesOnly = settingsFile('{"engines": []}');

    expect(readRegistrySettings(absent)).toEqual({
      registries: [],
      problem: null,
    });
    expect(readRegistrySettings(enginesOnly)).toEqual({
      registries: [],
      problem: null,
    });
  });

  it('lists each registry host once, as a reference names it', () => {
    const file = settingsFile(
      JSON.stringify({
        registries: [
          '127.0.0.1:5000',
          'https://reg.example/',
          'localhost:5001',
          '127.0.0.1:5000',
        ],
      }),
    );

    expect(readRegistrySettings(file)).toEqual({
      registries: ['127.0.0.1:5000', 'reg.example', 'localhost:5001'],
      problem: null,
    });
  });

  it('says what is wrong with a malformed file or entry, naming the file', () => {
    const notJson = settingsFile('{"registries": [');
    const notList = settingsFile('{"registries": "127.0.0.1:5000"}');
    const notObject = settingsFile('["127.0.0.1:5000"]');
    const partial = settingsFile(
      '{"registries": ["127.0.0.1:5000", "no host", 5000, "reg.example/team"]}',
    );

    expect(readRegistrySettings(notJson).problem).toMatch(
      new RegExp(`cannot read ${notJson}: it is not valid JSON`),
    );
    expect(readRegistrySettings(notList).problem).toMatch(
      /must hold a list of "registries"/,
    );
    expect(readRegistrySettings(notObject).problem).toMatch(
      /must hold a JSON object/,
    );
    expect(readRegistrySettings(partial)).toEqual({
      registries: ['127.0.0.1:5000'],
      problem: `${partial}: 3 of the registries are not a registry host such as "host:port" and are left out`,
    });
  });

  it('are known beside the registries config.json names, read afresh on each call', async () => {
    const dockerConfig = folderWith(
      'config.json',
      JSON.stringify({
        auths: { 'reg.example:5000': {} },
        credHelpers: { 'helped.example': 'none' },
      }),
    );
    const file = settingsFile('{"registries": ["127.0.0.1:5000"]}');
    const search = createSearch(
      () => ({}) as Docker,
      createCredentialStore({ DOCKER_CONFIG: dockerConfig }),
      file,
    );

    const first = await search.knownRegistries();
    writeFileSync(file, '{"registries": [');
    const second = await search.knownRegistries();

    expect(first).toEqual({
      config: ['helped.example', 'reg.example:5000'],
      settings: ['127.0.0.1:5000'],
      problem: null,
    });
    expect(second).toMatchObject({
      config: ['helped.example', 'reg.example:5000'],
      settings: [],
      problem: expect.stringMatching(/not valid JSON/),
    });
  });
});
