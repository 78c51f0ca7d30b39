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
  tone: 'info' | 'success' | 'error';
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
  notice: Notice | null;
  report: Report | null;
  run: (verb: Verb, items: readonly TaskItem[]) => Promise<void>;
  dismissReport: () => void;
  notify: (notice: Notice | null) => void;
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
 * way, one failure never stops the rest, and every result is reported.
 */
export function useTasks(): Tasks {
  const [pending, setPending] = useState<ReadonlyMap<string, string>>(
    new Map(),
  );
  const [notice, notify] = useState<Notice | null>(null);
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
      const subject =
        items.length === 1 ? items[0]?.name : `${items.length} items`;
      notify({ tone: 'info', text: `${capitalize(verb.doing)} ${subject}…` });

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

      notify(summarize(verb, lines));
      if (items.length > 1) {
        setReport({
          title: `${verb.done}: ${countOk(lines)} of ${lines.length}`,
          lines,
        });
      }
    },
    [mark],
  );

  const dismissReport = useCallback(() => setReport(null), []);

  return { pending, notice, report, run, dismissReport, notify };
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
