#!/usr/bin/env bash
# Starts securecontextd on loopback and runs tests/bench/slowloris.py against it: 500 slow
# connections while a legitimate client times GET /api/health four times a second.
#
#   tests/bench/bench_slowloris.sh [seconds, default 60] [attackers, default 500]
set -euo pipefail

duration=${1:-60}
attackers=${2:-500}
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${SECURECONTEXT_BUILD_DIR:-${repo_root}/build}
daemon="${build_dir}/bin/securecontextd"
[ -x "${daemon}" ] || { echo "bench: ${daemon} is missing; build first (packaging/test.sh)" >&2; exit 2; }

if [ -z "${SECURECONTEXT_BENCH_INNER:-}" ]; then
    SECURECONTEXT_BENCH_INNER=1 exec "${repo_root}/tests/bench/in_private_keyring.sh" bash "${BASH_SOURCE[0]}" "${duration}" "${attackers}"
fi

work=$(mktemp -d)
daemon_pid=
cleanup() {
    [ -n "${daemon_pid}" ] && kill "${daemon_pid}" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "${work}"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"${daemon}" --data-dir "${work}/data" --port "${port}" > "${work}/daemon.out" 2> "${work}/daemon.log" &
daemon_pid=$!
for _ in $(seq 100); do grep -q listening "${work}/daemon.out" 2>/dev/null && break; sleep 0.1; done
grep -q listening "${work}/daemon.out" || { echo "bench: securecontextd did not start:" >&2; cat "${work}/daemon.log" >&2; exit 1; }

python3 "${repo_root}/tests/bench/slowloris.py" "${port}" --attackers "${attackers}" --seconds "${duration}"
