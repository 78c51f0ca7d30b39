#!/usr/bin/env bash
# `npm run demo`: a private Docker engine seeded with example containers and images, and
# dockhand on it, so every key can be tried without risk to your own containers. The engine
# stops when dockhand quits. Needs the rights to start dockerd (root, as a rule).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${DOCKHAND_DEMO_DIR:-/tmp/dockhand-demo}
host=unix://$dir/docker.sock

command -v dockerd >/dev/null || {
  echo "The demo needs dockerd (Debian: apt-get install docker.io busybox-static)." >&2
  exit 1
}
[ "$(id -u)" = 0 ] || echo "Not root: starting dockerd may fail; try sudo npm run demo." >&2

echo "Starting a private engine in $dir …"
"$here/engine.sh" start "$dir"
trap '"$here/engine.sh" stop "$dir"' EXIT

d() { docker -H "$host" "$@"; }
base=local/busybox:latest

seed() {
  d rm -f $(d ps -aq) >/dev/null 2>&1 || true
  printf 'FROM %s\nLABEL demo=app\nRUN echo v1 > /version\nCMD ["sleep","100000"]\n' "$base" |
    DOCKER_BUILDKIT=0 d build -q -t demo/web:1.0 - >/dev/null
  d tag demo/web:1.0 demo/web:latest
  d tag demo/web:1.0 registry.example.com/team/web:stable
  printf 'FROM %s\nRUN dd if=/dev/zero of=/blob bs=1M count=8\n' "$base" |
    DOCKER_BUILDKIT=0 d build -q -t demo/data:big - >/dev/null
  # Rebuilding a tag leaves the old image dangling, as happens every day.
  printf 'FROM %s\nRUN echo old > /x\n' "$base" | DOCKER_BUILDKIT=0 d build -q -t demo/tool:dev - >/dev/null
  printf 'FROM %s\nRUN echo new > /x\n' "$base" | DOCKER_BUILDKIT=0 d build -q -t demo/tool:dev - >/dev/null

  # A restart policy brings the running ones back when the demo engine starts again.
  d run -d --restart unless-stopped --name shop-web --label com.docker.compose.project=shop demo/web:1.0 >/dev/null
  d run -d --restart unless-stopped --name shop-worker --label com.docker.compose.project=shop demo/web:latest >/dev/null
  d run -d --restart unless-stopped --name ticker $base sh -c 'while true; do date; sleep 2; done' >/dev/null
  d run --name migrate-ok $base true
  d run --name migrate-failed $base sh -c 'echo boom >&2; exit 3' 2>/dev/null || true
  d create --name never-started demo/data:big >/dev/null
}

if [ -z "$(d ps -aq --filter name=shop-worker)" ]; then
  echo "Seeding example containers and images …"
  seed
fi
# One paused container, every time, to try p on.
[ "$(d inspect -f '{{.State.Status}}' shop-worker)" = running ] && d pause shop-worker >/dev/null

DOCKER_HOST=$host node "$here/../bin/dockhand.js" "$@"
