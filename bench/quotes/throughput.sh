#!/usr/bin/env bash
# Whole-process throughput of `byline quotes DIR --format csv`: two builds (jars) side by side with two peers
# in the same rounds (`cat` of the files and the harness's python3 regex pass, peers.py quotes), interleaved so a
# noisy shared machine stretches all alike. MB/s per core = corpus MB / (user + sys CPU seconds) of the process.
# Usage: bench/quotes/throughput.sh CORPUS_DIR BEFORE.jar AFTER.jar [ROUNDS]
# The JVM flags are the launcher's (./byline: serial GC, C1 only); no start-up cache, alike for both jars.
set -euo pipefail
dir=$1; before=$2; after=$3; rounds=${4:-3}
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
peers="$here/bench/src/main/resources/dev/byline/bench/harness/peers.py"
mb=$(du -sb --apparent-size "$dir" | awk '{printf "%.1f", $1/1e6}')
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo "corpus $dir: $mb MB; $(nproc) cores"
measure() {   # name command...: one line: wall, user+sys, MB/s per core, peak RSS
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/t" "$@" > "$tmp/$name.out" 2>/dev/null
  read -r wall user sys rss < "$tmp/t"
  awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v mb="$mb" \
    'BEGIN { c = u + s; printf "  %-8s wall %6.2f s  cpu %6.2f s  %6.1f MB/s per core  peak %5d MB\n", n, w, c, mb / c, r / 1024 }'
}
for r in $(seq 1 "$rounds"); do
  echo "round $r (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  measure cat sh -c "cat \"$dir\"/*.txt"
  measure python /usr/bin/python3 "$peers" quotes "$dir"
  measure before "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 --sun-misc-unsafe-memory-access=allow -jar "$before" quotes "$dir" --format csv
  measure after "$java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 --sun-misc-unsafe-memory-access=allow -jar "$after" quotes "$dir" --format csv
  cmp -s "$tmp/before.out" "$tmp/after.out" && echo "  outputs identical" || echo "  outputs DIFFER"
done
