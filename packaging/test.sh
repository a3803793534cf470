#!/usr/bin/env bash
# Installs the dependencies, builds SecureContext and runs every test with CTest. Arguments are
# passed to ctest, for example `packaging/test.sh -R tst_pkce` or `packaging/test.sh -j2`.
#
# The tests run against a real Secret Service: a private D-Bus session with its own
# gnome-keyring, created in a temporary HOME and removed afterwards, so the caller's own keyring
# is not used. SECURECONTEXT_BUILD_DIR selects another build tree (default: build/).
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "${repo_root}"
build_dir=${SECURECONTEXT_BUILD_DIR:-${repo_root}/build}

bash packaging/install-deps.sh
cmake -S . -B "${build_dir}" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "${build_dir}"

# A fresh HOME matters: an existing login keyring with another password would not unlock. The XDG
# variables point into it too, because a desktop session may set them to the real directories.
test_home=$(mktemp -d)
trap 'rm -rf "${test_home}"' EXIT
# Turn SIGINT and SIGTERM into a normal exit, so the EXIT trap above still removes the directory
# once the command that is running ends (bash waits for it before running a trap).
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -m 700 "${test_home}/runtime"

# GNOME_KEYRING_CONTROL would lead gnome-keyring-daemon to the caller's running daemon. A test
# without its own TIMEOUT property is stopped after 300 s, well inside CI's time limit.
status=0
# shellcheck disable=SC2016 # The inner script expands its own arguments, inside the D-Bus session.
env -u GNOME_KEYRING_CONTROL -u GNOME_KEYRING_PID \
    HOME="${test_home}" \
    XDG_RUNTIME_DIR="${test_home}/runtime" \
    XDG_CONFIG_HOME="${test_home}/.config" \
    XDG_DATA_HOME="${test_home}/.local/share" \
    XDG_CACHE_HOME="${test_home}/.cache" \
    QT_QPA_PLATFORM=offscreen \
    dbus-run-session -- sh -c '
        if ! printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; then
            echo "test: gnome-keyring-daemon failed to start, so the keychain tests will fail" >&2
        fi
        build_dir=$1
        shift
        exec ctest --test-dir "${build_dir}" --output-on-failure --no-tests=error --timeout 300 "$@"
    ' sh "${build_dir}" "$@" || status=$?

exit "${status}"
