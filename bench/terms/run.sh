#!/usr/bin/env bash
# Whole-process throughput of `byline terms DIR` against scikit-learn's CountVectorizer on the same
# files, in the same run, with `cat | wc -w` as the single-pass floor, MinimalCount.java (split at
# whitespace and count, nothing else, with the launcher's JIT settings) as the floor on the JVM, and
# SklearnJob.java (scikit-learn's own job hand-written for the JVM; its table is checked against
# scikit-learn's). Prints MB/s for each and the ratios.
#
# Usage: bench/terms/run.sh [DIR] [DOCS]
#   DIR   a directory of .txt files (default: /tmp/byline-terms-news); if it does not exist, the
#         synthetic news generator writes DOCS articles (default 37000, about 120 MB) into DIR/articles
#         (and its answer key beside them, which is not read: a generated DIR means DIR/articles)
# Needs Debian's python3-sklearn and time (bench/install-packages.sh installs them).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DIR="${1:-/tmp/byline-terms-news}"
DOCS="${2:-37000}"
PY=/usr/bin/python3

if [ ! -d "$DIR" ]; then
  "$ROOT/byline-bench" generate --docs "$DOCS" --out "$DIR"
fi
if [ -d "$DIR/articles" ] && [ -f "$DIR/truth.jsonl" ]; then
  DIR="$DIR/articles"   # generated earlier: the answer key (truth.jsonl) is no article
fi
BYTES=$(find "$DIR" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
FILES=$(find "$DIR" -name '*.txt' | wc -l)
echo "corpus: $DIR, $FILES files, $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b/1e6}') MB"

# Build first, and record the start-up cache of `byline terms` (a cache of its own), so that neither is timed.
"$ROOT/byline" terms "$ROOT/corpus" --format csv > /dev/null
. "$ROOT/scripts/find-jdk.sh"
byline_find_jdk
MIN=$(mktemp -d)
trap 'rm -rf "$MIN"' EXIT
"$BYLINE_JAVA_HOME/bin/javac" -d "$MIN" "$HERE/MinimalCount.java" "$HERE/SklearnJob.java"
# scikit-learn's English stop words, for SklearnJob (taken from the installed scikit-learn, not copied into Byline)
"$PY" -c 'from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as s; print("\n".join(sorted(s)))' > "$MIN/stop.txt"
# Warm the page cache the same way for everyone.
find "$DIR" -name '*.txt' -print0 | xargs -0 cat > /dev/null

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
OUT=$(mktemp -d)
trap 'rm -rf "$OUT" "$MIN"' EXIT

seconds() {  # seconds NAME COMMAND...: runs the command, stdout to $OUT/NAME.out; prints elapsed s, peak RSS KB, CPU s
  local name=$1; shift
  if ! /usr/bin/time -f '%e %M %U %S' -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2> "$OUT/$name.err"; then
    echo "run.sh: '$name' failed; its last words:" >&2
    tail -5 "$OUT/$name.err" >&2
    return 1
  fi
  awk '{printf "%s %s %.2f\n", $1, $2, $3 + $4}' "$OUT/$name.time"
}
run() {  # run NAME COMMAND...: seconds into $OUT/NAME.line, stopping the benchmark if the command fails
  seconds "$@" > "$OUT/$1.line" || exit 1
}

run floor bash -c "find '$DIR' -name '*.txt' -print0 | sort -z | xargs -0 cat | wc -w"
run min "$BYLINE_JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$MIN" MinimalCount "$DIR"
run byline "$ROOT/byline" terms "$DIR" --format csv
run sklearn "$PY" "$HERE/sklearn_counts.py" "$DIR"
run job "$BYLINE_JAVA_HOME/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$MIN" SklearnJob "$DIR" "$MIN/stop.txt"
read -r t_floor m_floor c_floor < "$OUT/floor.line"
read -r t_min m_min c_min < "$OUT/min.line"
read -r t_job m_job c_job < "$OUT/job.line"
read -r t_byline m_byline c_byline < "$OUT/byline.line"
read -r t_sklearn m_sklearn c_sklearn < "$OUT/sklearn.line"

mbps() { awk -v b="$BYTES" -v t="$1" 'BEGIN {printf "%.1f", b/1e6/t}'; }
echo "load average before the runs: $LOAD"
printf '%-26s %8s %9s %8s %12s %s\n' "" seconds "MB/s" "CPU s" "peak RSS MB" "terms"
printf '%-26s %8s %9s %8s %12s %s\n' "cat | wc -w (floor)" "$t_floor" "$(mbps "$t_floor")" "$c_floor" "$((m_floor / 1024))" "-"
printf '%-26s %8s %9s %8s %12s %s\n' "MinimalCount.java (floor)" "$t_min" "$(mbps "$t_min")" "$c_min" "$((m_min / 1024))" "-"
printf '%-26s %8s %9s %8s %12s %s\n' "SklearnJob.java" "$t_job" "$(mbps "$t_job")" "$c_job" "$((m_job / 1024))" "$(($(wc -l < "$OUT/job.out") - 1))"
printf '%-26s %8s %9s %8s %12s %s\n' "byline terms" "$t_byline" "$(mbps "$t_byline")" "$c_byline" "$((m_byline / 1024))" "$(($(wc -l < "$OUT/byline.out") - 1))"
printf '%-26s %8s %9s %8s %12s %s\n' "sklearn CountVectorizer" "$t_sklearn" "$(mbps "$t_sklearn")" "$c_sklearn" "$((m_sklearn / 1024))" "$(($(wc -l < "$OUT/sklearn.out") - 1))"
awk -v a="$t_sklearn" -v b="$t_byline" 'BEGIN {printf "byline / sklearn throughput (wall clock): %.2fx\n", a/b}'
awk -v a="$c_sklearn" -v b="$c_byline" 'BEGIN {printf "byline / sklearn CPU time per MB: %.2fx less\n", a/b}'
awk -v a="$t_sklearn" -v b="$t_job" 'BEGIN {printf "SklearnJob / sklearn throughput (wall clock): %.2fx\n", a/b}'
if cmp -s "$OUT/job.out" "$OUT/sklearn.out"; then
  echo "SklearnJob's table is scikit-learn's, byte for byte"
else
  echo "SklearnJob's table differs from scikit-learn's in $(diff "$OUT/job.out" "$OUT/sklearn.out" | grep -c '^[<>]') lines"
fi
