#!/usr/bin/env bash
# Installs what Gatehouse needs on Debian 12, skipping what is already there.
# Safe to run again: it only calls apt-get when a package is missing.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config clang-format
  # the libFuzzer harness (scripts/fuzz.sh): clang and its sanitizer runtimes
  clang libclang-rt-14-dev
  # Qt 6.4 (Debian): widgets, network, sql, tools, translations, http server
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite libqt6sql6-psql libxkbcommon-dev libgl1-mesa-dev
  # credentials in the OS keychain
  qtkeychain-qt6-dev gnome-keyring dbus dbus-bin dbus-user-session
  # Argon2id password hashing, cache field encryption, strict JSON parsing
  libsodium-dev rapidjson-dev
  # the server's PostgreSQL backend and its tests
  postgresql
  # headless windows and screenshots
  xvfb xauth x11-utils imagemagick fonts-noto-cjk
  # the demo launcher and tests talk HTTP; openssl makes test certificates
  curl openssl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
