#!/usr/bin/env bash
# Installs what the test suites need and a fresh Debian (bookworm) machine lacks. Idempotent:
# anything already present is left alone, so it is cheap to run before every CI job.
#
#   redis-server  the differential test's reference (RELIABILITY.md R8), checked to be 7.0.x
#   cc            a C toolchain, which cargo needs to link
#   gcc, g++      the C API tests compile ferrite.h as C99 and C++11 (cargo xtask c-test)
#   valgrind      the C API tests run under it (RELIABILITY.md R10)
#   node, npm     the Node.js binding's build and tests (cargo xtask node-test)
#   cargo         Rust via rustup (minimal profile), when no cargo is on PATH
#
# Runs as root (CI); otherwise uses sudo for apt-get.
set -euo pipefail

# The Redis release series the compatibility test and the table's examples are checked against.
# Debian bookworm ships 7.0.15; its security updates change only the package suffix (~deb12uN),
# so the series is checked after installing rather than pinning an exact package version.
REDIS_SERIES=7.0

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
apt_updated=false

apt_install() {
    if [ "$apt_updated" = false ]; then
        "${SUDO[@]}" apt-get update
        apt_updated=true
    fi
    "${SUDO[@]}" apt-get install -y --no-install-recommends "$@"
}

if ! command -v redis-server >/dev/null 2>&1; then
    echo "install-deps: installing redis-server"
    apt_install redis-server
fi
redis_version=$(redis-server --version | sed -n 's/.* v=\([0-9][0-9.]*\).*/\1/p')
case "$redis_version" in
    "$REDIS_SERIES".*) echo "install-deps: redis-server $redis_version" ;;
    *)
        echo "install-deps: redis-server $redis_version found, but the compatibility reference is $REDIS_SERIES.x" >&2
        exit 1
        ;;
esac

if ! command -v cc >/dev/null 2>&1; then
    echo "install-deps: installing a C toolchain"
    apt_install build-essential pkg-config
fi

if ! command -v gcc >/dev/null 2>&1 || ! command -v g++ >/dev/null 2>&1; then
    echo "install-deps: installing gcc and g++"
    apt_install gcc g++
fi

if ! command -v valgrind >/dev/null 2>&1; then
    echo "install-deps: installing valgrind"
    apt_install valgrind
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "install-deps: installing Node.js and npm"
    apt_install nodejs npm
fi

if ! command -v cargo >/dev/null 2>&1 && [ ! -x "$HOME/.cargo/bin/cargo" ]; then
    echo "install-deps: installing Rust with rustup"
    command -v curl >/dev/null 2>&1 || apt_install curl ca-certificates
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
fi
