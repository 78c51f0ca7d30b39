import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildForm } from '../../../src/ui/images/lifecycle-actions.js';
import type { Lifecycle } from '../../../src/ui/registry/lifecycle.js';

const folder = mkdtempSync(join(tmpdir(), 'dockhand-build-form-'));
writeFileSync(join(folder, 'Dockerfile'), 'FROM scratch\n');
const form = buildForm({} as Lifecycle, folder);
const check = (values: Record<string, string>) =>
  form.validate?.({ context: folder, dockerfile: '', tag: 'app:1', ...values });

describe('the build prompt', () => {
  it('refuses a missing folder or Dockerfile while it is open, naming which', () => {
    expect(check({ context: join(folder, 'nope') })).toBe(
      `${join(folder, 'nope')} is not a folder`,
    );
    expect(check({ dockerfile: 'Other.Dockerfile' })).toBe(
      `${folder} has no Other.Dockerfile`,
    );
  });

  it('asks for a tag in words rather than quoting an empty reference', () => {
    expect(check({ tag: ' ' })).toMatch(/^name the image in the tag field/);
    expect(check({ tag: 'Bad:Tag' })).toMatch(/not a valid image reference/);
  });

  it('lets a folder with its Dockerfile and a valid tag go', () => {
    expect(check({})).toBeNull();
  });
});
