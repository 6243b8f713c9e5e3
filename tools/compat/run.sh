#!/usr/bin/env bash
# `make test-compat`: the same test suite on QGIS 3.44 / Python 3.14 / numpy 2 / shapely 2 /
# geopandas 1 / osmnx 2 / networkx 3, inside a Debian sid chroot kept in a cache folder outside
# the repository.
#
#   tools/compat/run.sh [pytest arguments]     (default: tests)
#   tools/compat/run.sh --exec CMD [ARGS...]     run a command in the checkout inside the chroot
#
# Environment:
#   URBANPLAN_COMPAT_CACHE    cache folder (default /var/cache/urbanplan-compat); the chroot is <cache>/sid
#   URBANPLAN_COMPAT_MIRROR   Debian mirror (default: the one the host's apt already uses)
#   URBANPLAN_COMPAT_REBUILD=1  throw the chroot away and build it again
#   URBANPLAN_COMPAT_UPGRADE=1  apt-get full-upgrade the cached chroot (sid moves daily)
#
# The chroot is built once (debootstrap + apt-get, a few minutes) and reused. The package list
# comes from APT_PACKAGES in tools/setup.sh (one list for both QGIS generations) plus the few
# extras below; a changed list, or a changed tools/compat/requirements-compat.txt, re-runs
# the install inside. A marker is written only after a successful install. All mounts live in a
# private mount namespace and are also unmounted by a trap, so nothing is left mounted even when
# the run fails or is killed. Needs root (CI runs as root).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
CACHE="${URBANPLAN_COMPAT_CACHE:-/var/cache/urbanplan-compat}"
SUITE=sid
ROOTFS="$CACHE/$SUITE"
VENV=/opt/urbanplan-venv                       # inside the chroot
READY="$ROOTFS/.urbanplan-compat-ready"        # written only after a successful install
DEBOOTSTRAPPED="$ROOTFS/.urbanplan-debootstrap-done"
PROVISION_VERSION=3                            # bump to force a re-provision of cached chroots

# Packages only the chroot needs on top of tools/setup.sh's list (which is shared with Debian 12).
COMPAT_EXTRA=(ca-certificates python3-venv python3-pip xvfb xauth)
# Packages from tools/setup.sh that make no sense inside the chroot. python3-numba is optional
# (the flood simulation's compiled kernels) and lags new Python versions: the chroot runs the
# numpy engine, which is what a QGIS 3.44 without numba does.
COMPAT_EXCLUDE=(debootstrap python3-numba)

log() { echo "compat: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "needs root (debootstrap, chroot and mounts): run 'sudo make test-compat'"
command -v debootstrap >/dev/null || die "debootstrap missing: run 'make setup' (tools/setup.sh installs it)"
case "$CACHE" in
  "$REPO"|"$REPO"/*) die "URBANPLAN_COMPAT_CACHE=$CACHE is inside the repository; choose a folder outside it";;
esac

# --- run everything in a private mount namespace: mounts vanish with the process -------------
if [ -z "${URBANPLAN_COMPAT_IN_NS:-}" ] && command -v unshare >/dev/null \
   && unshare --mount --propagation private true 2>/dev/null; then
  export URBANPLAN_COMPAT_IN_NS=1
  exec unshare --mount --propagation private bash "$0" "$@"
fi

# --- package list: tools/setup.sh's APT_PACKAGES + extras - exclusions ---------------------
package_list() {
  local setup_pkgs
  # shellcheck disable=SC1090
  setup_pkgs=$(bash -c 'eval "$(sed -n "/^APT_PACKAGES=(/,/^)/p" "$1")"; printf "%s\n" "${APT_PACKAGES[@]}"' _ "$REPO/tools/setup.sh")
  [ -n "$setup_pkgs" ] || die "could not read APT_PACKAGES from tools/setup.sh"
  { echo "$setup_pkgs"; printf '%s\n' "${COMPAT_EXTRA[@]}"; } \
    | grep -vxF -f <(printf '%s\n' "${COMPAT_EXCLUDE[@]}") | sort -u
}

host_mirror() {
  local m
  m=$( { cat /etc/apt/sources.list 2>/dev/null; cat /etc/apt/sources.list.d/*.list 2>/dev/null; } \
       | sed -n -E 's/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?([a-z]+:\/\/[^[:space:]]*\/debian\/?)[[:space:]].*/\2/p' | head -n1)
  [ -n "$m" ] || m=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
       | sed -n -E 's/^URIs:[[:space:]]*([a-z]+:\/\/[^[:space:]]*\/debian\/?)([[:space:]].*)?$/\1/p' | head -n1)
  echo "${m:-http://deb.debian.org/debian}"
}

