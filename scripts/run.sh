#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and starts the
# console on its embedded default — a local demo platform (gatehouse-server
# --demo on a free loopback port, its own temporary database, signed in as a
# demo administrator). Without a display it runs the console under Xvfb, saves
# a screenshot and says where.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/setup.sh
TARGETS="gatehouse gatehouse-server" scripts/build.sh

console="$root/build/app/gatehouse"
export GATEHOUSE_SERVER_BINARY="$root/build/server/gatehouse-server"

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec "$console" --demo "$@"
fi

shots="$root/build/screenshots"
mkdir -p "$shots"
shot="$shots/gatehouse-$(date +%Y%m%d-%H%M%S).png"
echo "run: no display here; starting the console under Xvfb to take a screenshot"
# A D-Bus session with a throw-away keyring (its own HOME, so the user's real
# keyrings are neither used nor created), as the console would run on a desktop.
demo_home=$(mktemp -d)
trap 'rm -rf "$demo_home"' EXIT
HOME="$demo_home" xvfb-run -a -s "-screen 0 1440x900x24" \
  dbus-run-session -- bash -c '
    printf gatehouse-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
    "$1" --demo "${@:3}" &
    app=$!
    for _ in $(seq 1 120); do
      if xwininfo -root -tree 2>/dev/null | grep -q "Gatehouse —"; then break; fi
      if ! kill -0 "$app" 2>/dev/null; then echo "run: the console exited early" >&2; exit 1; fi
      sleep 0.5
    done
    sleep 4   # let the first page arrive and paint
    import -window root "$2"
    kill "$app"; wait "$app" 2>/dev/null || true
  ' bash "$console" "$shot" "$@"
echo "run: screenshot saved to $shot"
