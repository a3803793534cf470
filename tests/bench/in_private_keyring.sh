#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring under a fresh
# HOME, which it removes afterwards, so a benchmark never touches the user's keychain.
#
#   tests/bench/in_private_keyring.sh COMMAND [ARGUMENTS...]
set -euo pipefail

[ "$#" -ge 1 ] || { echo "usage: $0 COMMAND [ARGUMENTS...]" >&2; exit 2; }
bench_home=$(mktemp -d)
trap 'rm -rf "${bench_home}"' EXIT
mkdir -m 700 "${bench_home}/runtime"
status=0
env -u GNOME_KEYRING_CONTROL HOME="${bench_home}" XDG_RUNTIME_DIR="${bench_home}/runtime" \
    dbus-run-session -- sh -c \
    'printf %s pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$@" || status=$?
exit "${status}"
