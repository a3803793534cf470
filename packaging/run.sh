#!/usr/bin/env bash
# Installs the dependencies, builds SecureContext and starts it: the GUI when a display is
# available, otherwise the headless broker. Arguments are passed to the program.
#
# SECURECONTEXT_BUILD_DIR selects another build tree (default: build/ in the repository).
set -euo pipefail

# Absolute paths let the script run from any directory, and the program still starts in the
# caller's directory, so relative paths among its arguments mean what the caller expects.
repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${SECURECONTEXT_BUILD_DIR:-${repo_root}/build}

bash "${repo_root}/packaging/install-deps.sh"
cmake -S "${repo_root}" -B "${build_dir}" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "${build_dir}"

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "${build_dir}/bin/securecontext" "$@"
else
    exec "${build_dir}/bin/securecontextd" "$@"
fi
