/**
 * Where Podman's Docker-compatible API answers differently from Docker's, the service
 * adapts here, so that each difference is named once.
 */

/**
 * The list filter for `ids`, or none at all: Docker reads an empty `filters=` as no filter,
 * Podman refuses it as bad JSON.
 */
export function idFilter(ids: readonly string[] | undefined): {
  filters?: { id: string[] };
} {
  return ids ? { filters: { id: [...ids] } } : {};
}

/**
 * Runs a resize call. Podman answers a resize with 201 Created where Docker answers 200,
 * and dockerode counts 201 as a failure there: the terminal was resized all the same.
 */
export async function resized(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 201) throw error;
  }
}

/**
 * Attach options sent in the query only. dockerode also sends a POST's options as a JSON
 * body; Docker ignores an attach's body, Podman hands it to the container as its first input.
 */
export function attachOptions<T extends object>(query: T): T {
  return { ...query, _query: query, _body: {} };
}
