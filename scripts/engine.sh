#!/usr/bin/env bash
# Starts and stops a private Docker engine in a folder of its own, beside any other engine:
# its own socket, data root, exec root, pid file and containerd namespaces, no bridge and no
# iptables. Used by the tests, the demo and the benchmark; never touches the user's engine.
#
#   scripts/engine.sh start DIR    start dockerd in DIR, wait for it, import the base image
#   scripts/engine.sh stop DIR     stop it and wait until it is gone
#   scripts/engine.sh base DIR     import local/busybox:latest from /bin/busybox if missing
#
# DOCKHAND_ENGINE_ARGS adds dockerd flags (a TLS listener on 127.0.0.1 for the TLS tests).
set -euo pipefail

cmd=${1:?usage: engine.sh start|stop|base DIR}
dir=${2:?usage: engine.sh start|stop|base DIR}
sock=$dir/docker.sock
base_image=${DOCKHAND_BASE_IMAGE:-local/busybox:latest}

docker_() { DOCKER_CONTEXT= DOCKER_CONFIG=$dir/cli docker -H "unix://$sock" "$@"; }

import_base() {
  docker_ image inspect "$base_image" >/dev/null 2>&1 && return 0
  bash "$(dirname "$0")/busybox-rootfs.sh" |
    docker_ import -c 'CMD ["/bin/sh"]' - "$base_image" >/dev/null
}

start() {
  mkdir -p "$dir/data" "$dir/exec" "$dir/cli"
  if [ -S "$sock" ] && docker_ version >/dev/null 2>&1; then
    import_base
    return 0
  fi
  # the namespaces keep a system containerd, if one runs, from being shared with this engine
  local ns
  ns=dockhand-$(printf '%s' "$dir" | md5sum | cut -c1-8)
  nohup dockerd -H "unix://$sock" --data-root "$dir/data" --exec-root "$dir/exec" \
    --pidfile "$dir/docker.pid" --bridge=none --iptables=false --ip-forward=false \
    --ip-masq=false --shutdown-timeout 2 --containerd-namespace "$ns" --containerd-plugins-namespace "$ns-p" \
    ${DOCKHAND_ENGINE_ARGS:-} >"$dir/dockerd.log" 2>&1 &
  for _ in $(seq 1 150); do
    docker_ version >/dev/null 2>&1 && break
    sleep 0.2
  done
  docker_ version >/dev/null 2>&1 || {
    tail -20 "$dir/dockerd.log" >&2
    echo "dockerd did not start in $dir" >&2
    exit 1
  }
  import_base
}

stop() {
  [ -f "$dir/docker.pid" ] || return 0
  local pid
  pid=$(cat "$dir/docker.pid")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
  # dockerd leaves its containers' mounts behind when killed; a later rm -rf needs them gone
  grep -o " $dir/[^ ]*" /proc/mounts | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
}

case $cmd in
  start) start ;;
  stop) stop ;;
  base) import_base ;;
  *) echo "usage: engine.sh start|stop|base DIR" >&2; exit 2 ;;
esac
