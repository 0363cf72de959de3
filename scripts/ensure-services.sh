#!/usr/bin/env bash
# CI's services: PostgreSQL on 127.0.0.1:5432 and Redis on 127.0.0.1:6379. Uses the ones that answer;
# otherwise installs Debian's packages when missing and starts a throw-away server owned by this run.
# Prints shell lines to eval: `eval "$(scripts/ensure-services.sh)"` sets CC_STARTED_* for the cleanup.
set -euo pipefail
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
apt_install() {
  [ "$(id -u)" -eq 0 ] || { echo "缺少 $*：请以 root 运行，或先执行 apt-get install $*" >&2; exit 1; }
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2
}

if ! answers 5432; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || apt_install postgresql
  bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
  dir=$(mktemp -d /tmp/cc-pg.XXXXXX); chown postgres "$dir"
  # initdb refuses root; trust on loopback only, for a server that lives as long as this CI run.
  runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres -A trust >&2
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-p 5432 -c listen_addresses=127.0.0.1 -k $dir -c fsync=off" start >&2
  echo "CC_STARTED_PG='$bin/pg_ctl -D $dir/data'"
fi

if ! answers 6379; then
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  redis-server --bind 127.0.0.1 --port 6379 --save '' --appendonly no --daemonize yes \
    --pidfile /tmp/cc-redis.pid >&2
  for _ in $(seq 50); do answers 6379 && break; sleep 0.1; done
  echo "CC_STARTED_REDIS=/tmp/cc-redis.pid"
fi
