#!/usr/bin/env bash
# setup-test-tools.sh: installs what the tests use beyond baogao's own needs,
# when it is missing: the sqlite3 command-line tool, rsvg-convert (the chart
# tests render SVG with it) and a Java runtime (apt), and DuckDB's and Spark's
# Python packages in a virtual environment at .build/venv (PyPI), which the
# export tests read the JSON Lines files with (pyspark is some 400 MB: a
# minute or two the first time). Quiet and quick when all is there.
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
# Spark 4 runs on Java 17 or later: Debian 12's default runtime.
command -v java > /dev/null || need+=(default-jre-headless)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"

venv=.build/venv
if ! "$venv/bin/python" -c 'import duckdb, pyspark' 2> /dev/null; then
  if [ ! -x "$venv/bin/python" ]; then
    rm -rf "$venv"
    # Debian's python3 has venv (and the pip it installs) in python3-venv.
    python3 -m venv "$venv" 2> /dev/null || {
      apt_install python3-venv
      rm -rf "$venv"
      python3 -m venv "$venv"
    }
  fi
  echo "setup: installing duckdb and pyspark into $venv" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check duckdb pyspark >&2
fi
