#!/usr/bin/env bash
# Sets up everything Kliping needs on a fresh Debian/Ubuntu machine with Node 20: the system packages the
# tests and `npm start` use (apt, non-interactive, only what is missing), the npm packages, and both
# browsers' builds. Safe to run again. `--system` stops after the system packages.
#
# This is the one list of system packages: .ci/run calls this script, and tests/python.ts names the same
# Debian packages when a Python module is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Python modules the tests import (training scripts, test-model generator) and the Debian package of each.
python_packages=(numpy:python3-numpy scipy:python3-scipy sklearn:python3-sklearn torch:python3-torch onnx:python3-onnx)

missing_packages() {
  command -v chromium >/dev/null 2>&1 || echo chromium
  # Debian's chromium ships only en-US; the Indonesian UI test needs the id locale.
  [ -f /usr/lib/chromium/locales/id.pak ] || echo chromium-l10n
  # `npm start` on a machine without a display runs Chromium in a virtual one.
  command -v xvfb-run >/dev/null 2>&1 || echo xvfb xauth
  for entry in "${python_packages[@]}"; do
    /usr/bin/python3 -c "import ${entry%%:*}; ${entry%%:*}.__version__" >/dev/null 2>&1 || echo "${entry#*:}"
  done
}

missing=$(missing_packages | tr '\n' ' ')
if [ -n "${missing// /}" ]; then
  echo "== apt-get install $missing"
  as_root apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  still=$(missing_packages | tr '\n' ' ')
  if [ -n "${still// /}" ]; then
    echo "Paket sistem masih kurang / system packages still missing after apt-get: $still" >&2
    exit 1
  fi
fi
echo "== system packages: all present"
[ "${1:-}" = "--system" ] && exit 0

# onnxruntime-node's install step would download CUDA libraries we never use; package.json's allowScripts
# already blocks it on npm 11, and this variable (read by onnxruntime-node itself) covers older npm.
export ONNXRUNTIME_NODE_INSTALL=skip
echo "== npm ci"
npm ci --no-audit --no-fund
echo "== npm run build"
npm run build
