// Bulk removal of `count` stopped containers, on the engine as the last size left it: by
// dockhand's cleanup planner, driven by its keys as a person would, against `docker
// container prune` and a `docker rm` loop, each on a fresh set of the same size.
import { BASE_IMAGE, createContainers } from './seed.mjs';
import { listsShown } from './size.mjs';
import { time } from './stats.mjs';
import { literal, launch } from './terminal.mjs';

const LABEL = 'dockhand.bench=bulk';
const LABEL_ROW = 8; // "only with label", the planner's last choice

function seedBulk(engine, count) {
  const specs = Array.from({ length: count }, (_, i) => ({
    name: `bulk-${String(i + 1).padStart(5, '0')}`,
    image: BASE_IMAGE,
    labels: { 'dockhand.bench': 'bulk' },
    isRunning: false,
  }));

  return createContainers(engine, specs);
}

const bulkIds = async (engine) =>
  (await engine.docker('ps', '-aq', '--filter', `label=${LABEL}`))
    .split('\n')
    .filter(Boolean);

/** Plans by label and removes the plan: the time to the plan, and to the report. */
async function byDockhand(engine, count, shown) {
  const app = await launch(engine.host, engine.configDir);
  try {
    await app.waitFor(shown, 120);
    await app.press('c', { all: ['Cleanup planner'] });
    for (let i = 0; i < LABEL_ROW; i += 1) await app.press('j');
    await app.press(' ');
    await app.press(LABEL, { all: [`only with label: ${literal(LABEL)}`] });
    await app.press('\r');
    const plan = await app.press('\r', {
      all: [`Plan: remove ${count} of ${count}`],
      timeout: 300,
    });
    await app.press('\r', { all: [`Remove ${count} objects`] });
    const removal = await app.press('y', {
      all: [`Cleanup done: removed ${count} of ${count}`],
      timeout: 600,
    });

    return { plan: plan.ms, removal: removal.ms };
  } finally {
    await app.close();
  }
}

export async function measureBulk(
  engine,
  { count, rounds, containers, images },
) {
  const times = { plan: [], removal: [], prune: [], loop: [] };
  const shown = listsShown(containers + count, images);
  for (let round = 1; round <= rounds; round += 1) {
    await seedBulk(engine, count);
    const { plan, removal } = await byDockhand(engine, count, shown);
    if ((await bulkIds(engine)).length)
      throw new Error('dockhand left containers behind');
    times.plan.push(plan);
    times.removal.push(removal);

    await seedBulk(engine, count);
    times.prune.push(
      await time(() =>
        engine.docker('container', 'prune', '-f', '--filter', `label=${LABEL}`),
      ),
    );

    await seedBulk(engine, count);
    const ids = await bulkIds(engine);
    times.loop.push(
      await time(async () => {
        for (const id of ids) await engine.docker('rm', id);
      }),
    );
  }

  return times;
}
