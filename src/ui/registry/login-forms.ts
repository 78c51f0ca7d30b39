import { HUB_DOMAIN } from '../../docker/reference.js';
import type { FormSpec } from '../dialogs/form.js';
import type { Lifecycle } from './lifecycle.js';

/**
 * `L`: log in; the engine checks the password before anything is stored. A refused login
 * keeps the prompt open with the reason, to try another password.
 */
export function loginForm(
  lifecycle: Lifecycle,
  registry: string,
  registries: readonly string[],
): FormSpec {
  return {
    title: 'Log in to a registry',
    fields: [
      {
        name: 'registry',
        label: 'registry',
        value: registry,
        choices: [...new Set([HUB_DOMAIN, ...registries])],
      },
      { name: 'username', label: 'user' },
      { name: 'password', label: 'password', isSecret: true },
    ],
    validate: (v) =>
      v.registry?.trim() && v.username?.trim()
        ? null
        : 'give a registry and a user',
    onSubmit: async (v) => {
      const target = (v.registry ?? '').trim();
      lifecycle.notify({ tone: 'info', text: `Logging in to ${target}…` });
      try {
        await lifecycle.service.login({
          registry: target,
          username: (v.username ?? '').trim(),
          password: v.password ?? '',
        });
      } catch (error) {
        const reason = `Could not log in to ${target}: ${(error as Error).message}`;
        lifecycle.notify({ tone: 'error', text: reason });
        return reason;
      }

      lifecycle.closeForm();
      lifecycle.notify({ tone: 'success', text: `Logged in to ${target}.` });
      return null;
    },
  };
}

/** `X`: forget the stored credentials of a registry. */
export function logoutForm(
  lifecycle: Lifecycle,
  registry: string,
  registries: readonly string[],
): FormSpec {
  return {
    title: 'Log out of a registry',
    fields: [
      {
        name: 'registry',
        label: 'registry',
        value: registry,
        choices: registries,
      },
    ],
    onSubmit: (v) => {
      const target = (v.registry ?? '').trim();
      const tell = lifecycle.notifier();
      lifecycle.closeForm();
      lifecycle.service.logout(target).then(
        () =>
          tell({
            tone: 'success',
            text: `Logged out of ${target}.`,
          }),
        (error: Error) =>
          tell({
            tone: 'error',
            text: `Could not log out of ${target}: ${error.message}`,
          }),
      );
    },
  };
}
