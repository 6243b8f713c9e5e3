#!/usr/bin/env bash
# Install what UrbanPlan needs on Debian 12, idempotently: QGIS 3.22 and the engine's libraries
# from Debian's packages (built against QGIS's own GDAL/GEOS/PROJ), then test-only tools in a
# venv that sees the system packages. Quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  qgis python3-qgis qgis-providers
  python3-numpy python3-scipy python3-networkx python3-osmnx python3-geopandas python3-shapely
  python3-sklearn python3-matplotlib python3-jinja2 python3-requests
  python3-dask python3-distributed  # the headless batch runner (urbanplan_plugin/batch, make scale-demo)
  python3-markdown  # make docs / make package: docs/*.md -> the offline HTML pages
  python3-igraph  # make bench: the igraph row (benchmarks/bench_goals.py); also in sid
  python3-numba  # optional: the flood simulation's compiled kernels (core/flood/floodkernel.py)
  python3-pytest python3-pytestqt python3-venv
  xvfb xauth qttools5-dev-tools pyqt5-dev-tools zip make
  poppler-utils  # pdftoppm: the report tests render the PDF to PNG pages
  fonts-wqy-microhei  # a CJK font: Chinese interface and reports render as text, not boxes
  debootstrap  # make test-compat: the Debian sid chroot with QGIS 3.44 (tools/compat/run.sh)
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

VENV=.venv
# the stamp names the test requirements it installed: a changed requirements-test.txt (a new
# ruff pin) installs again
STAMP=$VENV/.urbanplan-setup-$(sha256sum requirements-test.txt | cut -c1-12)
if [ ! -f "$STAMP" ]; then
  [ -x "$VENV/bin/python" ] || /usr/bin/python3 -m venv --system-site-packages "$VENV"
  # test-only tools; numpy, shapely and GDAL always come from Debian (never pip wheels in QGIS)
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-test.txt
  rm -f "$VENV"/.urbanplan-setup-*
  touch "$STAMP"
fi
