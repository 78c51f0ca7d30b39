import { describe, expect, it } from 'vitest';
import type { DockerService } from '../../../src/docker/service.js';
import { pullForm } from '../../../src/ui/registry/actions.js';
import type { Lifecycle } from '../../../src/ui/registry/lifecycle.js';

function lifecycleListing(tags: string[]) {
  const pulled: string[] = [];
  const lifecycle = {
    service: { listTags: async () => tags } as unknown as DockerService,
    runTransfer: (_verb: unknown, subject: string) => pulled.push(subject),
  } as unknown as Lifecycle;

  return { lifecycle, pulled };
}

const result = {
  name: '127.0.0.1:5000/team/web',
  description: '',
  stars: 0,
  isOfficial: false,
};

describe('the pull prompt of a registry result', () => {
  it('offers the listed tags, latest first when there is one', async () => {
    const { lifecycle } = lifecycleListing(['1.0', 'latest']);

    const form = await pullForm(lifecycle, result, '127.0.0.1:5000');

    expect(form.fields[0]).toMatchObject({
      value: 'latest',
      choices: ['1.0', 'latest'],
    });
  });

  it('pulls the tag as checked, without the spaces around it', async () => {
    const { lifecycle, pulled } = lifecycleListing([]);
    const form = await pullForm(lifecycle, result, '127.0.0.1:5000');

    expect(form.validate?.({ tag: '1.0 ' })).toBeNull();
    await form.onSubmit({ tag: '1.0 ' });

    expect(pulled).toEqual(['127.0.0.1:5000/team/web:1.0']);
  });
});
