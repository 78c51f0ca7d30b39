import { describe, expect, it } from 'vitest';
import { MASK, maskSecrets } from '../../src/state/mask-secrets.js';

describe('maskSecrets', () => {
  it('masks env values whose names look secret and leaves the others', () => {
    const info = {
      Id: 'abc',
      Config: {
        Env: [
          'DB_PASSWORD=hunter2',
          'API_TOKEN=t',
          'aws_secret_key=s',
          'PATH=/bin',
          'EMPTY',
        ],
      },
    };

    const masked = maskSecrets(info);

    expect((masked.Config as { Env: string[] }).Env).toEqual([
      `DB_PASSWORD=${MASK}`,
      `API_TOKEN=${MASK}`,
      `aws_secret_key=${MASK}`,
      'PATH=/bin',
      'EMPTY',
    ]);
    expect(info.Config.Env[0]).toBe('DB_PASSWORD=hunter2');
  });
});
