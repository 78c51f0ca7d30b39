import type { RunField } from '../../state/run-form.js';

export interface FieldInfo {
  field: RunField;
  label: string;
  /** What to type, shown while the field is empty. */
  hint: string;
  isToggle: boolean;
}

export const RUN_FIELDS: readonly FieldInfo[] = [
  {
    field: 'name',
    label: 'name',
    hint: 'left empty, the engine picks one',
    isToggle: false,
  },
  {
    field: 'command',
    label: 'command',
    hint: "the image's own when empty; quotes group words",
    isToggle: false,
  },
  {
    field: 'env',
    label: 'environment',
    hint: 'NAME=value NAME2="two words"',
    isToggle: false,
  },
  {
    field: 'ports',
    label: 'ports',
    hint: '8080:80 127.0.0.1:53:53/udp',
    isToggle: false,
  },
  {
    field: 'volumes',
    label: 'volumes',
    hint: 'data:/data /host/dir:/dir:ro',
    isToggle: false,
  },
  {
    field: 'restart',
    label: 'restart',
    hint: 'no, always, unless-stopped, on-failure[:N]',
    isToggle: false,
  },
  {
    field: 'autoRemove',
    label: 'remove on exit',
    hint: 'Space toggles (--rm)',
    isToggle: true,
  },
  { field: 'gpus', label: 'GPUs', hint: 'all, or a count', isToggle: false },
  {
    field: 'isInteractive',
    label: 'interactive',
    hint: 'Space toggles (-it): its terminal, then back here',
    isToggle: true,
  },
];