MIRROR="${URBANPLAN_COMPAT_MIRROR:-$(host_mirror)}"
PACKAGES="$(package_list)"
STAMP=$( { echo "v$PROVISION_VERSION $SUITE"; echo "$PACKAGES"; cat "$REPO/tools/compat/requirements-compat.txt"; } \
         | sha256sum | cut -c1-16)

# --- mounts (and their cleanup) ------------------------------------------------------------
MOUNTED=()
cleanup() {
  local i rc=$?
  for (( i=${#MOUNTED[@]}-1; i>=0; i-- )); do
    umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}" 2>/dev/null \
      || log "warning: could not unmount ${MOUNTED[$i]}"
  done
  MOUNTED=()
  return $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_in() {  # mount_in <target inside ROOTFS> <mount args...>
  local target="$ROOTFS$1"; shift
  mkdir -p "$target"
  mount "$@" "$target"
  MOUNTED+=("$target")
}

mounts_under_rootfs() {  # anything mounted at or below ROOTFS (in this namespace)
  awk -v r="$ROOTFS" '{ p=$5; gsub(/\\040/, " ", p); if (p == r || index(p, r "/") == 1) print p }' /proc/self/mountinfo
}

mount_system() {
  mount_in /proc -t proc proc
  mount_in /sys --bind /sys
  mount_in /dev --bind /dev
  mount_in /dev/pts --bind /dev/pts
  mount_in /dev/shm -t tmpfs -o mode=1777 shm
  mount_in /tmp -t tmpfs -o mode=1777 tmp      # a clean /tmp for every run
  cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
}

in_chroot() {
  chroot "$ROOTFS" /usr/bin/env -i HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    ${http_proxy:+http_proxy=$http_proxy} ${https_proxy:+https_proxy=$https_proxy} \
    ${no_proxy:+no_proxy=$no_proxy} "$@"
}

apt_install() {  # (errexit is off inside `f || handler`, so every step is chained with &&)
  local upgrade=true
  [ "${URBANPLAN_COMPAT_UPGRADE:-}" = 1 ] && upgrade="in_chroot apt-get full-upgrade -y -q"
  # shellcheck disable=SC2086
  in_chroot apt-get update -q && $upgrade && in_chroot apt-get install -y -q $PACKAGES \
    && in_chroot apt-get clean
}

pip_install() {  # test-only tools from PyPI in a venv that sees Debian's numpy/shapely/GDAL/QGIS
  # (pip trusts the host's CA bundle: a host behind a TLS-inspecting proxy adds its CA there)
  rm -rf "${ROOTFS:?}$VENV" \
    && in_chroot python3 -m venv --system-site-packages "$VENV" \
    && cp "$REPO/tools/compat/requirements-compat.txt" "$ROOTFS/tmp/requirements-compat.txt" \
    && cp -L /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/urbanplan-host-ca.crt" \
    && in_chroot PIP_CERT=/etc/ssl/urbanplan-host-ca.crt ${PIP_INDEX_URL:+PIP_INDEX_URL=$PIP_INDEX_URL} \
         "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-input \
         -r /tmp/requirements-compat.txt \
    && in_chroot "$VENV/bin/python" -c "import pytest_qgis, pytestqt"
}

# --- build or refresh the chroot (exclusive lock; concurrent runs wait) ----------------------
mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock -x 9

remove_rootfs() {
  # Leftover mounts (a run killed before its trap, or a failed debootstrap) are unmounted first;
  # we hold the exclusive lock, so no other run is using them. rm must never run while the
  # checkout is bind-mounted inside: it lives on the same file system, --one-file-system would
  # not stop it.
  local m
  while IFS= read -r m; do
    [ -n "$m" ] && { umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; }
  done < <(mounts_under_rootfs | sort -r)
  [ -z "$(mounts_under_rootfs)" ] \
    || die "still mounted under $ROOTFS, not removing it: $(mounts_under_rootfs | tr '\n' ' ')"
  rm -rf --one-file-system "$ROOTFS"
}

if [ "${URBANPLAN_COMPAT_REBUILD:-}" = 1 ] || { [ -d "$ROOTFS" ] && [ ! -f "$DEBOOTSTRAPPED" ]; }; then
  log "removing old or incomplete chroot $ROOTFS"
  remove_rootfs
fi

if [ ! -f "$DEBOOTSTRAPPED" ]; then
  log "debootstrap $SUITE from $MIRROR into $ROOTFS (a few minutes, once)"
  t0=$SECONDS
  for attempt in 1 2; do
    debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 && break
    tail -n 30 "$CACHE/debootstrap.log" >&2
    [ "$attempt" = 2 ] && die "debootstrap failed twice (log: $CACHE/debootstrap.log)"
    log "debootstrap failed; removing the partial chroot and trying once more"
    remove_rootfs
  done
  # no services inside; no docs/man/locales (saves space and time); apt settings from the host
  printf '#!/bin/sh\nexit 101\n' > "$ROOTFS/usr/sbin/policy-rc.d"; chmod +x "$ROOTFS/usr/sbin/policy-rc.d"
  printf '%s\n' 'path-exclude /usr/share/doc/*' 'path-exclude /usr/share/man/*' \
    'path-exclude /usr/share/info/*' 'path-exclude /usr/share/locale/*' \
    > "$ROOTFS/etc/dpkg/dpkg.cfg.d/01urbanplan-nodoc"
  touch "$DEBOOTSTRAPPED"
  log "debootstrap done in $((SECONDS - t0)) s"
fi

{ echo 'APT::Install-Recommends "false";'; echo 'APT::Install-Suggests "false";'
  echo 'Acquire::Languages "none";'; echo 'Dpkg::Use-Pty "0";'; echo 'Acquire::Retries "3";'
  apt-config dump 2>/dev/null | grep -E '^Acquire::(https?::Proxy|Check-Valid-Until|Check-Date) ' || true
} > "$ROOTFS/etc/apt/apt.conf.d/90urbanplan"

if [ "$(cat "$READY" 2>/dev/null)" != "$STAMP" ] || [ "${URBANPLAN_COMPAT_UPGRADE:-}" = 1 ]; then
  rm -f "$READY"
  t0=$SECONDS
  mount_system
  log "installing $(echo "$PACKAGES" | wc -l) packages in the chroot (QGIS 3.44 and the Python stack)"
  apt_install > "$CACHE/apt.log" 2>&1 \
    || { tail -n 40 "$CACHE/apt.log" >&2; die "apt-get in the chroot failed (log: $CACHE/apt.log)"; }
  pip_install > "$CACHE/pip.log" 2>&1 \
    || { tail -n 40 "$CACHE/pip.log" >&2; die "pip in the chroot failed (log: $CACHE/pip.log)"; }
  cleanup
  echo "$STAMP" > "$READY"
  log "chroot ready in $((SECONDS - t0)) s"
fi
flock -s 9   # provisioning done: other runs may use the chroot at the same time, none may rebuild it

# --- run the suite ---------------------------------------------------------------------------
mount_system
mount_in "$REPO" --bind "$REPO"                  # read-write: tests write tests/_artifacts
SHARED="$(dirname "$REPO")/shared"
if [ -d "$SHARED" ]; then mount_in "$SHARED" --bind "$SHARED"; mount -o remount,bind,ro "$ROOTFS$SHARED" || true; fi

versions=$(in_chroot "$VENV/bin/python" -c '
import sys, numpy, shapely, geopandas, osmnx, networkx, sklearn, scipy, pytest
from qgis.core import Qgis
print(f"QGIS {Qgis.QGIS_VERSION} | Python {sys.version.split()[0]} | numpy {numpy.__version__} | "
      f"scipy {scipy.__version__} | shapely {shapely.__version__} | geopandas {geopandas.__version__} | "
      f"osmnx {osmnx.__version__} | networkx {networkx.__version__} | scikit-learn {sklearn.__version__} | "
      f"pytest {pytest.__version__}")' 2>/dev/null) || versions="(version probe failed)"
log "$versions"

run_env=(PATH="$VENV/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
         QT_QPA_PLATFORM=offscreen PYTHONPYCACHEPREFIX=/var/cache/urbanplan-pycache
         URBANPLAN_COMPAT=1 ${CI:+CI=$CI} ${TERM:+TERM=$TERM})
if [ "${1:-}" = "--exec" ]; then   # run.sh --exec CMD...: a command in the checkout, inside the chroot
  shift; [ $# -gt 0 ] || set -- bash
  set +e; in_chroot "${run_env[@]}" sh -c 'cd "$1" && shift && exec "$@"' _ "$REPO" "$@"; rc=$?; set -e
  exit $rc
fi
# Deprecation warnings from our own code are errors. pytest's -W matches the module name exactly
# (urbanplan_plugin only); the submodules are covered by the regex filter in pytest.ini, which
# both runs use, so make sure it is still there.
grep -Eq '^[[:space:]]*error::DeprecationWarning:urbanplan_plugin\.\*' "$REPO/pytest.ini" \
  || die "pytest.ini lost its filter 'error::DeprecationWarning:urbanplan_plugin.*' (filterwarnings)"
[ $# -gt 0 ] || set -- tests
t0=$SECONDS
set +e
in_chroot "${run_env[@]}" \
  sh -c 'cd "$1" && shift && exec python3 -m pytest -p no:cacheprovider \
           -W error::DeprecationWarning:urbanplan_plugin "$@"' _ "$REPO" "$@"
rc=$?
set -e
log "pytest exit code $rc after $((SECONDS - t0)) s (QGIS 3.44 chroot $ROOTFS)"
exit $rc
