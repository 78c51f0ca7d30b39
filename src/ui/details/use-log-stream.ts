import { useEffect, useRef, useState } from 'react';
import type { LogOptions } from '../../docker/details-types.js';
import { sinceAfter } from '../../docker/logs.js';
import type { DockerService } from '../../docker/service.js';
import { LineAssembler, type LogLine } from '../../state/log-lines.js';
import { RingBuffer } from '../../state/ring-buffer.js';
import { useLink } from '../hooks/use-link.js';
import { errorText } from './error-text.js';

/** Lines a log view holds at most; older ones are forgotten as new ones come. */
export const LOG_CAPACITY = 20_000;

/** How often new lines reach the screen: a flood of lines costs one render per frame. */
const PUBLISH_MS = 50;

export interface LogStreamState {
  buffer: RingBuffer<LogLine>;
  /** Changes whenever lines arrived, so that views can re-render. */
  version: number;
  /** `lost`: the engine is gone; following resumes when it is back. */
  status: 'reading' | 'ended' | 'failed' | 'lost';
  error: string | null;
}

/** What the lines in the buffer are: asking for the same again may go on after them. */
interface Held {
  key: string;
  /** The engine's time on the last line held. */
  stamp: string | null;
}

/**
 * Follows one container's logs while mounted: the stream opens for the view on screen and
 * closes with it. It reads anew when the options change. When the stream opens again for
 * the same lines (the container started or stopped, as the engine ends a followed stream
 * when it stops; the engine came back after it was lost), it goes on after the last line
 * held, by the engine's time on it, instead of sending the history again.
 */
export function useLogStream(
  service: DockerService,
  id: string,
  options: LogOptions,
  isRunning: boolean,
): LogStreamState {
  const buffer = useRef(new RingBuffer<LogLine>(LOG_CAPACITY)).current;
  const held = useRef<Held>({ key: '', stamp: null });
  const [version, setVersion] = useState(0);
  const [status, setStatus] = useState<LogStreamState['status']>('reading');
  const [error, setError] = useState<string | null>(null);
  const { isLive, session } = useLink();
  const { tail, timestamps } = options;

  useEffect(() => {
    const controller = new AbortController();
    // The engine always sends its times, so that a resumed stream knows where to start.
    const assembler = new LineAssembler(true, timestamps);
    const key = `${id} ${tail} ${timestamps}`;
    const since =
      held.current.key === key && held.current.stamp
        ? sinceAfter(held.current.stamp)
        : null;
    let timer: NodeJS.Timeout | null = null;
    const publish = () => {
      timer ??= setTimeout(() => {
        timer = null;
        setVersion((v) => v + 1);
      }, PUBLISH_MS);
    };
    const take = (lines: LogLine[]) => {
      for (const line of lines) buffer.push(line);
      held.current.stamp = assembler.lastStamp ?? held.current.stamp;
    };

    if (since === null) {
      buffer.clear();
      held.current = { key, stamp: null };
    }

    setStatus('reading');
    setError(null);
    service
      .followLogs(
        id,
        since === null
          ? { tail, timestamps: true }
          : { tail: LOG_CAPACITY, timestamps: true, since },
        (chunk) => {
          take(assembler.push(chunk));
          publish();
        },
        controller.signal,
      )
      .then(() => {
        take(assembler.flush());
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
  }, [service, id, tail, timestamps, buffer, isRunning, session]);

  return { buffer, version, status: isLive ? status : 'lost', error };
}
