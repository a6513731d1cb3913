#!/usr/bin/env bash
# The Python package and the Spark job: builds the package into a virtual environment
# and runs its tests (python/tests). Skips, saying why, when Python 3 is absent; the Spark
# test skips itself when pyspark or Java is absent. Expects target/release/slant built.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! command -v "$PY" >/dev/null 2>&1 || ! "$PY" -c 'import venv, ensurepip' 2>/dev/null; then
  echo "python-check: skipped: no $PY with venv and pip"
  exit 0
fi
VENV=${SLANT_VENV:-target/python-venv}
# A venv copied from another checkout keeps that checkout's paths in its scripts: make anew.
if [ -x "$VENV/bin/python" ] && [ -f "$VENV/bin/pip" ] \
   && ! head -n 1 "$VENV/bin/pip" | grep -qF "$(cd "$VENV" && pwd -P)/bin/"; then
  echo "python-check: $VENV was made elsewhere; making it anew"
  rm -rf "$VENV"
fi
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
"$VENV/bin/python" -m pip install -q maturin pytest pyarrow 'pandas<3'
# pyspark is optional: without it the Spark test skips.
"$VENV/bin/python" -m pip install -q pyspark \
  || echo "python-check: pyspark could not be installed; the Spark test will skip"
# The extension builds in release into the main target directory, reusing its crates.
CARGO_TARGET_DIR="$PWD/target" "$VENV/bin/python" -m pip install -q ./python
"$VENV/bin/python" -m pytest -q -rs python/tests
