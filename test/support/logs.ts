import type { LogOptions } from '../../src/docker/details-types.js';
import type { DockerService } from '../../src/docker/service.js';
import { LineAssembler, type LogLine } from '../../src/state/log-lines.js';
import { RingBuffer } from '../../src/state/ring-buffer.js';

/**
 * Follows a container's logs through the service into a ring buffer, as the logs view does,
 * until `isDone` holds for the lines read so far; then closes the stream.
 */
export async function readLogs(
  service: DockerService,
  id: string,
  isDone: (lines: RingBuffer<LogLine>) => boolean,
  options: Partial<LogOptions> & { capacity?: number } = {},
): Promise<RingBuffer<LogLine>> {
  const lines = new RingBuffer<LogLine>(options.capacity ?? 20_000);
  const assembler = new LineAssembler(options.timestamps ?? false);
  const controller = new AbortController();

  const following = service.followLogs(
    id,
    { tail: options.tail ?? 1000, timestamps: options.timestamps ?? false },
    (chunk) => {
      for (const line of assembler.push(chunk)) lines.push(line);
      if (isDone(lines)) controller.abort();
    },
    controller.signal,
  );
  await following;

  return lines;
}

export const texts = (lines: RingBuffer<LogLine>) =>
  lines.toArray().map((line) => line.text);
