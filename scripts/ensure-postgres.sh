#!/usr/bin/env bash
# Runs before `npm test`: the PostgreSQL tests start a throwaway server, so its binaries must be on this machine.
# As root with apt-get (a fresh dev machine or CI), Debian's postgresql package is installed; otherwise one clear line.
set -euo pipefail
if [ -n "${PG_BIN:-}" ] || command -v initdb >/dev/null 2>&1 || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "PostgreSQL server binaries not found: installing Debian's postgresql package for the PostgreSQL tests"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  exit 0
fi
echo "PostgreSQL server binaries (initdb, pg_ctl) not found, and apt-get as root is not available to install them." >&2
echo "Install PostgreSQL (Debian/Ubuntu: apt-get install -y postgresql) or set PG_BIN to the folder holding initdb." >&2
exit 1
