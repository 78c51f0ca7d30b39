import { describe, expect, it } from 'vitest';
import { emptyRunForm, toRunSpec } from '../../src/state/run-form.js';

describe('the run form', () => {
  it('turns every field into the spec docker run would use', () => {
    const result = toRunSpec('local/busybox:latest', {
      name: 'web-1',
      command: `sh -c 'echo "hi there"; sleep 9'`,
      env: 'A=1 GREETING="hello world"',
      ports: '8080:80, 127.0.0.1:9000:9000/udp 53',
      volumes: 'data:/data /srv/site:/usr/share/site:ro',
      restart: 'on-failure:3',
      autoRemove: false,
      gpus: '2',
      isInteractive: true,
    });

    expect(result).toEqual({
      spec: {
        image: 'local/busybox:latest',
        name: 'web-1',
        command: ['sh', '-c', 'echo "hi there"; sleep 9'],
        env: ['A=1', 'GREETING=hello world'],
        ports: [
          { containerPort: 80, protocol: 'tcp', hostIp: '', hostPort: '8080' },
          {
            containerPort: 9000,
            protocol: 'udp',
            hostIp: '127.0.0.1',
            hostPort: '9000',
          },
          { containerPort: 53, protocol: 'tcp', hostIp: '', hostPort: '' },
        ],
        binds: ['data:/data', '/srv/site:/usr/share/site:ro'],
        restart: { name: 'on-failure', maximumRetryCount: 3 },
        autoRemove: false,
        gpus: 2,
        isInteractive: true,
      },
    });
  });

  it('leaves the image defaults when the form is left empty', () => {
    const result = toRunSpec('img', emptyRunForm);

    expect(result).toMatchObject({
      spec: {
        name: null,
        command: null,
        env: [],
        ports: [],
        binds: [],
        gpus: null,
      },
    });
  });

  it('says what is wrong with each bad field in plain words', () => {
    const result = toRunSpec('img', {
      ...emptyRunForm,
      name: '-bad',
      env: 'NOEQUALS',
      ports: '99999:80',
      volumes: 'relative/path:/x',
      restart: 'sometimes',
      gpus: 'many',
    });

    expect(result).toEqual({
      errors: {
        name: 'letters, digits and _ . - only, starting with a letter or digit',
        env: '"NOEQUALS" is not NAME=value',
        ports:
          '"99999:80" is not [ip:][host-port:]container-port[/tcp|udp|sctp]',
        volumes:
          '"relative/path:/x" is not volume-or-/host/path:/container/path[:ro]',
        restart: 'no, always, unless-stopped or on-failure[:retries]',
        gpus: 'all, or how many GPUs (1, 2, …)',
      },
    });
  });

  it('refuses remove-on-exit with a restart policy, as the engine would', () => {
    const result = toRunSpec('img', {
      ...emptyRunForm,
      autoRemove: true,
      restart: 'always',
    });

    expect(result).toEqual({
      errors: { autoRemove: 'remove-on-exit needs restart policy "no"' },
    });
  });
});
