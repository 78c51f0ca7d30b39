import { describe, expect, it } from 'vitest';
import { humanDurationSeconds, statusParts } from '../../src/docker/status.js';

const readAt = Date.UTC(2026, 5, 1, 12);
const readAtSeconds = readAt / 1000;

describe('the engine status wording', () => {
  it.each([
    ['Less than a second', 0],
    ['1 second', 1],
    ['45 seconds', 45],
    ['About a minute', 60],
    ['12 minutes', 720],
    ['About an hour', 3600],
    ['30 hours', 108_000],
    ['9 days', 777_600],
    ['3 weeks', 1_814_400],
    ['5 months', 12_960_000],
    ['2 years', 63_072_000],
  ])('reads "%s" as %i seconds', (text, seconds) => {
    expect(humanDurationSeconds(text)).toBe(seconds);
  });

  it('estimates when a running container came up, with its health', () => {
    expect(statusParts('Up 12 minutes (healthy)', readAt)).toEqual({
      since: readAtSeconds - 720,
      health: 'healthy',
    });
  });

  it('reads a paused status without taking Paused for health', () => {
    expect(statusParts('Up About an hour (Paused)', readAt)).toEqual({
      since: readAtSeconds - 3600,
      health: null,
    });
  });

  it('estimates when an exited or restarting container stopped', () => {
    expect(statusParts('Exited (137) 2 hours ago', readAt).since).toBe(
      readAtSeconds - 7200,
    );
    expect(statusParts('Restarting (1) 5 seconds ago', readAt).since).toBe(
      readAtSeconds - 5,
    );
  });

  it('gives no time for statuses that carry none', () => {
    expect(statusParts('Created', readAt).since).toBeNull();
    expect(statusParts('Removal In Progress', readAt).since).toBeNull();
    expect(statusParts('Dead', readAt).since).toBeNull();
  });
});
