// Bundles the CLI into one ESM file: one module to load starts far faster than hundreds, and
// Ink's layout engine (yoga) uses top-level await, which needs ESM output.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import {
  fastInkOutput,
  lazySsh,
  withoutBuildKit,
  withoutDevtools,
  yogaWithoutFetch,
} from './build-plugins.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.tsx'],
  outdir: 'dist',
  // The UI (Ink, React, Yoga) is a chunk of its own that the CLI imports once the engine's
  // first read has started: the two overlap.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  sourcemap: true,
  // Native and optional modules of dockerode's ssh transport stay outside the bundle.
  external: ['cpu-features', 'ssh2'],
  plugins: [
    withoutDevtools,
    withoutBuildKit,
    lazySsh,
    yogaWithoutFetch,
    fastInkOutput,
  ],
  define: {
    'process.env.NODE_ENV': '"production"',
    DOCKHAND_VERSION: JSON.stringify(version),
  },
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
