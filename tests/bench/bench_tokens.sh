#!/usr/bin/env bash
# Measures GET /api/tokens/<session_id> of securecontextd with wrk, at 1 and 64 keep-alive
# connections, side by side with nginx answering a fixed JSON body of the same size. Needs a
# build (packaging/test.sh or packaging/run.sh makes one), wrk and nginx
# (apt-get install wrk nginx-light).
#
#   tests/bench/bench_tokens.sh [seconds per run, default 10]
#
# Everything runs on loopback: the OpenID Connect test server that the connection is made
# with, securecontextd, nginx and wrk. The servers are pinned to CPU 1 and wrk to CPU 0, and
# the two servers take turns, because runs on a shared machine vary by tens of percent.
set -euo pipefail

duration=${1:-10}
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${SECURECONTEXT_BUILD_DIR:-${repo_root}/build}
daemon="${build_dir}/bin/securecontextd"

for tool in wrk nginx node taskset dbus-run-session gnome-keyring-daemon curl; do
    command -v "${tool}" >/dev/null || { echo "bench: ${tool} is missing; apt-get install wrk nginx-light" >&2; exit 2; }
done
[ -x "${daemon}" ] || { echo "bench: ${daemon} is missing; build first (packaging/test.sh)" >&2; exit 2; }

# The measurement itself runs inside a private D-Bus session with its own keyring, like the tests.
if [ -z "${SECURECONTEXT_BENCH_INNER:-}" ]; then
    SECURECONTEXT_BENCH_INNER=1 exec "${repo_root}/tests/bench/in_private_keyring.sh" bash "${BASH_SOURCE[0]}" "${duration}"
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "${pid}" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "${work}"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

api_port=$(free_port)
oidc_port=$(free_port)
nginx_port=$(free_port)
data="${work}/data"
mkdir -p "${data}/providers"

# 1. A real connection through the OpenID Connect test server. It stops when its standard input
# closes, so a sleep that outlasts the eight wrk runs keeps it open and then ends on its own.
secret=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
(cd "${repo_root}/tests/oidc" && exec node server.mjs --port "${oidc_port}" --client-id bench \
    --client-secret "${secret}" --redirect-uri "http://127.0.0.1:${api_port}/oauth/localoidc/callback" \
    < <(sleep "$((duration * 8 + 120))") > "${work}/oidc.out" 2> "${work}/oidc.err") &
pids+=($!)
for _ in $(seq 100); do grep -q READY "${work}/oidc.out" 2>/dev/null && break; sleep 0.1; done
issuer="http://127.0.0.1:${oidc_port}"
cat > "${data}/providers/localoidc.json" <<JSON
{"name": "localoidc", "display_name": "Local OIDC", "issuer": "${issuer}",
 "authorization_url": "${issuer}/auth", "token_url": "${issuer}/token", "userinfo_url": "${issuer}/me",
 "scopes": ["openid", "email", "offline_access"], "extra_authorization_params": {"prompt": "consent"}}
JSON
printf '%s\n' "${secret}" | "${daemon}" --data-dir "${data}" --port "${api_port}" \
    --set-client localoidc --client-id bench > /dev/null 2> "${work}/set-client.log"
"${daemon}" --data-dir "${data}" --port "${api_port}" --connect localoidc > "${work}/connect.out" 2> "${work}/connect.log" &
connect_pid=$!
for _ in $(seq 100); do grep -q "^${issuer}/auth?" "${work}/connect.out" 2>/dev/null && break; sleep 0.1; done
node "${repo_root}/tests/oidc/authorize.mjs" "$(grep "^${issuer}/auth?" "${work}/connect.out")" > /dev/null
wait "${connect_pid}"
session_id=$(sed -n 's/.*Session id: \([0-9a-f-]*\).*/\1/p' "${work}/connect.out")

# 2. The broker serving that session, and nginx serving a body of the same size.
taskset -c 1 "${daemon}" --data-dir "${data}" --port "${api_port}" > "${work}/daemon.out" 2> "${work}/daemon.log" &
pids+=($!)
for _ in $(seq 100); do grep -q listening "${work}/daemon.out" 2>/dev/null && break; sleep 0.1; done
url="http://127.0.0.1:${api_port}/api/tokens/${session_id}"
body_size=$(curl -s "${url}" | wc -c)
[ "${body_size}" -gt 100 ] || { echo "bench: the token request failed" >&2; exit 1; }

# The fixed reply is inlined in the configuration, so nginx's worker (which runs as another
# user) needs no access to this script's private temporary directory.
fixed_body=$(python3 -c "import sys; sys.stdout.write('{\"success\":true,\"data\":\"' + 'x' * (${body_size} - 26) + '\"}')")
cat > "${work}/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid ${work}/nginx.pid;
error_log ${work}/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path ${work};
    server {
        listen 127.0.0.1:${nginx_port};
        location = /token { default_type application/json; return 200 '${fixed_body}'; }
    }
}
NGINX
taskset -c 1 nginx -c "${work}/nginx.conf" -p "${work}" &
pids+=($!)
sleep 0.5
nginx_url="http://127.0.0.1:${nginx_port}/token"
[ "$(curl -s "${nginx_url}" | wc -c)" -eq "${body_size}" ] || { echo "bench: nginx is not serving" >&2; exit 1; }

# 3. Alternate the two servers, twice per connection count, and keep the better run of each.
rate() {
    taskset -c 0 wrk -t1 -c"$1" -d"${duration}s" "$2" | awk '/Requests\/sec/ {print $2}'
}
best() { printf '%s\n' "$@" | sort -g | tail -n 1; }

printf 'body %s bytes, %s s per run, wrk on CPU 0, servers on CPU 1\n' "${body_size}" "${duration}"
printf '%-12s %14s %14s %8s\n' connections securecontextd nginx ratio
for connections in 1 64; do
    ours=(); theirs=()
    for _ in 1 2; do
        ours+=("$(rate "${connections}" "${url}")")
        theirs+=("$(rate "${connections}" "${nginx_url}")")
    done
    a=$(best "${ours[@]}"); b=$(best "${theirs[@]}")
    printf '%-12s %14.0f %14.0f %8.2f\n' "${connections}" "${a}" "${b}" "$(awk -v a="${a}" -v b="${b}" 'BEGIN {print a / b}')"
done
