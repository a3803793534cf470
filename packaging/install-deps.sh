#!/usr/bin/env bash
# Installs what building and testing SecureContext needs on Debian 12 or Ubuntu 24.04: the
# compiler, Qt 6 and the libraries from apt, and the test OpenID Connect server's npm packages.
# It installs only what is missing, so a second run changes nothing and takes a second or two.
set -euo pipefail

# NOTE: run on Debian 12 only. Ubuntu 24.04 is expected to have the same package names but was not tried.

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Debian splits Qt into more packages than find_package() suggests. Charts needs
# libqt6opengl6-dev, LinguistTools needs qt6-tools-dev, qt6-tools-dev-tools and qt6-l10n-tools,
# and the SQLite driver, qt6-qpa-plugins and libsecret (which QtKeychain loads at run time) are
# run-time packages that find_package() does not check for. CPack's DEB generator runs `file`.
# xvfb, xauth, dbus, gnome-keyring, libsecret-tools and imagemagick serve the GUI and keychain tests.
packages=(
    build-essential cmake ninja-build file pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qtkeychain-qt6-dev libsecret-1-0 libqt6sql6-sqlite qt6-qpa-plugins
    libssl-dev libhttp-parser-dev libgl-dev
    xvfb xauth dbus gnome-keyring libsecret-tools fonts-dejavu-core imagemagick curl
)

# NodeSource's nodejs package bundles npm and conflicts with Debian's npm package, so the
# Node.js packages are added only when the commands are missing.
if ! command -v node >/dev/null 2>&1; then
    packages+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
    packages+=(npm)
fi

# One dpkg-query call for all packages keeps the no-op run fast. It exits 1 when some package
# is unknown to dpkg, which here only means "not installed".
# shellcheck disable=SC2016 # ${Package} is a dpkg-query field, not a shell expansion.
installed=$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${packages[@]}" 2>/dev/null || true)
missing=()
for package in "${packages[@]}"; do
    if ! grep -Fqx "${package} ii " <<<"${installed}"; then
        missing+=("${package}")
    fi
done

if ((${#missing[@]} > 0)); then
    as_root=()
    if ((EUID != 0)); then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "install-deps: missing packages: ${missing[*]}. sudo is not available, so run this script as root." >&2
            exit 1
        fi
        as_root=(sudo)
    fi
    echo "install-deps: installing ${missing[*]}"
    # apt-get update runs only here because it is the slow part of a run with nothing to do.
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm writes node_modules/.package-lock.json at the end of a complete install, so it is older
# than the lockfile or package.json only when the dependencies changed or an install was cut off.
oidc_dir="${repo_root}/tests/oidc"
installed_marker="${oidc_dir}/node_modules/.package-lock.json"
if [[ ! -f "${installed_marker}" ||
    "${oidc_dir}/package-lock.json" -nt "${installed_marker}" ||
    "${oidc_dir}/package.json" -nt "${installed_marker}" ]]; then
    echo "install-deps: installing the npm packages in tests/oidc"
    (cd "${oidc_dir}" && npm ci --no-audit --no-fund --loglevel=error)
fi
