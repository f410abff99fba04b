#!/usr/bin/env bash
# Where a `byline quotes` process spends its CPU (the table in bench/RESULTS.md, issue 24, eighth session):
#  1. the whole process by thread: C1 compiler, GC (the VM thread with serial GC), the threads that read and analyse,
#     with -XX:+CITime and -Xlog:gc (harness/ThreadCpu.java wraps the command line's main);
#  2. the analysis warm, stage by stage, on one thread (harness/Decomp.java), PASSES passes in one JVM.
# The JVM flags are bench/quotes/throughput.sh's (the launcher's: serial GC, C1 only), without a start-up cache.
# Usage: bench/quotes/decompose.sh CORPUS_DIR [JAR] [PASSES]     (JAR: default cli/target/byline.jar)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir=$1; jar=${2:-$here/cli/target/byline.jar}; passes=${3:-4}
jdk="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$jdk/javac" -encoding UTF-8 -proc:none -cp "$jar" -d "$tmp/cls" "$here"/bench/quotes/harness/*.java
flags=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 --sun-misc-unsafe-memory-access=allow)
echo "== whole process: byline quotes $dir --format csv (load average $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -f "  /usr/bin/time: %e s wall, %U user + %S system, peak %M KB" -o "$tmp/time" \
  "$jdk/java" "${flags[@]}" -XX:+CITime -Xlog:gc:file="$tmp/gc.log" -cp "$jar:$tmp/cls" \
  dev.byline.bench.quotes.ThreadCpu quotes "$dir" --format csv > "$tmp/out.csv" 2> "$tmp/err"
grep -v ' 0.00 user   0.00 sys' "$tmp/err" | grep -E '^==|thr|ended|process total|JIT|GC |classes'
cat "$tmp/time"
grep -E 'C1 \{speed' "$tmp/out.csv" | sed 's/^ */  /' || true
awk '/Pause/ { n++; gsub("ms", "", $NF); s += $NF } END { printf "  GC pauses: %d, %.0f ms wall\n", n, s }' "$tmp/gc.log"
echo "== warm, one thread, $passes passes (load average $(cut -d' ' -f1-3 /proc/loadavg))"
"$jdk/java" -Xmx4g "${flags[@]}" -cp "$jar:$tmp/cls" dev.byline.bench.quotes.Decomp "$dir" "$passes"
