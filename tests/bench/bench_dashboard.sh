#!/usr/bin/env bash
# Measures GET /api/tokens/<session_id> with wrk while the console shows the Dashboard page,
# and while it shows the Providers page, three runs each, alternating. Runs
# build/bin/bench_dashboard (cmake --build build --target bench_dashboard) inside a private
# D-Bus session with its own keyring and under xvfb-run, so the charts really paint. Needs
# wrk, xvfb-run, node and the tests/oidc packages (npm ci in tests/oidc).
#
#   tests/bench/bench_dashboard.sh [seconds per run, default 8]
#
# The benchmark process (broker, window and X server) runs on CPU 1 and wrk on CPU 0, as in
# bench_tokens.sh. Everything runs on loopback.
set -euo pipefail

duration=${1:-8}
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${SECURECONTEXT_BUILD_DIR:-${repo_root}/build}
bench="${build_dir}/bin/bench_dashboard"

for tool in wrk xvfb-run node taskset dbus-run-session gnome-keyring-daemon; do
    command -v "${tool}" >/dev/null || { echo "bench: ${tool} is missing; apt-get install wrk xvfb nodejs" >&2; exit 2; }
done
[ -x "${bench}" ] || { echo "bench: ${bench} is missing; build the bench_dashboard target first" >&2; exit 2; }

if [ -z "${SECURECONTEXT_BENCH_INNER:-}" ]; then
    SECURECONTEXT_BENCH_INNER=1 exec "${repo_root}/tests/bench/in_private_keyring.sh" bash "${BASH_SOURCE[0]}" "${duration}"
fi

printf 'load average before: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
# QT_QPA_PLATFORM is cleared so that Qt uses xvfb-run's X server, not an offscreen platform
# inherited from the environment.
env -u QT_QPA_PLATFORM taskset -c 1 xvfb-run -a -s "-screen 0 1280x800x24" \
    "${bench}" --seconds "${duration}" --wrk-cpu 0
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
