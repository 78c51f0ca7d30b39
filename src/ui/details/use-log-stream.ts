import { useEffect, useRef, useState } from 'react';
import type { LogOptions } from '../../docker/details-types.js';
import type { DockerService } from '../../docker/service.js';
import { LineAssembler, type LogLine } from '../../state/log-lines.js';
import { RingBuffer } from '../../state/ring-buffer.js';
import { errorText } from './error-text.js';

/** Lines a log view holds at most; older ones are forgotten as new ones come. */
export const LOG_CAPACITY = 20_000;

/** How often new lines reach the screen: a flood of lines costs one render per frame. */
const PUBLISH_MS = 50;

export interface LogStreamState {
  buffer: RingBuffer<LogLine>;
  /** Changes whenever lines arrived, so that views can re-render. */
  version: number;
  status: 'reading' | 'ended' | 'failed';
  error: string | null;
}

/**
 * Follows one container's logs while mounted: the stream opens for the view on screen and
 * closes with it. It opens again, reading the lines anew, when the options change and when
 * the container starts or stops (the engine ends a followed stream when it stops).
 */
export function useLogStream(
  service: DockerService,
  id: string,
  options: LogOptions,
  isRunning: boolean,
): LogStreamState {
  const buffer = useRef(new RingBuffer<LogLine>(LOG_CAPACITY)).current;
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<LogStreamState['status']>('reading');
  const [error, setError] = useState<string | null>(null);
  const { tail, timestamps } = options;

  useEffect(() => {
    const controller = new AbortController();
    const assembler = new LineAssembler(timestamps);
    let timer: NodeJS.Timeout | null = null;
    const publish = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setVersion((v) => v + 1);
      }, PUBLISH_MS);
    };

    buffer.clear();
    setStatus('reading');
    setError(null);
    service
      .followLogs(
        id,
        { tail, timestamps },
        (chunk) => {
          for (const line of assembler.push(chunk)) buffer.push(line);
          publish();
        },
        controller.signal,
      )
      .then(() => {
        for (const line of assembler.flush()) buffer.push(line);
        if (!controller.signal.aborted) setStatus('ended');
      })
      .catch((failure: unknown) => {
        // A stream closed on purpose (view closed, options changed) is not a failure.
        if (controller.signal.aborted) return;
        setStatus('failed');
        setError(errorText(failure));
      })
      .finally(publish);

    return () => {
      controller.abort();
      if (timer) clearTimeout(timer);
    };
  }, [service, id, tail, timestamps, buffer, isRunning]);

  return { buffer, version, status, error };
}
