#!/usr/bin/env bash
# Article-extraction peers on the same pages, split and scorer as Byline: `./byline-bench extraction DIR` for
# Byline, then `--texts` for each peer's output. DIR is Mozilla readability's test-page folder (NAME/source.html)
# or trafilatura's test folder (evaldata.json, eval/, cache/); nothing is fetched but the peers themselves.
# Peers (installed on first use, outside the repository, under PEERS_HOME, default /tmp/byline-extract-peers):
#   readability-js   Mozilla's Readability 0.6.0 (npm @mozilla/readability, on jsdom 29.1.1): readability_js_peer.mjs
#   readability-lxml Debian's python3-readability (its Python port):                     readability_lxml_peer.py
#   boilerpipe       Debian's libboilerpipe-java 1.2 (ArticleExtractor):                  BoilerpipePeer.java
#   goose            Debian's golang-github-advancedlogic-goose-dev (GoOse):              goose/main.go
# On readability's own pages, readability-js is scored against its own earlier output (the expected texts are
# what Readability gave when each test was written), so only trafilatura's set makes it a fair yardstick.
# Usage: bench/extract/peers.sh DIR [PEER...]   (default: all four)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DIR=$1; shift
PEERS=("$@"); [ "${#PEERS[@]}" -gt 0 ] || PEERS=(readability-js readability-lxml boilerpipe goose)
HOME_=${PEERS_HOME:-/tmp/byline-extract-peers}
mkdir -p "$HOME_"
. "$ROOT/scripts/find-jdk.sh"; byline_find_jdk || exit 1
JAVA="$BYLINE_JAVA_HOME/bin/java"

apt_need() {   # installs the Debian packages named that are missing
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ "${#missing[@]}" -eq 0 ] && return 0
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

run_peer() {   # run_peer NAME OUT.json
  case $1 in
    readability-js)
      command -v node >/dev/null || apt_need nodejs npm
      [ -d "$HOME_/npm/node_modules/@mozilla/readability" ] \
        || (mkdir -p "$HOME_/npm" && cd "$HOME_/npm" && npm install -s --no-audit --no-fund @mozilla/readability@0.6.0 jsdom@29.1.1 >&2)
      NODE_PATH="$HOME_/npm/node_modules" node "$HERE/readability_js_peer.mjs" "$DIR" "$2" ;;
    readability-lxml)
      apt_need python3-readability
      /usr/bin/python3 "$HERE/readability_lxml_peer.py" "$DIR" "$2" ;;
    boilerpipe)
      apt_need libboilerpipe-java
      "$JAVA" -Xmx2g -cp /usr/share/java/boilerpipe.jar:/usr/share/java/nekohtml.jar:/usr/share/java/xercesImpl.jar \
        "$HERE/BoilerpipePeer.java" "$DIR" "$2" ;;
    goose)
      apt_need golang-go golang-github-advancedlogic-goose-dev
      [ "$HOME_/goose-peer" -nt "$HERE/goose/main.go" ] || GO111MODULE=off GOPATH=/usr/share/gocode \
        GOCACHE="$HOME_/gocache" go build -o "$HOME_/goose-peer" "$HERE/goose/main.go"
      "$HOME_/goose-peer" "$DIR" "$2" ;;
    *) echo "peers.sh: unknown peer $1 (readability-js, readability-lxml, boilerpipe, goose)" >&2; exit 2 ;;
  esac
}

summary() { grep -E '^(development|held-out)'; }
echo "== byline"
"$ROOT/byline-bench" extraction "$DIR" | summary
for peer in "${PEERS[@]}"; do
  out="$HOME_/$peer-$(basename "$(cd "$DIR" && pwd)").json"
  run_peer "$peer" "$out" 2>/dev/null
  echo "== $peer"
  BYLINE_NO_BUILD=1 "$ROOT/byline-bench" extraction "$DIR" --texts "$out" | summary
done
