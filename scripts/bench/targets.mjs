// The targets of issue 6, each judged from the run's own figures.
import { median, p95 } from './stats.mjs';

const verdict = (isMet) => (isMet ? '**met**' : '**missed**');
const NOT_MEASURED = ['not measured in this run', ''];
const ms = (x) => `${x.toFixed(1)} ms`;

function launchAt1000(sizes) {
  const s = sizes.find((x) => x.containers === 1000);
  if (!s) return NOT_MEASURED;
  const m = median(s.launches);

  return [`${ms(m)} median (p95 ${ms(p95(s.launches))})`, verdict(m < 200)];
}

function keysAt5000(sizes) {
  const s = sizes.find((x) => x.containers === 5000);
  if (!s) return NOT_MEASURED;
  const kinds = Object.entries(s.keys).filter(([, xs]) => xs);
  const text = kinds
    .map(([kind, xs]) => `${kind} ${ms(median(xs))} / ${ms(p95(xs))}`)
    .join(', ');
  const isMet = kinds.every(([, xs]) => median(xs) < 10 && p95(xs) < 16);

  return [text, verdict(isMet)];
}

function idleCpu(sizes, seconds) {
  const running = sizes.filter((x) => x.containers > 0);
  if (!running.length) return NOT_MEASURED;
  const worst = running.reduce((a, b) => (b.idleCpu > a.idleCpu ? b : a));

  return [
    `${worst.idleCpu.toFixed(2)} % at worst (${worst.containers} containers, over ${seconds} s)`,
    verdict(worst.idleCpu < 0.2),
  ];
}

/** Judged on the peak: the resident figure at one instant swings with V8's collections. */
function memoryAt5000(sizes) {
  const s = sizes.find((x) => x.containers === 5000);
  if (!s) return NOT_MEASURED;
  const { low, high, peak } = s.memory;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

  return [
    `peak ${mb(peak)} (idle: ${mb(low)} – ${mb(high)})`,
    verdict(peak < 100e6),
  ];
}

function bulkRemoval(bulk) {
  if (!bulk) return NOT_MEASURED;
  const removal = median(bulk.removal);
  const loop = median(bulk.loop);

  return [
    `${(removal / 1000).toFixed(2)} s against ${(loop / 1000).toFixed(2)} s`,
    verdict(removal <= loop),
  ];
}

/** One row a target: what it asks, what was measured, met or missed. */
export function targets({ sizes, bulk, options }) {
  return [
    [
      'first frame with data at 1,000 containers < 200 ms',
      ...launchAt1000(sizes),
    ],
    [
      'keypress reflected at 5,000 containers: median < 10 ms, p95 < 16 ms (median / p95)',
      ...keysAt5000(sizes),
    ],
    [
      'idle CPU < 0.2 % with 20 running containers',
      ...idleCpu(sizes, options.idle),
    ],
    [
      'memory < 100 MB at 5,000 containers (peak resident)',
      ...memoryAt5000(sizes),
    ],
    [
      `bulk removal of ${options.bulk} at least as fast as the \`docker rm\` loop`,
      ...bulkRemoval(bulk),
    ],
  ];
}
