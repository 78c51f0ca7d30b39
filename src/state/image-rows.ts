import type { ContainerInfo, ImageInfo } from '../docker/types.js';

/** What one row of the images pane names: a tag, a digest, or nothing (dangling). */
export type ImageRowKind = 'tag' | 'digest' | 'dangling';

export interface ImageRow {
  key: string;
  kind: ImageRowKind;
  image: ImageInfo;
  /** The name this row removes by: `repo:tag`, `repo@digest`, or the image ID. */
  ref: string;
  repository: string;
  tag: string;
  /** Containers created from this image, running or not. */
  containers: number;
}

/** Splits `host:5000/team/app:1.2` into `host:5000/team/app` and `1.2`. */
export function splitReference(reference: string): [string, string] {
  const at = reference.indexOf('@');
  if (at >= 0) return [reference.slice(0, at), reference.slice(at + 1)];

  const colon = reference.lastIndexOf(':');
  const slash = reference.lastIndexOf('/');
  if (colon > slash) {
    return [reference.slice(0, colon), reference.slice(colon + 1)];
  }

  return [reference, ''];
}

/** How many containers use each image ID. */
export function usageByImage(
  containers: readonly ContainerInfo[],
): Map<string, number> {
  const usage = new Map<string, number>();
  for (const container of containers) {
    usage.set(container.imageId, (usage.get(container.imageId) ?? 0) + 1);
  }

  return usage;
}

/**
 * One row per tag. An image with no tag shows once, by digest when it has one (pulled by
 * digest, or its tag moved on), else as dangling.
 */
export function imageRows(
  images: readonly ImageInfo[],
  containers: readonly ContainerInfo[],
): ImageRow[] {
  const usage = usageByImage(containers);
  const rows: ImageRow[] = [];

  for (const image of images) {
    const base = { image, containers: usage.get(image.id) ?? 0 };

    for (const ref of image.repoTags) {
      const [repository, tag] = splitReference(ref);
      rows.push({
        ...base,
        key: `${image.id}|${ref}`,
        kind: 'tag',
        ref,
        repository,
        tag,
      });
    }

    if (image.repoTags.length > 0) continue;

    const digest = image.repoDigests[0];
    if (digest) {
      const [repository, sha] = splitReference(digest);
      rows.push({
        ...base,
        key: `${image.id}|${digest}`,
        kind: 'digest',
        ref: digest,
        repository,
        tag: `@${sha.replace(/^sha256:/, '').slice(0, 12)}`,
      });
    } else {
      rows.push({
        ...base,
        key: image.id,
        kind: 'dangling',
        ref: image.id,
        repository: '<none>',
        tag: '<none>',
      });
    }
  }

  return rows;
}
