import { buildContextProblem } from '../../docker/build-context.js';
import type { ImageRow } from '../../state/image-rows.js';
import type { FormSpec } from '../dialogs/form.js';
import { referenceProblem } from '../registry/actions.js';
import type { Lifecycle } from '../registry/lifecycle.js';

const PULL = { base: 'pull', done: 'Pulled' };
const PUSH = { base: 'push', done: 'Pushed' };
const BUILD = { base: 'build', done: 'Built' };

/** Pull and push need a `repo:tag` name; a dangling or digest-only row has none. */
function taggedRef(
  lifecycle: Lifecycle,
  row: ImageRow,
  verb: string,
): string | null {
  if (row.kind === 'tag') return row.ref;

  lifecycle.notify({
    tone: 'error',
    text: `Only a tagged image can be ${verb}: tag it first (t).`,
  });
  return null;
}

/** `p`: fetches the row's tag again from its registry. */
export function pullAgain(lifecycle: Lifecycle, row: ImageRow): void {
  const ref = taggedRef(lifecycle, row, 'pulled');
  if (!ref) return;

  lifecycle.runTransfer(PULL, ref, (on, signal) =>
    lifecycle.service.pullImage(ref, on, signal),
  );
}

/** `P`: pushes the row's tag to the registry its name points at. */
export function push(lifecycle: Lifecycle, row: ImageRow): void {
  const ref = taggedRef(lifecycle, row, 'pushed');
  if (!ref) return;

  lifecycle.runTransfer(PUSH, ref, (on, signal) =>
    lifecycle.service.pushImage(ref, on, signal),
  );
}

/** `t`: a new reference for the row's image, checked by the engine's grammar first. */
export function tagForm(lifecycle: Lifecycle, row: ImageRow): FormSpec {
  const name = row.kind === 'tag' ? row.ref : row.image.id.slice(7, 19);

  return {
    title: `Tag ${name} as`,
    fields: [
      {
        name: 'reference',
        label: 'new reference',
        value: row.kind === 'tag' ? row.ref : '',
      },
    ],
    validate: (v) => referenceProblem(v.reference ?? ''),
    onSubmit: (v) => {
      const target = (v.reference ?? '').trim();
      lifecycle.closeForm();
      lifecycle.service.tagImage(row.image.id, target).then(
        () =>
          lifecycle.notify({
            tone: 'success',
            text: `Tagged ${name} as ${target}.`,
          }),
        (error: Error) =>
          lifecycle.notify({
            tone: 'error',
            text: `Could not tag ${name}: ${error.message}`,
          }),
      );
    },
  };
}

/** `b`: a folder, its Dockerfile and a tag; the build's output streams in the view. */
export function buildForm(lifecycle: Lifecycle, folder: string): FormSpec {
  return {
    title: 'Build an image',
    fields: [
      { name: 'context', label: 'context folder', value: folder },
      { name: 'dockerfile', label: 'Dockerfile', value: 'Dockerfile' },
      { name: 'tag', label: 'tag' },
    ],
    validate: (v) => {
      const tag = (v.tag ?? '').trim();

      return (
        buildContextProblem(
          (v.context ?? '').trim(),
          (v.dockerfile ?? '').trim() || 'Dockerfile',
        ) ??
        (tag === ''
          ? 'name the image in the tag field, such as myapp:1'
          : referenceProblem(tag))
      );
    },
    onSubmit: (v) => {
      const request = {
        context: (v.context ?? '').trim(),
        dockerfile: (v.dockerfile ?? '').trim() || 'Dockerfile',
        tag: (v.tag ?? '').trim(),
      };
      lifecycle.runTransfer(BUILD, request.tag, (on, signal) =>
        lifecycle.service.buildImage(request, on, signal),
      );
    },
  };
}
