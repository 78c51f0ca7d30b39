// `npm run bench`: dockhand against the docker CLI on a private engine that grows through
// the given sizes, then bulk removal; writes BENCHMARKS.md. Not part of `npm test`; runs
// as root, as the tests do. Scripts/bench/method.mjs says how each figure is taken.
//
//   node scripts/bench.mjs [--sizes 0,100,1000,5000] [--rounds 5] [--keys 20]
//                          [--idle 30] [--bulk 500] [--out BENCHMARKS.md]
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { parseArgs } from 'node:util';
import prettier from 'prettier';
import { measureBulk } from './bench/bulk.mjs';
import { describeMachine, load } from './bench/machine.mjs';
import { renderReport } from './bench/report.mjs';
import { withEngine } from './bench/engine.mjs';
import { growContainers, seedImages } from './bench/seed.mjs';
import { measureSize } from './bench/size.mjs';
import { time } from './bench/stats.mjs';

const IMAGES = 300;
const RUNNING = 20;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '0,100,1000,5000' },
    rounds: { type: 'string', default: '5' },
    keys: { type: 'string', default: '20' },
    idle: { type: 'string', default: '30' },
    bulk: { type: 'string', default: '500' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
  },
});
const options = {
  sizes: values.sizes.split(',').map(Number),
  rounds: Number(values.rounds),
  keys: Number(values.keys),
  idle: Number(values.idle),
  bulk: Number(values.bulk),
};
// The engine grows from one size to the next and never shrinks.
if (options.sizes.some((size, i) => i > 0 && size < options.sizes[i - 1]))
  throw new Error('--sizes must be in ascending order, such as 0,100,1000');
const say = (text) => process.stderr.write(`bench: ${text}\n`);

async function benchmark(engine) {
  const machine = await describeMachine(engine);
  const seeding = [];
  const seed = async (what, work) => {
    say(`seeding: ${what}`);
    seeding.push({ what, ms: await time(work) });
  };
  await seed(`${IMAGES} images in one docker load`, () =>
    seedImages(engine, IMAGES),
  );
  const images = IMAGES + 1; // and the base image
  const sizes = [];
  let containers = 0;
  for (const size of options.sizes) {
    if (size > containers)
      await seed(`containers ${containers} → ${size}`, () =>
        growContainers(engine, {
          from: containers,
          to: size,
          images: IMAGES,
          running: RUNNING,
        }),
      );
    containers = size;
    say(`measuring at ${size} containers`);
    sizes.push(
      await measureSize(engine, {
        containers,
        images,
        rounds: options.rounds,
        keys: options.keys,
        idleSeconds: options.idle,
      }),
    );
  }
  say(`bulk removal of ${options.bulk}`);
  const bulk = options.bulk
    ? await measureBulk(engine, {
        count: options.bulk,
        rounds: options.rounds,
        containers,
        images,
      })
    : null;

  return { machine, seeding, sizes, bulk, loadAtEnd: load() };
}

const started = Date.now();
const figures = await withEngine(benchmark);
const args = process.argv.slice(2);
const report = renderReport({
  ...figures,
  options,
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  command: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
  totalMs: Date.now() - started,
});
// Formatted as `npm run lint` checks it, so that the file can be committed as written.
const config = await prettier.resolveConfig(values.out);
writeFileSync(
  values.out,
  await prettier.format(report, { ...config, filepath: values.out }),
);
say(`wrote ${values.out}`);
