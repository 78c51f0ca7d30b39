#!/usr/bin/env bash
# Starts and stops a private Podman serving its Docker-compatible API, in a folder of its own:
# storage, run root, temp dirs, locks, events log and network config all live in DIR, and the
# service runs in a mount namespace where /var/lib is DIR/var-lib (podman keeps a blob cache
# in /var/lib/containers whatever its flags say), so it never touches a system podman.
#
# Containers get no network of their own: the default network is a CNI list with only the
# loopback plugin, and the other plugins are stand-ins that refuse to attach anything, so
# nothing makes a bridge or firewall rules; a container's traffic stays on its own loopback.
#
#   scripts/podman.sh start DIR [HOST:PORT...]
#       start `podman system service` on DIR/podman.sock and import the base image; each
#       HOST:PORT is a registry it may reach over plain HTTP (Docker trusts 127.0.0.0/8 on
#       its own, Podman only what registries.conf marks insecure)
#   scripts/podman.sh stop DIR
#       remove its containers, stop it and wait until it is gone
set -euo pipefail

cmd=${1:?usage: podman.sh start|stop DIR}
dir=$(realpath -m "${2:?usage: podman.sh start|stop DIR}")
sock=$dir/podman.sock
base_image=${DOCKHAND_BASE_IMAGE:-local/busybox:latest}
insecure=("${@:3}")

# The docker CLI speaks to podman's Docker API as to any engine.
docker_() { DOCKER_CONTEXT= DOCKER_CONFIG=$dir/cli docker -H "unix://$sock" "$@"; }

write_config() {
  mkdir -p "$dir/root" "$dir/run" "$dir/tmp" "$dir/cni" "$dir/cni-plugins" \
    "$dir/var-lib" "$dir/cli"
  # default_ulimits: without them the runtime refuses to start containers here (the
  # machine's limits are higher than podman may raise them to).
  cat >"$dir/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=1024:1024", "nproc=1024:1024"]
netns = "none"
log_driver = "k8s-file"

[network]
network_backend = "cni"
network_config_dir = "$dir/cni"
cni_plugin_dirs = ["$dir/cni-plugins"]

[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$dir/events.log"
lock_type = "file"
tmp_dir = "$dir/tmp"
image_copy_tmp_dir = "$dir/tmp"
static_dir = "$dir/root/libpod"
volume_path = "$dir/root/volumes"
EOF
  # The Docker API puts containers on the default network "podman" whatever netns says.
  printf '%s\n' '{"cniVersion": "0.4.0", "name": "podman",' \
    ' "plugins": [{"type": "loopback"}]}' >"$dir/cni/87-podman.conflist"
  ln -sf /usr/lib/cni/loopback "$dir/cni-plugins/loopback"
  # Stand-ins for the plugins of `network create`: podman loads a network only when its
  # plugins answer VERSION, so user networks can be created, listed and removed; attaching
  # a container to one fails (ADD) instead of making a bridge.
  for plugin in bridge portmap firewall tuning; do
    cat >"$dir/cni-plugins/$plugin" <<'PLUGIN'
#!/bin/sh
case $CNI_COMMAND in
  VERSION) echo '{"cniVersion":"0.4.0","supportedVersions":["0.3.0","0.3.1","0.4.0"]}' ;;
  ADD) echo '{"cniVersion":"0.4.0","code":100,"msg":"this private podman makes no networks"}'
    exit 1 ;;
esac
PLUGIN
    chmod +x "$dir/cni-plugins/$plugin"
  done
  printf 'unqualified-search-registries = []\n' >"$dir/registries.conf"
  for registry in "${insecure[@]}"; do
    printf '[[registry]]\nlocation = "%s"\ninsecure = true\n' "$registry" \
      >>"$dir/registries.conf"
  done
}

import_base() {
  docker_ image inspect "$base_image" >/dev/null 2>&1 && return 0
  bash "$(dirname "$0")/busybox-rootfs.sh" |
    docker_ import -c 'CMD ["/bin/sh"]' - "$base_image" >/dev/null
}

start() {
  if [ -S "$sock" ] && docker_ version >/dev/null 2>&1; then
    import_base
    return 0
  fi
  write_config
  # unshare execs the shell, which execs podman: the pid stays the service's.
  CONTAINERS_CONF=$dir/containers.conf CONTAINERS_REGISTRIES_CONF=$dir/registries.conf \
    nohup unshare --mount --propagation private sh -c '
      mount --bind "$1/var-lib" /var/lib &&
      exec podman --root "$1/root" --runroot "$1/run" --tmpdir "$1/tmp" \
        --cgroup-manager cgroupfs --events-backend file \
        system service --time=0 "unix://$1/podman.sock"' sh "$dir" \
    >"$dir/podman.log" 2>&1 &
  echo $! >"$dir/podman.pid"
  for _ in $(seq 1 150); do
    docker_ version >/dev/null 2>&1 && break
    sleep 0.2
  done
  docker_ version >/dev/null 2>&1 || {
    tail -20 "$dir/podman.log" >&2
    echo "podman did not start in $dir" >&2
    exit 1
  }
  import_base
}

stop() {
  [ -f "$dir/podman.pid" ] || return 0
  local pid ids ns proc
  pid=$(cat "$dir/podman.pid")
  ns=$(readlink "/proc/$pid/ns/mnt" 2>/dev/null || true)
  ids=$(docker_ ps -aq 2>/dev/null || true)
  [ -z "$ids" ] || docker_ rm -f $ids >/dev/null 2>&1 || true
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  kill -9 "$pid" 2>/dev/null || true
  # conmon keeps an ended exec's exit code for minutes; every process still in the
  # service's own mount namespace is one of this podman's, and goes with it.
  if [ -n "$ns" ]; then
    for proc in /proc/[0-9]*; do
      [ "$(readlink "$proc/ns/mnt" 2>/dev/null)" = "$ns" ] && kill "${proc#/proc/}" 2>/dev/null
    done
  fi
  rm -f "$dir/podman.pid"
}

case $cmd in
  start) start ;;
  stop) stop ;;
  *) echo "usage: podman.sh start|stop DIR" >&2; exit 2 ;;
esac
