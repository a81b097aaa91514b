#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two commands, on Debian 12:
#   packaging/dev.sh run [crm arguments...]   install what is missing, build, start crm
#   packaging/dev.sh test                     install what is missing, build everything,
#                                             run the tests, build the .deb and check it
# CI runs `packaging/dev.sh test` through .ci/run on a fresh machine, as root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly ROOT

# Debian 12 packages. A fresh machine lacks several of them, so the script installs what
# is missing itself; a machine that has them all never calls apt.
readonly BUILD_PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git   # compiler and build tools
    qt6-base-dev qt6-base-dev-tools                            # Qt Core/Gui/Widgets/Sql/Network/Concurrent/Test
    libqt6sql6-sqlite                                          # Qt's QSQLITE driver (a plugin)
    libqt6svg6                                                 # SVG icon engine (plugin) for the icons
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6  # lupdate, lrelease, Linguist
    qt6-translations-l10n                                      # Qt's own strings in our languages
    qt6-charts-dev                                             # Qt Charts (reports)
    fonts-dejavu-core                                          # DejaVu Sans: report PDFs in every script
    libqt6opengl6-dev                                          # Qt6OpenGL, which Qt Charts' CMake package asks for
    libgl-dev                                                  # OpenGL headers Qt6Gui's CMake package asks for
    libicu-dev                                                 # ICU: search folding and transliteration
    libsqlite3-dev                                             # SQLite 3.40 with FTS5
    zlib1g-dev                                                 # zlib: compressed sync bodies
    qt6-httpserver-dev qt6-websockets-dev                      # Qt HttpServer: crm-server
    libqt6sql6-psql                                            # Qt's QPSQL driver: crm-server on PostgreSQL
    libsodium-dev                                              # Argon2id password hashes, tokens
    qtkeychain-qt6-dev                                         # the sync token in the OS keychain
    libphonenumber-dev                                         # phone numbers in E.164: import duplicates
)
readonly TEST_PACKAGES=(
    xvfb xauth fonts-dejavu-core                               # a real X server for screenshots
    poppler-utils                                              # pdftotext, pdfinfo, pdffonts: the report PDF tests
    dpkg-dev file                                              # CPack's dpkg-shlibdeps; checks of the .deb
    desktop-file-utils appstream                               # desktop-file-validate, appstreamcli
    postgresql                                                 # initdb/pg_ctl: the PostgreSQL conformance tests
    clang libclang-rt-14-dev                                   # libFuzzer, ASan, UBSan: the parser fuzzers
    llvm-14                                                    # llvm-symbolizer: readable fuzzer findings
)

usage() {
    cat <<EOF
Usage: packaging/dev.sh COMMAND [ARGS...]

Commands:
  run [ARGS...]  Install missing Debian packages, configure and build the desktop app,
                 then start it; ARGS go to crm (e.g. --database PATH, --help).
                 With no display, it runs with QT_QPA_PLATFORM=offscreen.
  test           Install missing Debian packages, configure and build everything, run the
                 test suite with ctest, fuzz each parser for FUZZ_SECONDS (a Clang build in
                 BUILD_DIR-fuzz), then build the .deb with CPack and check its contents.
  -h, --help     Show this help.

Environment:
  BUILD_DIR      Build directory, relative to the repository root or absolute (default: build).
  BUILD_TYPE     CMake build type (default: RelWithDebInfo).
  JOBS           Parallel build jobs (default: the number of cores).
  CTEST_JOBS     Tests run in parallel (default: 2).
  FUZZ_SECONDS   How long each libFuzzer target runs in the test command (default: 30).
EOF
}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

