#!/usr/bin/env bash
# setup.sh: installs what baogao needs beyond the Swift toolchain (libedit-dev,
# libsqlite3-dev) when it is missing. Safe to run again; does nothing when all is there.
set -euo pipefail

need=()
[ -f /usr/include/histedit.h ] || need+=(libedit-dev)
[ -f /usr/include/sqlite3.h ] || need+=(libsqlite3-dev)

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq "${need[@]}" >&2
fi
