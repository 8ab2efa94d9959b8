#!/bin/sh
# Runs a command inside its own D-Bus session with an unlocked gnome-keyring
# (the Secret Service QtKeychain talks to) and a throw-away HOME, so tests
# never touch a developer's keychain.
set -eu
if [ -z "${GATEHOUSE_IN_KEYRING_SESSION:-}" ]; then
    export GATEHOUSE_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
HOME=$(mktemp -d)
export HOME
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
mkdir -p "$XDG_DATA_HOME/keyrings"
trap 'rm -rf "$HOME"' EXIT
# --unlock reads the keyring password from stdin and creates the login keyring.
printf 'gatehouse-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
"$@"
