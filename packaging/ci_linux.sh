#!/usr/bin/env bash
# The packaging step of CI on Linux (called by .ci/run, and by .github/workflows/bundles.yml):
# build the bundle, the tarball and the .deb in a clean temporary folder, then install the .deb,
# run it and purge it (packaging/smoke.py), and time its start-up against the venv's
# (benchmarks/bundle.py). Needs root for dpkg, and the project's .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS
py=.venv/bin/python
# PyInstaller is not in the test extra: only this step needs it
.venv/bin/pip install -q -c requirements.lock -e '.[bundle]'
out=$(mktemp -d -t facilitation-bundle.XXXXXX)
trap 'rm -rf "$out"' EXIT
"$py" packaging/build.py --out "$out/build"
deb=("$out"/build/facilitation_*.deb)
built=$SECONDS
du -sh "$out/build/dist/facilitation" "$deb" "$out"/build/facilitation-*-linux-*.tar.gz
"$py" packaging/smoke.py --deb "$deb"
smoked=$SECONDS
# the bundle's start-up against the venv's, on this machine (figures only: nothing is judged here)
"$py" benchmarks/bundle.py --bundle "$out/build/dist/facilitation" --rounds 3
echo "packaging: built in $((built - start)) s, installed, ran and purged in $((smoked - built)) s," \
     "benchmarked in $((SECONDS - smoked)) s; $((SECONDS - start)) s in all"
