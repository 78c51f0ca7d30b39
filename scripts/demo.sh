#!/usr/bin/env bash
# `npm run demo`: a private Docker engine seeded with something to try in every pane and
# view, and dockhand on it, so every key can be tried without risk to your own containers.
# The engine (and the demo registry) stop when dockhand quits; the seeded state stays in
# DOCKHAND_DEMO_DIR for the next run. Needs the rights to start dockerd (root, as a rule).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${DOCKHAND_DEMO_DIR:-/tmp/dockhand-demo}
port=${DOCKHAND_DEMO_REGISTRY_PORT:-5555}

command -v dockerd >/dev/null || {
  echo "The demo needs dockerd (Debian: apt-get install docker.io busybox-static)." >&2
  exit 1
}
[ "$(id -u)" = 0 ] || echo "Not root: starting dockerd may fail; try sudo npm run demo." >&2

registry_pid=
finish() {
  echo "Stopping the demo engine …"
  [ -z "$registry_pid" ] || kill "$registry_pid" 2>/dev/null || true
  # A paused container would hold the engine up for its whole shutdown timeout.
  d unpause shop-worker >/dev/null 2>&1 || true
  "$here/engine.sh" stop "$dir"
  echo "Stopped. npm run demo starts it again; rm -rf $dir forgets it."
}

echo "Starting a private engine in $dir …"
"$here/engine.sh" start "$dir"
trap finish EXIT

# The demo's contexts and registry logins live in its own folder, never in ~/.docker.
export DOCKER_CONFIG=$dir/cli
# shellcheck source=scripts/demo-seed.sh
. "$here/demo-seed.sh"

if command -v docker-registry >/dev/null && ! (: >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  start_registry
else
  echo "No demo registry (docker-registry missing, or port $port taken): pane 3 has nothing to find."
fi
if [ -z "$(d ps -aq --filter name=shop-worker)" ]; then
  echo "Seeding example containers, images, volumes and networks …"
  seed
fi
prepare_run

echo "Opening dockhand: q quits, ? shows every key."
env -u DOCKER_HOST DOCKER_CONTEXT=demo node "$here/../bin/dockhand.js" "$@"