build_dir() {
    local dir="${BUILD_DIR:-build}"
    [[ "$dir" = /* ]] || dir="$ROOT/$dir"
    printf '%s\n' "$dir"
}

# Installs the named packages that dpkg does not report as installed.
ensure_packages() {
    local missing=() pkg status
    for pkg in "$@"; do
        status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
        [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0

    log "installing missing Debian packages: ${missing[*]}"
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "not root and no sudo: install ${missing[*]} by hand"
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

configure() {
    local dir="$1"
    if [[ -f "$dir/CMakeCache.txt" ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$dir/CMakeCache.txt"; then
        die "$dir was configured with another generator than Ninja; remove it or set BUILD_DIR"
    fi
    log "configuring in $dir"
    cmake -S "$ROOT" -B "$dir" -G Ninja \
        -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
}

build() {
    local dir="$1"; shift
    log "building ${*:-everything}"
    cmake --build "$dir" --parallel "${JOBS:-$(nproc)}" "$@"
}

cmd_run() {
    local dir
    dir="$(build_dir)"
    ensure_packages "${BUILD_PACKAGES[@]}"
    configure "$dir"
    build "$dir" --target crm
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
        log "no display: running with QT_QPA_PLATFORM=offscreen (nothing will be shown)"
        export QT_QPA_PLATFORM=offscreen
    fi
    log "starting $dir/app/crm/crm $*"
    exec "$dir/app/crm/crm" "$@"
}

# Checks that the .deb holds what a desktop needs and that its metadata validates.
check_deb() {
    local deb="$1" contents extract
    log "checking $(basename "$deb")"
    dpkg-deb --info "$deb"
    contents="$(dpkg-deb --contents "$deb")"
    printf '%s\n' "$contents"

    local expected=(
        ./usr/bin/crm
        ./usr/bin/crm-cli
        ./usr/bin/crm-server
        ./usr/share/applications/crm.desktop
        ./usr/share/icons/hicolor/scalable/apps/crm.svg
        ./usr/share/metainfo/org.example.crm.metainfo.xml
    )
    local path incomplete=0
    for path in "${expected[@]}"; do
        if ! grep -qE "[[:space:]]${path//./\\.}( |$)" <<<"$contents"; then
            printf 'dev.sh: the package lacks %s\n' "$path" >&2
            incomplete=1
        fi
    done
    ((incomplete == 0)) || die "$(basename "$deb") is incomplete"

    local field
    for field in Package Version Architecture Maintainer Depends Section Description; do
        [[ -n "$(dpkg-deb --field "$deb" "$field")" ]] || die "the package has no $field field"
    done
    [[ "$(dpkg-deb --field "$deb" Depends)" == *libqt6sql6-sqlite* ]] \
        || die "the package does not depend on libqt6sql6-sqlite (Qt's SQLite driver)"
    [[ "$(dpkg-deb --field "$deb" Depends)" == *fonts-dejavu-core* ]] \
        || die "the package does not depend on fonts-dejavu-core (the font of report PDFs)"

    # Unpacked into the build directory: what a user's machine would get.
    extract="$(dirname "$deb")/deb-contents"
    rm -rf "$extract"
    dpkg-deb --extract "$deb" "$extract"
    local program
    for program in crm crm-cli crm-server; do
        [[ "$(file -b "$extract/usr/bin/$program")" == "ELF 64-bit"*executable* ]] \
            || die "usr/bin/$program in the package is not an executable"
    done
    "$extract/usr/bin/crm-cli" --help >/dev/null || die "the packaged crm-cli does not start"
    "$extract/usr/bin/crm-server" --help >/dev/null || die "the packaged crm-server does not start"
    desktop-file-validate "$extract/usr/share/applications/crm.desktop"
    appstreamcli validate --no-net --pedantic "$extract/usr/share/metainfo/org.example.crm.metainfo.xml"
    log "$(basename "$deb") is complete"
}

# The libFuzzer build: crm_core and tests/fuzz only, with Clang, ASan and UBSan.
fuzz() {
    local dir="$1-fuzz"
    log "configuring the fuzz targets in $dir"
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DCRM_FUZZ=ON -DCRM_WARNINGS_AS_ERRORS=OFF -DCRM_FUZZ_SECONDS="${FUZZ_SECONDS:-30}"
    build "$dir"
    log "fuzzing each parser for ${FUZZ_SECONDS:-30} s"
    ctest --test-dir "$dir" --output-on-failure --parallel "${CTEST_JOBS:-2}" --no-tests=error
}

cmd_test() {
    local dir
    dir="$(build_dir)"
    ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure "$dir"
    build "$dir"

    log "running the tests"
    ctest --test-dir "$dir" --output-on-failure --parallel "${CTEST_JOBS:-2}" --no-tests=error

    fuzz "$dir"

    log "building the .deb"
    rm -f "$dir"/crm_*.deb
    (cd "$dir" && cpack -G DEB)
    local debs=("$dir"/crm_*.deb)
    [[ -f "${debs[0]}" ]] || die "CPack made no .deb in $dir"
    check_deb "${debs[0]}"
}

main() {
    local command="${1:-}"
    (($# > 0)) && shift
    case "$command" in
    run) cmd_run "$@" ;;
    test)
        if (($# > 0)); then
            printf 'dev.sh: test takes no arguments (see --help)\n' >&2
            exit 2
        fi
        cmd_test
        ;;
    -h | --help | help) usage ;;
    "") usage >&2; exit 2 ;;
    *) printf 'dev.sh: unknown command: %s\n\n' "$command" >&2; usage >&2; exit 2 ;;
    esac
}

main "$@"
