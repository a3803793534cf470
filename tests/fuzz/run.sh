#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in a build directory of their own and runs each one
# for a bounded time, starting from the seed corpus in tests/fuzz/corpus/<target>/.
#
#   tests/fuzz/run.sh [seconds per target]     (default 60)
#
# SECURECONTEXT_FUZZ_BUILD_DIR selects the build directory (default: build-fuzz/). Inputs that
# libFuzzer finds interesting go to <build dir>/fuzz-corpus/<target>/, and inputs that crash to
# <build dir>/fuzz-artifacts/<target>/. The script exits with status 1 when a target crashed.
set -euo pipefail

seconds=${1:-60}
if ! [[ ${seconds} =~ ^[1-9][0-9]{0,5}$ ]]; then
    echo "run.sh: the time per target must be a whole number of seconds from 1 to 999999, got '${seconds}'" >&2
    exit 2
fi

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${SECURECONTEXT_FUZZ_BUILD_DIR:-${repo_root}/build-fuzz}
targets=(fuzz_tokenresponseparser fuzz_httprequestparser)

as_root=()
if ((EUID != 0)); then
    as_root=(sudo)
fi

# Qt and the other libraries come from the normal dependency script. clang and its libFuzzer
# runtime are needed here only, so they are installed here and not by install-deps.sh.
bash "${repo_root}/packaging/install-deps.sh"
if ! command -v clang++ >/dev/null 2>&1; then
    echo "run.sh: installing clang"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends clang
fi
# Debian packages libFuzzer's runtime (libclang_rt.fuzzer) in libclang-rt-<major>-dev.
clang_major=$(clang++ -dumpversion | cut -d. -f1)
if [[ ! -f $(clang++ -print-file-name=libclang_rt.fuzzer-x86_64.a) ]] &&
    [[ ! -f $(clang++ -print-resource-dir)/lib/linux/libclang_rt.fuzzer-x86_64.a ]]; then
    echo "run.sh: installing libclang-rt-${clang_major}-dev for libFuzzer"
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "libclang-rt-${clang_major}-dev"
fi

cmake -S "${repo_root}" -B "${build_dir}" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DSECURECONTEXT_FUZZ=ON
cmake --build "${build_dir}" --target "${targets[@]}"

crashed=()
for target in "${targets[@]}"; do
    seeds="${repo_root}/tests/fuzz/corpus/${target#fuzz_}"
    corpus="${build_dir}/fuzz-corpus/${target}"
    artifacts="${build_dir}/fuzz-artifacts/${target}"
    mkdir -p "${corpus}" "${artifacts}"

    echo "run.sh: running ${target} for ${seconds} s"
    # libFuzzer adds new inputs to the first directory only, so the committed seeds stay as
    # they are. -timeout and -rss_limit_mb turn a hang or a memory blow-up into a reported
    # failure instead of a stuck run.
    if ! "${build_dir}/bin/${target}" -max_total_time="${seconds}" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="${artifacts}/" "${corpus}" "${seeds}"; then
        crashed+=("${target}")
    fi
done

if ((${#crashed[@]} > 0)); then
    echo "run.sh: crashes in ${crashed[*]}; the inputs are in ${build_dir}/fuzz-artifacts/" >&2
    exit 1
fi
echo "run.sh: no crash in ${targets[*]} after ${seconds} s each"
