import {
  type ReactNode,
  createContext,
  createElement,
  useEffect,
  useState,
} from 'react';

/** The screen's clock in ms, for cells that show ages; see useClock. */
export const ClockContext = createContext<number>(Date.now());

/**
 * The time, ticking every `intervalMs`. Ages on screen need no faster tick than their
 * coarsest unit allows, so an idle screen costs one frame per tick and nothing else.
 */
export function useClock(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);

    return () => clearInterval(timer);
  }, [intervalMs]);

  return now;
}

/**
 * Gives `children` the clock through ClockContext. A tick renders again only what reads
 * the clock (ages, a retry countdown), not the whole screen with its thousands of rows.
 */
export function ClockProvider(props: {
  intervalMs: number;
  children: ReactNode;
}) {
  const now = useClock(props.intervalMs);

  return createElement(ClockContext.Provider, { value: now }, props.children);
}
