// BENCHMARKS.md, written from one run's figures: nothing in it is typed by hand.
import { METHOD } from './method.mjs';
import { median, p95 } from './stats.mjs';
import { targets } from './targets.mjs';

const ms = (x) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const seconds = (x) => `${(x / 1000).toFixed(2)} s`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const count = (n) => n.toLocaleString('en-US');
const spread = (xs) => (xs ? `${ms(median(xs))} / ${ms(p95(xs))}` : 'n/a');
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) => [
  row(head),
  row(head.map(() => '---')),
  ...rows.map(row),
];

function launchTable(sizes) {
  return table(
    [
      'containers',
      'dockhand: first frame with the lists, median / p95',
      'its first frame of all (median)',
      'its CPU time by the lists (median)',
      '`docker ps -a` + `docker images` (median)',
      'ratio',
      'the two list calls on the bare API (median)',
    ],
    sizes.map((s) => [
      count(s.containers),
      spread(s.launches),
      ms(median(s.firstFrames)),
      ms(median(s.cpu)),
      ms(median(s.cli)),
      `${(median(s.launches) / median(s.cli)).toFixed(2)}×`,
      ms(median(s.api)),
    ]),
  );
}

function keyTable(sizes) {
  return table(
    [
      'containers',
      'move (`j`)',
      'page (PgDn/PgUp)',
      'filter (type/erase)',
      'switch pane (`2`/`1`)',
    ],
    sizes.map((s) => [
      count(s.containers),
      spread(s.keys.move),
      spread(s.keys.page),
      spread(s.keys.filter),
      spread(s.keys.panes),
    ]),
  );
}

function idleTable(sizes, idleSeconds) {
  return table(
    [
      'containers',
      `CPU idle over ${idleSeconds} s (% of one core)`,
      'resident memory during it (VmRSS, lowest – highest)',
      'peak of the run (VmHWM)',
    ],
    sizes.map((s) => [
      count(s.containers),
      `${s.idleCpu.toFixed(2)} %`,
      `${mb(s.memory.low)} – ${mb(s.memory.high)}`,
      mb(s.memory.peak),
    ]),
  );
}

function bulkTable(bulk) {
  const loop = median(bulk.loop);
  const line = (what, xs) => [
    what,
    seconds(median(xs)),
    `${(median(xs) / loop).toFixed(2)}×`,
  ];
  const both = bulk.plan.map((p, i) => p + bulk.removal[i]);

  return table(
    ['what', 'median', 'vs the `docker rm` loop'],
    [
      line('dockhand: Enter on the choices → the plan on screen', bulk.plan),
      line('dockhand: `y` → "Cleanup done" on screen', bulk.removal),
      line('dockhand: plan + removal', both),
      line('`docker container prune --filter label=…`', bulk.prune),
      line('`docker rm` loop, one container a call', bulk.loop),
    ],
  );
}

export function renderReport(run) {
  const { machine, options, sizes, bulk } = run;
  const m = machine;

  return [
    '# Benchmarks',
    '',
    `Written by \`scripts/bench.mjs\` on ${run.date}; the figures are not edited by hand.`,
    'To reproduce them, as root on a machine with Docker, python3 and busybox-static:',
    '',
    '```',
    run.command,
    '```',
    '',
    `The run took ${seconds(run.totalMs)}.`,
    '',
    '## Machine and versions',
    '',
    ...table(
      ['what', 'this run'],
      [
        ['CPU', m.cpu],
        ['memory', m.memory],
        ['kernel', m.kernel],
        [
          'load average (1, 5, 15 min)',
          `${m.loadAtStart} at the start, ${run.loadAtEnd} at the end`,
        ],
        ['node', m.node],
        ['python3 (the terminal driver)', m.python],
        ['dockerd', m.dockerd],
        ['docker CLI', m.cli],
        ['dockhand', m.dockhand],
      ],
    ),
    '',
    '## Against the targets',
    '',
    ...table(['target', 'measured', 'verdict'], targets(run)),
    '',
    '## Launch to the first frame that shows the lists',
    '',
    ...launchTable(sizes),
    '',
    `## Keypress to the frame that shows it (${options.keys} presses each, median / p95)`,
    '',
    ...keyTable(sizes),
    '',
    '## Idle CPU and memory (20 of the containers running)',
    '',
    ...idleTable(sizes, options.idle),
    '',
    ...(bulk
      ? [
          `## Bulk removal of ${count(options.bulk)} stopped containers (${options.rounds} rounds)`,
          '',
          ...bulkTable(bulk),
          '',
        ]
      : []),
    '## Seeding the engine',
    '',
    ...table(
      ['step', 'time'],
      run.seeding.map((s) => [s.what, seconds(s.ms)]),
    ),
    '',
    ...METHOD(options),
  ].join('\n');
}
