// How the figures are taken, written into BENCHMARKS.md beside them.
import { SIZE } from './terminal.mjs';

const bulkRemoval = (bulk) =>
  `- **Bulk removal.** On the engine as its largest size left it, ${bulk} containers ` +
  'labelled `dockhand.bench=bulk` (created, never started) are made anew for each ' +
  'contender in each round. dockhand is launched, its cleanup planner opened with `c`, ' +
  'the label typed as the only filter; Enter draws the plan, Enter and `y` remove it. ' +
  'Timed: Enter → the frame with "Plan: remove N of N", and `y` → the frame with ' +
  '"Cleanup done: removed N of N"; the engine is then checked to hold none of them. ' +
  '`docker container prune -f --filter label=dockhand.bench=bulk` and a loop of ' +
  '`docker rm ID`, one call per container in turn, run on their own sets.';

export const METHOD = ({ rounds, keys, idle, bulk }) => [
  '## How they are measured',
  '',
  '- **Engine.** A private dockerd that `scripts/engine.sh` starts in a temporary folder ' +
    '(no bridge network, containers with `--network none`), stopped and removed at the end ' +
    'of the run, also after an error or Ctrl-C. 300 distinct images (one shared layer, ' +
    'configs differing by a label) come in one `docker load`, besides the busybox base ' +
    'image; containers are created through the engine API eight at a time, the first 20 ' +
    'running `sleep`, the others created and never started. The same engine grows from ' +
    'one size to the next.',
  `- **Terminal.** The built \`bin/dockhand.js\` runs on a ${SIZE.columns}×${SIZE.rows} ` +
    'pseudo-terminal made by `scripts/bench/pty-driver.py` (python3 and its `pty` module), ' +
    'with the CI variables removed (Ink draws nothing when it sees them) and ' +
    '`TERM=xterm-256color`. The driver reads the master side of the terminal itself: no ' +
    'tmux, no terminal emulator in between. Ink writes each frame between the ' +
    'synchronized-output marks `ESC[?2026h` and `ESC[?2026l`; a frame counts as shown at ' +
    'the moment its closing mark has been read, and its text is matched with escape ' +
    'sequences removed, except inverse video (the cursor row and the current tab).',
  '- **Launch.** From the fork of `node bin/dockhand.js` to the end of the first frame ' +
    'whose tabs show both counts exactly (the containers and the 301 images) and a row of ' +
    'the seeded containers (at 0, the empty-list text). "First frame of all" is the end of ' +
    'the first frame drawn at all (the "Connecting…" screen): Node, module load and Ink, ' +
    `before any engine answer. One launch to warm the caches, then ${rounds}, each a new ` +
    'process.',
  '- **docker CLI, same engine, same run.** `docker ps -a` then `docker images`, started ' +
    'from Node with their output to a pipe: the wall time of the pair, one warm-up, then ' +
    `${rounds} runs, each just before one of dockhand's launches at the same size, so that ` +
    'both meet the same load. The ratio is ' +
    "dockhand's median over the CLI's. The bare API column is `GET /containers/json?all=1` " +
    "and `GET /images/json` on the engine's socket from Node, without a client: the " +
    "engine's own share.",
  "- **Keypress.** The key's bytes are written to the terminal; the time runs to the end " +
    'of the first frame after the write that shows its effect, so a frame drawn for ' +
    "another reason (the clock that ages the rows) is not taken for the key's. Move and " +
    "page: the cursor row (inverse) holds another container's name than before. Filter: " +
    'the prompt shows the text typed so far (the name of the 42nd container, typed a ' +
    'letter at a time, then erased) with its count of rows, which the same render ' +
    'computes. Pane: the tab is inverse and its column header is drawn. One key at a ' +
    `time, the next after the last one's frame; ${keys} of each, after the last timed ` +
    'launch, in the containers pane (move from the top of the list). p95 is nearest-rank.',
  `- **Idle CPU and memory.** The same dockhand, left alone for ${idle} s with nothing ` +
    'changing on the engine: user + system time from `/proc/PID/stat` at the end minus at ' +
    `the start, over ${idle} s, as a share of one core (the kernel counts in 10 ms ticks). ` +
    'The spell begins right after the key series, so collecting their garbage falls in ' +
    'it, as it would for a person who stops typing. Memory: VmRSS from ' +
    '`/proc/PID/status` each second of that spell, lowest and highest, as it swings ' +
    "with V8's collections, and VmHWM, the peak since launch, at its end; the target is " +
    'judged on the peak. MB is 10⁶ bytes.',
  ...(bulk ? [bulkRemoval(bulk)] : []),
  '- **Noise.** The machine may be shared: the load average at the start and end is ' +
    'given above. Compare figures of one run with each other (the ratios) rather than ' +
    "across runs; dockhand's CPU time to its first frame with the lists varies far less " +
    'than its wall time.',
  '',
];
