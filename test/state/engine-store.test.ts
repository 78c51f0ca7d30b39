import { describe, expect, it } from 'vitest';
import { DockerError } from '../../src/docker/errors.js';
import {
  type EngineState,
  engineReducer,
  initialEngineState,
} from '../../src/state/engine-store.js';
import { FAKE_ENGINE } from '../support/fake-service.js';

const lost = (at: number, attempt: number) =>
  ({
    type: 'lost',
    error: new DockerError('unreachable', 'gone'),
    retryAt: at + 500,
    attempt,
    at,
  }) as const;

describe('engineReducer', () => {
  it('keeps the time the lists went stale over every failed retry, until it connects', () => {
    const live = engineReducer(initialEngineState, {
      type: 'connected',
      engine: FAKE_ENGINE,
    });

    const states: EngineState[] = [live];
    for (const [at, attempt] of [
      [1000, 1],
      [2000, 2],
    ] as const) {
      const gone = engineReducer(
        states.at(-1) as EngineState,
        lost(at, attempt),
      );
      states.push(gone, engineReducer(gone, { type: 'retrying' }));
    }
    const back = engineReducer(states.at(-1) as EngineState, {
      type: 'connected',
      engine: FAKE_ENGINE,
    });

    expect(states.slice(1).map((s) => s.staleSince)).toEqual([
      1000, 1000, 1000, 1000,
    ]);
    expect(states.at(-1)?.link).toEqual({ kind: 'connecting', attempt: 2 });
    expect(back.staleSince).toBeNull();
    expect(back.link).toEqual({ kind: 'live' });
  });

  it('counts the connections, so that views know to open their streams again', () => {
    const first = engineReducer(initialEngineState, {
      type: 'connected',
      engine: FAKE_ENGINE,
    });
    const second = engineReducer(engineReducer(first, lost(5, 1)), {
      type: 'connected',
      engine: { ...FAKE_ENGINE, apiVersion: '1.43' },
    });

    expect([first.session, second.session]).toEqual([1, 2]);
    expect(second.engine?.apiVersion).toBe('1.43');
  });
});
