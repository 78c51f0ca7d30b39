import { useCallback, useEffect, useRef, useState } from 'react';
import { toDockerError } from '../docker/errors.js';
import { explain } from './explain.js';

/** How many engine calls one bulk action keeps in flight. */
export const BULK_CONCURRENCY = 4;

export interface Verb {
  /** "stopping", shown on the row while it runs. */
  doing: string;
  /** "Stopped", for the result. */
  done: string;
  /** "stop", for a failure: "Could not stop web". */
  base: string;
}

export interface TaskItem {
  key: string;
  name: string;
  run: () => Promise<void>;
}

export interface Notice {
  /** info: under way; hint: how to use what is on screen. */
  tone: 'info' | 'success' | 'error' | 'hint';
  text: string;
}

export interface ReportLine {
  name: string;
  isOk: boolean;
  detail: string;
}

export interface Report {
  title: string;
  lines: ReportLine[];
}

export interface Tasks {
  pending: ReadonlyMap<string, string>;
  /** The latest message of each place (pane or view), by the place's name. */
  notices: ReadonlyMap<string, Notice>;
  report: Report | null;
  run: (verb: Verb, items: readonly TaskItem[]) => Promise<void>;
  dismissReport: () => void;
  /** Leaves a message in the place the user is in now. */
  notify: (notice: Notice | null) => void;
  /** A notify bound to the place the user is in now, for results that come later. */
  notifier: () => (notice: Notice | null) => void;
  /** Drops the message of `place`: a key pressed there means it was seen. */
  dismiss: (place: string) => void;
}

/** Runs `work` on every item with at most `limit` in flight. */
export async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };

  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
}

/**
 * Runs actions on one or many rows without blocking the UI: each row shows what is under
 * way, one failure never stops the rest, and every result is reported. `here` names the
 * place the user is in; a message belongs to the place its action started in.
 */
export function useTasks(here: () => string): Tasks {
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(
    new Map(),
  );
  const { notices, notify, notifier, dismiss } = useNotices(here);
  const [report, setReport] = useState<Report | null>(null);
  // An app unmounted for another engine starts none of its queued actions on the old one.
  const isMounted = useRef(true);
  useEffect(() => {
    isMounted.current = true;

    return () => {
      isMounted.current = false;
    };
  }, []);

  const mark = useCallback((key: string, label: string | null) => {
    setPending((current) => {
      const next = new Map(current);
      if (label === null) next.delete(key);
      else next.set(key, label);

      return next;
    });
  }, []);

  const run = useCallback(
    async (verb: Verb, items: readonly TaskItem[]) => {
      if (items.length === 0) return;

      const lines: ReportLine[] = [];
      const tell = notifier();
      const subject =
        items.length === 1 ? items[0]?.name : `${items.length} items`;
      tell({ tone: 'info', text: `${capitalize(verb.doing)} ${subject}…` });

      await eachLimited(items, BULK_CONCURRENCY, async (item) => {
        if (!isMounted.current) return;
        mark(item.key, verb.doing);
        try {
          await item.run();
          lines.push({ name: item.name, isOk: true, detail: verb.done });
        } catch (error) {
          const detail = explain(toDockerError(error), verb.base);
          lines.push({ name: item.name, isOk: false, detail });
        } finally {
          mark(item.key, null);
        }
      });

      tell(summarize(verb, lines));
      if (items.length > 1) {
        setReport({
          title: `${verb.done}: ${countOk(lines)} of ${lines.length}`,
          lines,
        });
      }
    },
    [mark, notifier],
  );

  const dismissReport = useCallback(() => setReport(null), []);

  return {
    pending,
    notices,
    report,
    run,
    dismissReport,
    notify,
    notifier,
    dismiss,
  };
}

/**
 * One message per place. Every key reaches `dismiss`, so it reads a ref rather than
 * setting state, and a key where nothing is shown costs no render.
 */
function useNotices(here: () => string) {
  const [notices, setNotices] = useState<ReadonlyMap<string, Notice>>(
    new Map(),
  );
  const current = useRef(notices);
  const change = useCallback((place: string, notice: Notice | null) => {
    const next = new Map(current.current);
    if (notice) next.set(place, notice);
    else next.delete(place);
    current.current = next;
    setNotices(next);
  }, []);

  const notifier = useCallback(() => {
    const place = here();

    return (notice: Notice | null) => change(place, notice);
  }, [change, here]);
  const notify = useCallback(
    (notice: Notice | null) => change(here(), notice),
    [change, here],
  );
  const dismiss = useCallback(
    (place: string) => {
      if (current.current.has(place)) change(place, null);
    },
    [change],
  );

  return { notices, notify, notifier, dismiss };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function countOk(lines: readonly ReportLine[]): number {
  return lines.filter((line) => line.isOk).length;
}

function summarize(verb: Verb, lines: readonly ReportLine[]): Notice {
  const [only] = lines;
  if (lines.length === 1 && only) {
    return only.isOk
      ? { tone: 'success', text: `${verb.done} ${only.name}.` }
      : {
          tone: 'error',
          text: `Could not ${verb.base} ${only.name}: ${only.detail}`,
        };
  }

  const ok = countOk(lines);
  const failed = lines.length - ok;

  return {
    tone: failed > 0 ? 'error' : 'success',
    text:
      `${verb.done} ${ok} of ${lines.length}` +
      (failed > 0 ? `; ${failed} failed (see the report).` : '.'),
  };
}
