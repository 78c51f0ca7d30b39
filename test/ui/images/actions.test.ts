import { describe, expect, it } from 'vitest';
import type { DockerService } from '../../../src/docker/service.js';
import type { ImageInfo } from '../../../src/docker/types.js';
import { imageRows } from '../../../src/state/image-rows.js';
import type { Tasks } from '../../../src/state/use-tasks.js';
import { imageForceRemoval } from '../../../src/ui/images/actions.js';
import { container } from '../../support/fake-service.js';

const service = {} as DockerService;
const tasks = {} as Tasks;

const image: ImageInfo = {
  id: `sha256:${'ab12'.repeat(16)}`,
  repoTags: ['web:1', 'web:latest', 'mirror/web:1'],
  repoDigests: [],
  created: 1,
  size: 2_000_000,
  sharedSize: -1,
  labels: {},
};

describe('the question before D removes an image by ID', () => {
  it('says how many tags go with it, and which containers keep using it', () => {
    const users = [container('worker', { imageId: image.id, state: 'exited' })];
    const rows = imageRows([image], users).slice(0, 1);

    const question = imageForceRemoval(service, tasks, rows, users);

    expect(question.lines.join('\n')).toMatch(
      /ab12ab12ab12 .*3 tags: web:1, web:latest, mirror\/web:1/,
    );
    expect(question.warnings).toHaveLength(1);
    expect(question.warnings[0]).toMatch(/used by 1 container \(worker\)/);
    expect(question.warnings[0]).not.toMatch(/refuses/);
  });

  it('warns that the engine refuses while a paused container uses it', () => {
    const users = [
      container('paused-one', { imageId: image.id, state: 'paused' }),
    ];
    const rows = imageRows([image], users).slice(0, 1);

    const question = imageForceRemoval(service, tasks, rows, users);

    expect(question.warnings[0]).toMatch(
      /^The engine will refuse ab12ab12ab12 while 1 container using it runs/,
    );
  });
});
