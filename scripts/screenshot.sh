#!/usr/bin/env bash
# Takes the README's screenshots from the demo platform: the sign-in window and
# the main window, in English and in Chinese, into docs/screenshots/.
#
# Each picture is one run of `gatehouse --demo --screenshot …` under Xvfb, in a
# D-Bus session with a throw-away keyring (as on a desktop), with its own
# settings. The console saves the window itself (QWidget::grab) once it has
# loaded, so no window manager or screen grabber is involved.
#
# Before the console signs in, a short stand-in for gatehouse-server does a
# morning's work over the API — sign-ins, a claim, an approval and rejections
# with reasons — so the audit log shows what a real one would.
#
# Usage: scripts/screenshot.sh            (uses build/; BUILD_DIR overrides)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/${BUILD_DIR:-build}"
console="$build/app/gatehouse"
server=${GATEHOUSE_SERVER_BINARY:-$build/server/gatehouse-server}
for program in "$console" "$server"; do
  if [ ! -x "$program" ]; then
    echo "screenshot: $program is missing; build it first: TARGETS='gatehouse gatehouse-server' scripts/build.sh" >&2
    exit 1
  fi
done
for tool in xvfb-run dbus-run-session gnome-keyring-daemon curl; do
  command -v "$tool" >/dev/null || { echo "screenshot: $tool is missing (scripts/setup.sh installs it)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$root/docs/screenshots"
mkdir -p "$out"

# The stand-in server: starts the real one, does the morning's work once it
# listens, then passes the "listening on" line to the console and stays until
# the console stops it.
cat > "$work/gatehouse-server" <<'STANDIN'
#!/usr/bin/env bash
set -u
fifo=$(mktemp -u)
mkfifo "$fifo"
"$REAL_GATEHOUSE_SERVER" "$@" >"$fifo" &
server=$!
trap 'kill -TERM "$server" 2>/dev/null' TERM INT
exec 3<"$fifo"
rm -f "$fifo"
line=
while IFS= read -r line <&3; do
  case $line in *"listening on "*) break ;; esac
done
url=$(printf '%s\n' "$line" | sed -n 's/.*listening on \([^ ]*\).*/\1/p')
if [ -n "$url" ]; then
  token() { # login [organization]
    curl -s -H 'Content-Type: application/json' \
      -d "{\"login\":\"$1\",\"password\":\"$GATEHOUSE_DEMO_PASSWORD\"${2:+,\"organization_id\":$2}}" \
      "$url/api/v1/auth/sign-in" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
  }
  decide() { # token queue id body key
    curl -s -o /dev/null -X POST -H "Authorization: Bearer $1" "$url/api/v1/queues/$2/items/$3/claim"
    curl -s -o /dev/null -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' \
      -H 'If-Match: "1"' -H "Idempotency-Key: $5" -d "$4" "$url/api/v1/queues/$2/items/$3/decision"
  }
  oldest() { # token queue count
    curl -s -H "Authorization: Bearer $1" "$url/api/v1/queues/$2/items?status=under_review&sort=due&limit=$3" |
      grep -o '"id":[0-9]*' | cut -d: -f2
  }
  for who in desk support orgadmin; do token "$who" >/dev/null; done
  reviewer=$(token reviewer)
  emily=$(token emily.chen 1)
  set -- $(oldest "$reviewer" workspace-applications 4)
  [ $# -ge 1 ] && decide "$reviewer" workspace-applications "$1" '{"decision":"approve"}' shot-a1
  [ $# -ge 2 ] && decide "$reviewer" workspace-applications "$2" \
    '{"decision":"reject","reason_code":"website_unreachable"}' shot-a2
  # The fourth, not the third: the queue's first row (the one the pictures open)
  # stays free to claim, and the second shows a colleague's claim.
  [ $# -ge 4 ] && curl -s -o /dev/null -X POST -H "Authorization: Bearer $emily" \
    "$url/api/v1/queues/workspace-applications/items/$4/claim"
  set -- $(oldest "$emily" enterprise-verifications 2)
  [ $# -ge 1 ] && decide "$emily" enterprise-verifications "$1" \
    '{"decision":"reject","reason_code":"other","reason_text":"营业执照照片不清晰，请重新上传。"}' shot-v1
  [ $# -ge 2 ] && decide "$emily" enterprise-verifications "$2" '{"decision":"approve"}' shot-v2
  curl -s -o /dev/null -X POST -H "Authorization: Bearer $emily" "$url/api/v1/auth/sign-out"
fi
printf '%s\n' "$line"
cat <&3 >/dev/null &
wait "$server"
STANDIN
chmod +x "$work/gatehouse-server"

shoot() { # language window [name] [console options…]
  local language=$1 window=$2 name=${3:-$2}
  shift 2; [ $# -gt 0 ] && shift
  name="$name-$language"
  local home="$work/home-$name"
  mkdir -p "$home"
  HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
  XDG_CACHE_HOME="$home/.cache" QT_QPA_PLATFORM=xcb \
  REAL_GATEHOUSE_SERVER="$server" GATEHOUSE_SERVER_BINARY="$work/gatehouse-server" \
    xvfb-run -a -s "-screen 0 1600x1000x24" dbus-run-session -- bash -c '
      mkdir -p "$XDG_DATA_HOME/keyrings"
      printf gatehouse-demo | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1 || true
      exec "$@"' bash \
    "$console" --demo --language "$language" --settings-file "$home/settings.ini" \
      --screenshot "$out/$name.png" --screenshot-window "$window" "$@" \
    >"$work/$name.log" 2>&1 || {
      echo "screenshot: $name failed; the console said:" >&2
      tail -20 "$work/$name.log" >&2
      exit 1
    }
  echo "screenshot: docs/screenshots/$name.png"
}

for language in en zh_CN; do
  shoot "$language" signin
  shoot "$language" main
  shoot "$language" main audit --pane audit
  shoot "$language" main queue-applications --pane queue-applications
  shoot "$language" main queue-verifications --pane queue-verifications
  # Accounts: the last search a support agent left (a surname, kept in the
  # settings as a name may be) and the first account of the results open.
  mkdir -p "$work/home-accounts-$language"
  printf '[panes]\naccounts\\lastSearch=%s\n' '王' >"$work/home-accounts-$language/settings.ini"
  shoot "$language" main accounts --pane accounts
  # Real-name levels: the list filtered by the level 4 bar, as a click on it leaves it.
  mkdir -p "$work/home-realname-$language"
  printf '[panes]\nrealname\\filter\\level=4\n' >"$work/home-realname-$language/settings.ini"
  shoot "$language" main realname --pane realname
  # Organizations: the last member search kept in the settings ("w" finds a
  # name in the first organization), its first hit opened in the tree.
  mkdir -p "$work/home-organizations-$language"
  printf '[panes]\norganizations\\search=%s\n' 'w' >"$work/home-organizations-$language/settings.ini"
  shoot "$language" main organizations --pane organizations
done
