#!/usr/bin/env bash
# Whole-process benchmark: each Spark job in local mode (./byline-spark) against the toolkit doing
# the same work in one JVM (ToolkitPeer), on the same directory, in the same run. Prints wall time
# and peak resident memory (GNU time) for each, and the recall of planted pairs if a bench
# generator truth.jsonl sits beside the articles.
#   spark/benchmark.sh DIR [MASTER] [JOBS...]      e.g. spark/benchmark.sh /tmp/gen/articles 'local[2]'
set -euo pipefail
HOME_DIR="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
DIR="$1"; MASTER="${2:-local[2]}"; shift $(( $# >= 2 ? 2 : 1 ))
JOBS=("$@"); [ ${#JOBS[@]} -gt 0 ] || JOBS=(terms tfidf near-duplicates)
. "$HOME_DIR/scripts/find-jdk.sh"; byline_find_jdk; JAVA="$BYLINE_JAVA_HOME/bin/java"
OUT="$(mktemp -d)"
CP="$HOME_DIR/spark/target/test-classes:$HOME_DIR/spark/target/classes:$(cat "$HOME_DIR/spark/target/classpath.txt")"
measure() { # label command...
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$OUT/time" "$@" > /dev/null 2> "$OUT/err" || { cat "$OUT/err" >&2; exit 1; }
  read -r secs kb < "$OUT/time"
  printf '%-28s %8.1f s %8.0f MB\n' "$label" "$secs" "$((kb / 1024))"
}
echo "input: $DIR ($(find "$DIR" -name '*.txt' | wc -l) articles), Spark master $MASTER, $(nproc) cores"
for job in "${JOBS[@]}"; do
  measure "toolkit $job" "$JAVA" --sun-misc-unsafe-memory-access=allow -cp "$CP" dev.byline.spark.ToolkitPeer "$job" "$DIR" "$OUT/toolkit-$job.csv"
  BYLINE_NO_BUILD=1 measure "spark $job" "$HOME_DIR/byline-spark" "$job" "$DIR" --out "$OUT/spark" --master "$MASTER"
done
TRUTH="$(dirname "$DIR")/truth.jsonl"
if [ -f "$TRUTH" ] && [ -d "$OUT/spark/near-duplicates.csv" ]; then
  /usr/bin/python3 - "$TRUTH" "$OUT/spark/near-duplicates.csv" "$OUT/toolkit-near-duplicates.csv" <<'PY'
import csv, glob, json, sys
truth = {}
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r.get("type") == "relation" and r["relation"] in ("copy", "rewrite", "spin", "quote-edit"):
        truth[tuple(sorted((r["a"], r["b"])))] = r["relation"]
def pairs(paths):
    out = {}
    for p in paths:
        for row in csv.DictReader(open(p)):
            out[tuple(sorted((row["doc_a"], row["doc_b"])))] = row["relation"]
    return out
spark = pairs(sorted(glob.glob(sys.argv[2] + "/part-*")))
tool = pairs([sys.argv[3]])
for kind in ("copy", "rewrite", "spin", "quote-edit"):
    want = [p for p, k in truth.items() if k == kind]
    print(f"planted {kind:10s} {len(want):5d}: spark found {sum(p in spark for p in want):5d}, toolkit found {sum(p in tool for p in want):5d}")
both = set(spark) & set(tool)
print(f"candidate pairs: spark {len(spark)}, toolkit {len(tool)}, both {len(both)}, labels equal on {sum(spark[p] == tool[p] for p in both)}")
PY
fi
rm -rf "$OUT"
