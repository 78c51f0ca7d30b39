#!/usr/bin/env bash
# Writes to stdout a tar of the smallest useful root filesystem: Debian's static busybox
# (busybox-static) with a link for each applet, plus empty /tmp and /etc. The private
# engines of the tests, the demo and the benchmark import it as their base image, as there
# is no registry to pull one from.
set -euo pipefail

fs=$(mktemp -d)
trap 'rm -rf "$fs"' EXIT
mkdir -p "$fs/bin" "$fs/tmp" "$fs/etc"
cp /bin/busybox "$fs/bin/busybox"
for applet in $("$fs/bin/busybox" --list); do
  [ "$applet" = busybox ] || ln -s busybox "$fs/bin/$applet"
done
tar -C "$fs" -c .
