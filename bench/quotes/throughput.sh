#!/usr/bin/env bash
# Whole-process throughput of `byline quotes DIR --format csv`: two builds (jars) side by side with two peers
# in the same rounds (`cat` of the files and the harness's python3 regex pass, peers.py quotes), interleaved so a
# noisy shared machine stretches all alike. MB/s per core = corpus MB / (user + sys CPU seconds) of the process.
# Usage: bench/quotes/throughput.sh [--start bare|aot] [--start-after bare|aot] [--jit c1|c2|c2lean] [--jit-after …]
#                                   CORPUS_DIR BEFORE.jar AFTER.jar [ROUNDS]
#   --start bare  (default) the launcher's JVM flags (./byline: serial GC, C1 only), no start-up cache, alike for both;
#   --start aot   each jar run as ./byline runs it on JDK 25+: an AOT cache recorded per jar exactly as the launcher
#                 records it (`train` over the repository's corpus/, with the launcher's flags), then used by its runs;
#                 --start-after only for AFTER (the same jar twice weighs the cache against none);
#   --jit c2      full tiered compilation (C1 then C2) instead of C1 only, for both jars; --jit-after only for AFTER
#                 (give the same jar twice to weigh C2 against C1). The AOT cache is recorded with C1 either way,
#                 as the launcher records it.
#   --jit c2lean  C2 held to small inlining and no recompilation on uncommon traps (FreqInlineSize=50,
#                 InlineSmallCode=500, MaxInlineLevel=6, PerMethodTrapLimit=0, -UseProfiledLoopPredicate): the C2
#                 setting that cost least on the 120 MB corpus (RESULTS.md, fourteenth session).
set -euo pipefail
start_before=bare; start_after=bare; jit_before=c1; jit_after=c1
while [ $# -gt 0 ]; do
  case "$1" in
    --start) start_before=$2; start_after=$2; shift 2 ;;
    --start-after) start_after=$2; shift 2 ;;
    --jit) jit_before=$2; jit_after=$2; shift 2 ;;
    --jit-after) jit_after=$2; shift 2 ;;
    --*) echo "throughput.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
[ $# -ge 3 ] || { sed -n '5,16p' "${BASH_SOURCE[0]}" >&2; exit 2; }
for s in "$start_before" "$start_after"; do case "$s" in bare | aot) ;; *) echo "throughput.sh: --start bare or aot" >&2; exit 2 ;; esac; done
for j in "$jit_before" "$jit_after"; do case "$j" in c1 | c2 | c2lean) ;; *) echo "throughput.sh: --jit c1, c2 or c2lean" >&2; exit 2 ;; esac; done
dir=$1; before=$2; after=$3; rounds=${4:-3}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
peers="$here/bench/src/main/resources/dev/byline/bench/harness/peers.py"
mb=$(du -sb --apparent-size "$dir" | awk '{printf "%.1f", $1/1e6}')   # the folder, sidecar included, as always
txt=$(find "$dir" -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
base=(-XX:+UseSerialGC --sun-misc-unsafe-memory-access=allow)
c1=(-XX:TieredStopAtLevel=1)
c2lean=(-XX:FreqInlineSize=50 -XX:InlineSmallCode=500 -XX:MaxInlineLevel=6 -XX:PerMethodTrapLimit=0 -XX:-UseProfiledLoopPredicate)
flags() {   # jit cache: the JVM flags of one run
  local f=("${base[@]}")
  [ "$1" = c1 ] && f+=("${c1[@]}")
  [ "$1" = c2lean ] && f+=("${c2lean[@]}")
  [ -n "$2" ] && f+=(-XX:AOTCache="$2" -Xlog:aot=off -Xlog:cds=off)
  echo "${f[@]}"
}
cache_before=; cache_after=
for side in before after; do
  start_var=start_$side
  if [ "${!start_var}" = aot ]; then
    jar=${!side}; cache="$tmp/$side.aot"
    /usr/bin/time -f "%e %U %S" -o "$tmp/t" "$java" "${base[@]}" "${c1[@]}" -XX:AOTCacheOutput="$cache" -Xlog:aot=off \
      -Xlog:cds=off -jar "$jar" train "$here/corpus" > /dev/null 2>&1
    [ -s "$cache" ] || { echo "throughput.sh: no AOT cache recorded for $jar (JDK 25+ needed)" >&2; exit 1; }
    read -r w u s < "$tmp/t"
    echo "AOT cache for $side: $(du -m "$cache" | cut -f1) MB, recorded in $w s wall (train over corpus/)"
    printf -v "cache_$side" '%s' "$cache"
  fi
done
echo "corpus $dir: $mb MB ($txt MB of .txt); $(nproc) cores; before: $start_before $jit_before, after: $start_after $jit_after"
measure() {   # name command...: one line: wall, user+sys, MB/s per core, peak RSS
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$@" > "$tmp/$name.out" 2>/dev/null
  read -r wall user sys rss < "$tmp/t"
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v mb="$mb" \
    'BEGIN { c = u + s; printf "  %-8s wall %6.2f s  cpu %6.2f s  %6.1f MB/s per core  peak %5d MB\n", n, w, c, mb / c, r / 1024 }'
}
read -r -a fb <<< "$(flags "$jit_before" "$cache_before")"
read -r -a fa <<< "$(flags "$jit_after" "$cache_after")"
for r in $(seq 1 "$rounds"); do
  echo "round $r (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  measure cat find "$dir" -name '*.txt' -exec cat {} +   # (a glob of 37,000 names is too long for one command)
  measure python /usr/bin/python3 "$peers" quotes "$dir"
  # alternate which build goes first, so neither always follows the peers
  if [ $((r % 2)) = 1 ]; then
    measure before "$java" "${fb[@]}" -jar "$before" quotes "$dir" --format csv
    measure after "$java" "${fa[@]}" -jar "$after" quotes "$dir" --format csv
  else
    measure after "$java" "${fa[@]}" -jar "$after" quotes "$dir" --format csv
    measure before "$java" "${fb[@]}" -jar "$before" quotes "$dir" --format csv
  fi
  cmp -s "$tmp/before.out" "$tmp/after.out" && echo "  outputs identical" || echo "  outputs DIFFER"
done
