# Sourced by demo.sh: what the demo engine holds, so that every pane and view has something
# to try. Expects $dir (the demo folder), $port (the demo registry's) and DOCKER_CONFIG.
base=local/busybox:latest

d() { DOCKER_CONTEXT= docker -H "unix://$dir/docker.sock" "$@"; }
# Runs a command without a word on success; its output when it fails.
quiet() {
  local out
  out=$("$@" 2>&1) || { printf '%s\n' "$out" >&2; return 1; }
}

# Coloured lines on stdout, warnings and errors on stderr, every 2 s.
ticker='i=0; while true; do i=$((i + 1)); t=$(date +%T)
printf "%s \033[32mINFO\033[0m  tick %d, all well\n" "$t" "$i"
[ $((i % 5)) = 0 ] && printf "%s \033[33mWARN\033[0m  queue is %d deep\n" "$t" $((i % 17)) >&2
[ $((i % 11)) = 0 ] && printf "%s \033[1;31mERROR\033[0m upstream timed out\n" "$t" >&2
sleep 2; done'
# 30,000 lines on its first start, more than a logs view keeps, then one every 10 s.
backlog='[ -e /seeded ] || seq 1 30000 | awk "{ printf \"req %06d GET /api/items/%d 200 %dms\\n\", \$1, \$1 % 500, \$1 % 97 }"
touch /seeded; while true; do sleep 10; echo "$(date +%T) idle"; done'

# An image from what a command leaves in a container: no builder, so no warnings, and it
# shares the base image's layer as a built one would.
image() {
  local tag=$1 cmd=$2 script=$3 label=$4 c
  c=$(d run -d "$base" sh -c "$script")
  d wait "$c" >/dev/null
  d commit -c "CMD $cmd" -c "LABEL $label" "$c" "$tag" >/dev/null
  d rm "$c" >/dev/null
}

seed() {
  local sleeper='["sleep","100000"]' c
  image demo/web:1.0 "$sleeper" 'echo v1 > /version' demo=app
  d tag demo/web:1.0 demo/web:latest
  d tag demo/web:1.0 registry.example.com/team/web:stable
  image demo/data:big "$sleeper" 'dd if=/dev/zero of=/blob bs=1M count=8 2>/dev/null' demo=data
  # Making a tag again leaves the old image dangling, as happens every day.
  image demo/tool:dev '["sh"]' 'echo old > /x' purpose=scratch
  image demo/tool:dev '["sh"]' 'echo new > /x' purpose=scratch

  # Internal networks: no bridge to the outside, no traffic beyond the engine.
  d network create --internal shop-net >/dev/null
  d network create --internal --label purpose=scratch old-net >/dev/null
  d volume create --label purpose=scratch old-cache >/dev/null
  # Some bytes in the volumes, for disk usage and the cleanup plan to count.
  d run --rm -v shop-data:/data -v old-cache:/cache "$base" \
    sh -c 'head -c 3000000 /dev/urandom > /data/db; head -c 1000000 /dev/urandom > /cache/old'

  # --init: the running ones stop at once with the engine; the restart policy brings them
  # back with it next time.
  local keep=(-d --init --restart unless-stopped)
  local shop=(--label com.docker.compose.project=shop)
  d run "${keep[@]}" "${shop[@]}" --name shop-web --network shop-net -v shop-data:/data \
    -e PORT=8080 -e DB_PASSWORD=not-a-real-secret demo/web:1.0 >/dev/null
  d run "${keep[@]}" "${shop[@]}" --name shop-worker -v /cache demo/web:latest >/dev/null
  d run "${keep[@]}" --name ticker "$base" sh -c "$ticker" >/dev/null
  d run "${keep[@]}" --name backlog "$base" sh -c "$backlog" >/dev/null
  d run --name migrate-ok --label purpose=scratch "$base" true
  d run --name migrate-failed --label purpose=scratch "$base" \
    sh -c 'head -c 2000000 /dev/urandom > /dump; echo "migration 42 failed" >&2; exit 3' \
    2>/dev/null || true
  d create --name never-started demo/data:big >/dev/null
  # An anonymous volume nothing uses: its container went without -v.
  c=$(d run -d -v /scratch "$base" sh -c 'head -c 500000 /dev/urandom > /scratch/tmp')
  d wait "$c" >/dev/null
  d rm "$c" >/dev/null
}

start_registry() {
  mkdir -p "$dir/registry"
  printf 'version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: 127.0.0.1:%s\n' \
    "$dir/registry" "$port" >"$dir/registry.yml"
  docker-registry serve "$dir/registry.yml" >"$dir/registry.log" 2>&1 &
  registry_pid=$!
  for _ in $(seq 1 50); do
    (: >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "The demo registry did not start; see $dir/registry.log" >&2
}

# Two repositories to find in pane 3; one of them only there, to pull.
seed_registry() {
  local at=127.0.0.1:$port
  [ -e "$dir/registry/.seeded" ] && return 0
  for ref in demo/web:1.0 demo/tool:dev; do
    d tag "$ref" "$at/$ref"
    d push "$at/$ref" >/dev/null
  done
  d rmi "$at/demo/tool:dev" >/dev/null
  # config.json's registries are those the prompts offer.
  [ -e "$DOCKER_CONFIG/config.json" ] ||
    printf '{ "auths": { "%s": {} } }\n' "$at" >"$DOCKER_CONFIG/config.json"
  touch "$dir/registry/.seeded"
}

# What each run needs: a paused container, the contexts of the engines view (H), a folder
# to build (b on images).
prepare_run() {
  [ -z "${registry_pid:-}" ] || seed_registry
  [ "$(d inspect -f '{{.State.Status}}' shop-worker)" = running ] && d pause shop-worker >/dev/null
  docker context inspect demo >/dev/null 2>&1 ||
    quiet docker context create demo --description "dockhand's demo engine" \
      --docker "host=unix://$dir/docker.sock"
  docker context inspect stopped >/dev/null 2>&1 ||
    quiet docker context create stopped --description 'an engine that is not running' \
      --docker "host=unix://$dir/stopped.sock"
  mkdir -p "$dir/example-app"
  printf 'FROM %s\nRUN echo hello > /hello\nCMD ["cat", "/hello"]\n' "$base" \
    >"$dir/example-app/Dockerfile"
}
