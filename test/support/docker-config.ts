import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ContextSpec {
  host: string;
  skipTlsVerify?: boolean;
  /** TLS files to store with the context: ca.pem, cert.pem, key.pem. */
  tls?: Partial<Record<'ca' | 'cert' | 'key', string | Buffer>>;
}

/**
 * A docker CLI config folder of the test's own, laid out as `docker context create` and
 * `docker context use` leave it: contexts/meta/<sha256 of name>/meta.json and
 * contexts/tls/<sha256>/docker/*.pem.
 */
export function dockerConfigWith(
  contexts: Record<string, ContextSpec>,
  currentContext?: string,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'dockhand-docker-config-'));
  if (currentContext !== undefined) {
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ currentContext }));
  }

  for (const [name, spec] of Object.entries(contexts)) {
    const id = createHash('sha256').update(name).digest('hex');
    const meta = join(dir, 'contexts', 'meta', id);
    mkdirSync(meta, { recursive: true });
    writeFileSync(
      join(meta, 'meta.json'),
      JSON.stringify({
        Name: name,
        Metadata: {},
        Endpoints: {
          docker: { Host: spec.host, SkipTLSVerify: !!spec.skipTlsVerify },
        },
      }),
    );

    const tls = join(dir, 'contexts', 'tls', id, 'docker');
    for (const [file, content] of Object.entries(spec.tls ?? {})) {
      mkdirSync(tls, { recursive: true });
      writeFileSync(join(tls, `${file}.pem`), content);
    }
  }

  return dir;
}
