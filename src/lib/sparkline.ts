const BARS = '▁▂▃▄▅▆▇█';

/**
 * A one-line graph of the last `width` values, scaled to `max` (or to the largest value
 * shown when no max is given).
 */
export function sparkline(
  values: readonly number[],
  width: number,
  max?: number,
): string {
  const shown = values.slice(-width);
  const top = max ?? Math.max(0, ...shown);

  return shown
    .map((value) => {
      if (top <= 0) return BARS[0];
      const level = Math.round(
        (Math.min(value, top) / top) * (BARS.length - 1),
      );

      return BARS[Math.max(0, level)];
    })
    .join('');
}
