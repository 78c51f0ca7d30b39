import { describe, expect, it } from 'vitest';
import type { LogChunk } from '../../src/docker/details-types.js';
import { logDecoder } from '../../src/docker/logs.js';
import { toStatsSample } from '../../src/docker/stats.js';

describe('logDecoder', () => {
  it('joins a UTF-8 character cut between two reads and replaces invalid bytes', () => {
    const chunks: LogChunk[] = [];
    const decode = logDecoder(true, (chunk) => chunks.push(chunk));
    const euro = Buffer.from('€');

    decode(Buffer.concat([Buffer.from('a'), euro.subarray(0, 1)]));
    decode(Buffer.concat([euro.subarray(1), Buffer.from([0xff, 0x0a])]));

    expect(chunks.map((c) => c.text).join('')).toBe('a€\ufffd\n');
    expect(chunks.every((c) => c.stream === 'tty')).toBe(true);
  });

  it('reads bytes that look like a frame header as text when the container has a TTY', () => {
    const chunks: LogChunk[] = [];
    const decode = logDecoder(true, (chunk) => chunks.push(chunk));

    decode(
      Buffer.from('\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0005hello'),
    );

    expect(chunks).toEqual([
      {
        stream: 'tty',
        text: '\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0005hello',
      },
    ]);
  });
});

describe('toStatsSample', () => {
  it('works out CPU from the previous reading and leaves the page cache out of memory', () => {
    const sample = toStatsSample({
      cpu_stats: {
        cpu_usage: { total_usage: 300 },
        system_cpu_usage: 2000,
        online_cpus: 2,
      },
      precpu_stats: { cpu_usage: { total_usage: 100 }, system_cpu_usage: 1000 },
      memory_stats: { usage: 1000, limit: 4000, stats: { inactive_file: 200 } },
      networks: {
        eth0: { rx_bytes: 5, tx_bytes: 7 },
        eth1: { rx_bytes: 1, tx_bytes: 1 },
      },
      blkio_stats: {
        io_service_bytes_recursive: [
          { op: 'read', value: 10 },
          { op: 'Write', value: 20 },
        ],
      },
      pids_stats: { current: 3 },
    });

    expect(sample).toEqual({
      cpuPercent: 40,
      memoryUsage: 800,
      memoryLimit: 4000,
      networkRx: 6,
      networkTx: 8,
      blockRead: 10,
      blockWrite: 20,
      pids: 3,
    });
  });
});
