import { useEffect, useState } from 'react';

/** The time, ticking once a second only while `isTicking`: an idle screen costs nothing. */
export function useClock(isTicking: boolean): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!isTicking) return undefined;

    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);

    return () => clearInterval(timer);
  }, [isTicking]);

  return now;
}
