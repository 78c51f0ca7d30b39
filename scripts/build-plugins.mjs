// esbuild plugins that keep what dockhand never uses out of its start-up path. Each one
// names the exact dependency file it changes, so a dependency update that moves it fails
// the build instead of quietly costing start-up time again.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** A module for `importer`'s `specifier` whose contents are given here. */
function replace(name, filter, importer, contents) {
  return {
    name,
    setup(builder) {
      builder.onResolve({ filter }, (args) =>
        importer.test(args.importer)
          ? { path: args.path, namespace: name, pluginData: args }
          : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: name }, (args) => ({
        contents: contents(args.pluginData),
        resolveDir: args.pluginData.resolveDir,
      }));
    },
  };
}

// Ink loads React's devtools only when DEV=true, from a module that imports the optional
// react-devtools-core; bundled, that import would run at every start. Leave devtools out.
export const withoutDevtools = replace(
  'without-devtools',
  /^\.\/devtools\.js$/,
  /\/ink\/build\/reconciler\.js$/,
  () => '',
);

// dockerode loads gRPC and protobuf at start for BuildKit sessions and progress, which
// dockhand never asks for (it builds with the classic builder and reads progress itself):
// 870 KB of code run at every start. Reaching either module throws.
export const withoutBuildKit = replace(
  'without-buildkit',
  /^\.\/(session|buildkit)$/,
  /\/dockerode\/lib\/docker\.js$/,
  () =>
    "module.exports = () => { throw new Error('BuildKit is not bundled in dockhand'); };",
);

// docker-modem loads the ssh2 package (outside the bundle, from node_modules) at start for
// every engine; only ssh:// engines need it, so load it on the first ssh connection.
export const lazySsh = replace(
  'lazy-ssh',
  /^\.\/ssh$/,
  /\/docker-modem\/lib\/modem\.js$/,
  () => "module.exports = (options) => require('./ssh.js')(options);",
);

// Yoga's loader decodes its embedded WebAssembly through fetch() when fetch exists, and
// Node's fetch loads undici first (~25 ms) just to read a data: URL. Decode it directly.
const YOGA_FETCH = 'return w||"function"!=typeof fetch?';

export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(builder) {
    builder.onLoad(
      { filter: /\/yoga-layout\/dist\/binaries\/yoga-wasm-base64-esm\.js$/ },
      async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (source.split(YOGA_FETCH).length !== 2) {
          throw new Error(`yoga-without-fetch: ${args.path} has changed`);
        }

        return { contents: source.replace(YOGA_FETCH, 'return true?') };
      },
    );
  },
};

// Ink's frame buffer rebuilds every cell of the screen for every frame; dockhand's own
// (src/ui/ink-output.ts, same output) rebuilds only the rows that changed.
export const fastInkOutput = {
  name: 'fast-ink-output',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/output\.js$/ }, (args) =>
      /\/ink\/build\/renderer\.js$/.test(args.importer)
        ? { path: resolve('src/ui/ink-output.ts') }
        : undefined,
    );
  },
};
