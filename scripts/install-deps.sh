#!/usr/bin/env bash
# Installs what the test suites need and a fresh Debian (bookworm) machine lacks. Idempotent:
# anything already present is left alone, so it is cheap to run before every CI job.
#
#   redis-server  the differential test's reference (RELIABILITY.md R8), checked to be 7.0.x
#   cc            a C toolchain, which cargo needs to link
#   gcc, g++      the C API tests compile ferrite.h as C99 and C++11 (cargo xtask c-test)
#   valgrind      the C API tests run under it (RELIABILITY.md R10)
#   python3-venv  the Python binding's tests run in a venv (cargo xtask py-test), which needs
#                 python3 with venv and ensurepip (Debian splits them into python3-venv)
#   node, npm     the Node.js binding's build and tests (cargo xtask node-test)
#   cargo         Rust via rustup (minimal profile), when no cargo is on PATH
#   go            the Go binding's tests (bindings/go, Go >= 1.21), when no Go is present:
#                 Debian's golang-go, or a newer golang-1.N-go from the configured sources
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

apt_update() {
    if [ "$apt_updated" = false ]; then
        "${SUDO[@]}" apt-get update
        apt_updated=true
    fi
}

apt_install() {
    apt_update
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

if ! command -v python3 >/dev/null 2>&1 || ! python3 -c "import venv, ensurepip" >/dev/null 2>&1; then
    echo "install-deps: installing python3 with venv"
    apt_install python3 python3-venv
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

# Go: bookworm's golang-go is 1.19, older than the binding's 1.21; a newer versioned package
# (golang-1.22-go, from bookworm-backports when configured) is preferred when apt has one.
# `cargo xtask go-test` finds /usr/lib/go-1.N/bin/go itself; it fails with instructions when no
# Go >= 1.21 is installed (https://go.dev/dl into /usr/local/go is the other way).
have_go() {
    command -v go >/dev/null 2>&1 || [ -x /usr/local/go/bin/go ] || ls /usr/lib/go-1.*/bin/go >/dev/null 2>&1
}
if ! have_go; then
    apt_update
    newest_go=$(apt-cache pkgnames golang-1. 2>/dev/null | grep -E '^golang-1\.[0-9]+-go$' \
        | sort -t. -k2 -n | tail -n 1 || true)
    case "$newest_go" in
        golang-1.2[1-9]-go | golang-1.[3-9][0-9]-go)
            echo "install-deps: installing $newest_go"
            apt_install "$newest_go"
            ;;
        *)
            echo "install-deps: installing golang-go"
            apt_install golang-go
            ;;
    esac
fi
