#!/usr/bin/env bash
# setup-test-tools.sh: installs what the tests use beyond baogao's own needs,
# when it is missing: the sqlite3 command-line tool and rsvg-convert (apt;
# the chart tests render SVG with it), and DuckDB's
# Python package in a virtual environment at .build/venv (PyPI), which the
# export tests read the JSON Lines files with. Quiet and quick when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_install() {
  echo "setup: installing $*" >&2
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq >&2
  $sudo apt-get install -y -qq "$@" >&2
}

need=()
command -v sqlite3 > /dev/null || need+=(sqlite3)
command -v python3 > /dev/null || need+=(python3)
command -v rsvg-convert > /dev/null || need+=(librsvg2-bin)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

venv=.build/venv
if ! "$venv/bin/python" -c 'import duckdb' 2> /dev/null; then
  if [ ! -x "$venv/bin/python" ]; then
    rm -rf "$venv"
    # Debian's python3 has venv (and the pip it installs) in python3-venv.
    python3 -m venv "$venv" 2> /dev/null || {
      apt_install python3-venv
      rm -rf "$venv"
      python3 -m venv "$venv"
    }
  fi
  echo "setup: installing duckdb into $venv" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check duckdb >&2
fi
