import { parseArgsStringToArgv } from 'string-argv';
import type {
  PublishedPort,
  RestartPolicy,
  RunSpec,
} from '../docker/details-types.js';

/** What the run form holds, as typed. */
export interface RunForm {
  name: string;
  command: string;
  env: string;
  ports: string;
  volumes: string;
  restart: string;
  autoRemove: boolean;
  gpus: string;
  isInteractive: boolean;
}

export type RunField = keyof RunForm;
export type RunErrors = Partial<Record<RunField, string>>;

export const emptyRunForm: RunForm = {
  name: '',
  command: '',
  env: '',
  ports: '',
  volumes: '',
  restart: 'no',
  autoRemove: false,
  gpus: '',
  isInteractive: false,
};

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const ENV = /^[A-Za-z_][A-Za-z0-9_]*=/;
const PORT =
  /^(?:(?:(\[[0-9a-fA-F:]+\]|[\d.]+):)?(\d*):)?(\d+)(?:\/(tcp|udp|sctp))?$/;
const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;
const RESTART = /^(no|always|unless-stopped|on-failure)(?::(\d+))?$/;

const words = (text: string) => parseArgsStringToArgv(text.trim());
const list = (text: string) => text.split(/[\s,]+/).filter(Boolean);
const isPort = (text: string) => Number(text) >= 1 && Number(text) <= 65_535;

function parsePort(entry: string): PublishedPort | null {
  const match = PORT.exec(entry);
  if (!match) return null;

  const [, hostIp = '', hostPort = '', container = '', protocol] = match;
  if (!isPort(container) || (hostPort !== '' && !isPort(hostPort))) return null;

  return {
    containerPort: Number(container),
    protocol: (protocol ?? 'tcp') as PublishedPort['protocol'],
    hostIp: hostIp.replace(/^\[|\]$/g, ''),
    hostPort,
  };
}

function isVolume(entry: string): boolean {
  const [source = '', target = '', mode, ...rest] = entry.split(':');
  const isSource = source.startsWith('/') || VOLUME_NAME.test(source);

  return (
    rest.length === 0 &&
    isSource &&
    target.startsWith('/') &&
    (mode === undefined || mode === 'ro' || mode === 'rw')
  );
}

/** A field's problem, or its value for the spec. */
type Checked<T> = { value: T } | { error: string };

const FIELD_CHECKS = {
  name: (form: RunForm): Checked<string | null> =>
    form.name === ''
      ? { value: null }
      : NAME.test(form.name)
        ? { value: form.name }
        : {
            error:
              'letters, digits and _ . - only, starting with a letter or digit',
          },
  command: (form: RunForm): Checked<string[] | null> => {
    const argv = words(form.command);
    return { value: argv.length > 0 ? argv : null };
  },
  env: (form: RunForm): Checked<string[]> => {
    const entries = words(form.env);
    const bad = entries.find((entry) => !ENV.test(entry));
    return bad ? { error: `"${bad}" is not NAME=value` } : { value: entries };
  },
  ports: (form: RunForm): Checked<PublishedPort[]> => {
    const entries = list(form.ports);
    const parsed = entries.map(parsePort);
    const bad = entries.find((_, index) => parsed[index] === null);
    return bad
      ? {
          error: `"${bad}" is not [ip:][host-port:]container-port[/tcp|udp|sctp]`,
        }
      : { value: parsed as PublishedPort[] };
  },
  volumes: (form: RunForm): Checked<string[]> => {
    const entries = list(form.volumes);
    const bad = entries.find((entry) => !isVolume(entry));
    return bad
      ? { error: `"${bad}" is not volume-or-/host/path:/container/path[:ro]` }
      : { value: entries };
  },
  restart: (form: RunForm): Checked<RunSpec['restart']> => {
    const match = RESTART.exec(form.restart.trim() || 'no');
    if (!match || (match[2] !== undefined && match[1] !== 'on-failure')) {
      return { error: 'no, always, unless-stopped or on-failure[:retries]' };
    }
    return {
      value: {
        name: match[1] as RestartPolicy,
        maximumRetryCount: Number(match[2] ?? 0),
      },
    };
  },
  gpus: (form: RunForm): Checked<RunSpec['gpus']> => {
    const text = form.gpus.trim();
    if (text === '') return { value: null };
    if (text === 'all') return { value: 'all' };
    return /^[1-9]\d*$/.test(text)
      ? { value: Number(text) }
      : { error: 'all, or how many GPUs (1, 2, …)' };
  },
};

/** The run spec the form describes, or a plain message for each field that is wrong. */
export function toRunSpec(
  image: string,
  form: RunForm,
): { spec: RunSpec } | { errors: RunErrors } {
  const errors: RunErrors = {};
  const values: Record<string, unknown> = {};

  for (const [field, check] of Object.entries(FIELD_CHECKS)) {
    const result = check(form);
    if ('error' in result) errors[field as RunField] = result.error;
    else values[field] = result.value;
  }
  if (
    form.autoRemove &&
    values.restart &&
    (values.restart as RunSpec['restart']).name !== 'no'
  ) {
    errors.autoRemove = 'remove-on-exit needs restart policy "no"';
  }
  if (Object.keys(errors).length > 0) return { errors };

  const value = <T>(field: keyof typeof FIELD_CHECKS) => values[field] as T;

  return {
    spec: {
      image,
      name: value<RunSpec['name']>('name'),
      command: value<RunSpec['command']>('command'),
      env: value<string[]>('env'),
      ports: value<PublishedPort[]>('ports'),
      binds: value<string[]>('volumes'),
      restart: value<RunSpec['restart']>('restart'),
      autoRemove: form.autoRemove,
      gpus: value<RunSpec['gpus']>('gpus'),
      isInteractive: form.isInteractive,
    },
  };
}
