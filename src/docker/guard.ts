import { toDockerError } from './errors.js';

/** Runs one engine call and turns whatever it throws into a DockerError. */
export async function guard<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDockerError(error);
  }
}
