import { describe, expect, it } from 'vitest';
import { DockerError } from '../../src/docker/errors.js';
import { withFirstRead } from '../../src/docker/first-read.js';
import type { EngineEvent } from '../../src/docker/types.js';
import {
  FAKE_ENGINE,
  container,
  createFakeService,
} from '../support/fake-service.js';

/** A fake engine that counts the calls that reach it, by method name. */
function countedEngine() {
  const fake = createFakeService([container('web')]);
  const counts: Record<string, number> = {};
  const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);
  const connect = fake.connect;
  const listContainers = fake.listContainers;
  const streamEvents = fake.streamEvents;
  fake.connect = () => (count('connect'), connect());
  fake.listContainers = (ids) => (count('listContainers'), listContainers(ids));
  fake.streamEvents = (onEvent, signal) => (
    count('streamEvents'),
    streamEvents(onEvent, signal)
  );

  return { fake, counts };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('withFirstRead', () => {
  it('asks the engine at once and serves the first calls from that one read', async () => {
    const { fake, counts } = countedEngine();

    const service = withFirstRead(fake).service;
    await settle();
    const asked = { ...counts };
    const engine = await service.connect();
    const containers = await service.listContainers();

    expect(asked).toEqual({ connect: 1, listContainers: 1, streamEvents: 1 });
    expect(counts).toEqual(asked);
    expect(engine).toEqual(FAKE_ENGINE);
    expect(containers.map((c) => c.name)).toEqual(['web']);
  });

  it('sends every later call, and a read of some IDs, to the engine', async () => {
    const { fake, counts } = countedEngine();
    const service = withFirstRead(fake).service;

    await service.connect();
    await service.listContainers();
    await service.listContainers();
    await service.listContainers(['web-id']);
    await service.connect();

    expect(counts).toEqual({ connect: 2, listContainers: 3, streamEvents: 1 });
  });

  it('keeps the events that come before the app listens, then passes on the rest', async () => {
    const { fake } = countedEngine();
    const service = withFirstRead(fake).service;
    await settle();
    fake.emit({ scope: 'container', action: 'start', id: 'early' });
    const seen: EngineEvent[] = [];
    const stop = new AbortController();

    const streaming = service.streamEvents((e) => seen.push(e), stop.signal);
    fake.emit({ scope: 'container', action: 'stop', id: 'late' });
    stop.abort();
    await streaming;

    expect(seen.map((e) => `${e.action} ${e.id}`)).toEqual([
      'start early',
      'stop late',
    ]);
  });

  it('reads everything afresh after the first connection failed', async () => {
    const { fake, counts } = countedEngine();
    const connect = fake.connect;
    fake.connect = () => {
      fake.connect = connect;
      return Promise.reject(new DockerError('unreachable', 'not yet'));
    };

    const service = withFirstRead(fake).service;
    const failure = await service.connect().catch((error: Error) => error);
    await service.connect();
    await service.listContainers();

    expect(failure).toBeInstanceOf(DockerError);
    expect(counts).toEqual({ connect: 1, listContainers: 1 });
  });
});
