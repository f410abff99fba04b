#!/usr/bin/env bash
# Whole-process benchmark of the Spark jobs against the toolkit, on the same articles in the same run:
#   toolkit  — the toolkit's own call for the job in one JVM (ToolkitPeer), CSV out;
#   local    — ./byline-spark JOB --master local[2]: Spark embedded in one JVM;
#   cluster  — the job jar submitted (spark/cluster.sh submit) to a standalone master and two workers
#              (separate JVMs, one core and --worker-memory each), executors started by the workers.
# For each: wall time, CPU time (user+sys) and peak resident memory of every process (driver, master,
# workers, executors: VmHWM sampled from /proc each second), and whether the table equals the toolkit's.
#   spark/benchmark.sh DIR [JOBS...]          e.g. spark/benchmark.sh /tmp/gen10k/articles terms near-duplicates
#   spark/benchmark.sh --sizes 10000,100000 [JOBS...]   generates each size (byline-bench generate --seed 1) under
#                                             $BYLINE_BENCH_DATA (/tmp/byline-spark-data) unless there, then runs on it
# Environment: BYLINE_BENCH_MODES="toolkit local cluster" (a subset to skip some), EXECUTOR_MEMORY (1g),
# WORKER_MEMORY (1200m), DRIVER_MEMORY (2g), BENCH_TIMEOUT (seconds per run, 3600), SHUFFLE_PARTITIONS (unset: each
# job sets them from its input's size, one per 32 MB, at least one per core; set it to force a number),
# BYLINE_BENCH_KEEP (a directory: each job's tables are kept in KEEP/JOB/ and compared with those another run
# left there, so two runs of different modes at once, e.g. "toolkit local" beside "cluster", are still checked),
# BENCH_MIN_FREE_GB (5: a run is stopped, as at its timeout, when the scratch file system — SPARK_LOCAL_DIRS, else
# TMPDIR, else /tmp — has less free space than this; Spark's shuffle files took 11 GB for 300,000 articles and
# more than 34 GB for 1,000,000, enough to fill a shared disk). Each run prints how far the used space of that file
# system rose while it ran (df: other processes' files count too).
set -euo pipefail
HOME_DIR="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
if [ "${1:-}" = --sizes ]; then
  SIZES="$2"; shift 2
  DATA="${BYLINE_BENCH_DATA:-/tmp/byline-spark-data}"
  for size in ${SIZES//,/ }; do
    gen="$DATA/n$size-s1"
    if [ ! -f "$gen/truth.jsonl" ]; then
      echo "generating $size articles in $gen ..."
      mkdir -p "$DATA"
      /usr/bin/time -f "  generated in %e s wall, %M KB peak" "$HOME_DIR/byline-bench" generate --docs "$size" --seed 1 --out "$gen" \
        || { echo "generating $size articles failed (above): the sizes after it are not run"; exit 1; }
    fi
    "${BASH_SOURCE[0]}" "$gen/articles" "$@" || echo "the $size-article run failed (above)"
  done
  exit 0
fi
DIR="$1"; shift
JOBS=("$@"); [ ${#JOBS[@]} -gt 0 ] || JOBS=(terms tfidf near-duplicates)
MODES="${BYLINE_BENCH_MODES:-toolkit local cluster}"
. "$HOME_DIR/scripts/find-jdk.sh"; byline_find_jdk; JAVA="$BYLINE_JAVA_HOME/bin/java"
OUT="$(mktemp -d /tmp/byline-spark-bench.XXXXXX)"
export BYLINE_CLUSTER_DIR="$OUT/cluster"
CP="$HOME_DIR/spark/target/test-classes:$HOME_DIR/spark/target/classes:$(cat "$HOME_DIR/spark/target/classpath.txt")"
SAMPLER=""
cleanup() {
  [ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null || true
  if [[ " $MODES " == *" cluster "* ]]; then "$HOME_DIR/spark/cluster.sh" stop > /dev/null 2>&1 || true; fi
  rm -rf "$OUT"
}
trap cleanup EXIT

# Every second: each cluster JVM's role, pid, peak RSS (kB) and CPU ticks, appended to $OUT/samples.
sample() {
  local tick; tick=$(getconf CLK_TCK)
  while sleep 1; do
    for p in /proc/[0-9]*; do
      local cmd; cmd=$( { tr '\0' ' ' < "$p/cmdline"; } 2>/dev/null) || continue   # a process may end meanwhile
      [[ "$cmd" == *"$BYLINE_CLUSTER_DIR"* || "$cmd" == *"$OUT/spark-cluster"* ]] || continue
      local role=""
      case "$cmd" in
        *deploy.master.Master*) role=master ;; *deploy.worker.Worker*) role=worker ;;
        *CoarseGrainedExecutorBackend*) role=executor ;; *deploy.SparkSubmit*) role=driver ;; *) continue ;;
      esac
      local hwm cpu
      hwm=$(awk '/VmHWM/{print $2}' "$p/status" 2>/dev/null) || continue
      cpu=$(awk -v t="$tick" '{printf "%.1f", ($14 + $15) / t}' "$p/stat" 2>/dev/null) || continue
      echo "$role ${p#/proc/} $hwm $cpu" >> "$OUT/samples"
    done
  done
}

SCRATCH="${SPARK_LOCAL_DIRS:-${TMPDIR:-/tmp}}"; SCRATCH="${SCRATCH%%,*}"
disk_kb() { df -k --output="$1" "$SCRATCH" | tail -1 | tr -d ' '; }

# measure LABEL COMMAND...: wall, CPU and peak RSS of the command (GNU time), and how far the scratch file system's
# used space rose; the command is stopped (as at its timeout) if that file system's free space falls under
# BENCH_MIN_FREE_GB.
measure() {
  local label="$1"; shift
  local base rise=0 used stopped="" rc=0
  base=$(disk_kb used)
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/time" timeout "${BENCH_TIMEOUT:-3600}" "$@" > /dev/null 2> "$OUT/err" &
  local run=$!
  while kill -0 "$run" 2>/dev/null; do
    used=$(disk_kb used)
    if (( used - base > rise )); then rise=$((used - base)); fi
    if [ -z "$stopped" ] && (( $(disk_kb avail) < ${BENCH_MIN_FREE_GB:-5} * 1048576 )); then
      stopped=1; pkill -TERM -P "$run" || true   # the timeout under GNU time, which passes the signal on
    fi
    sleep 2
  done
  wait "$run" || rc=$?
  local disk; disk=$(printf 'scratch file system +%.1f GB' "$(echo "$rise / 1048576" | bc -l)")
  if [ -n "$stopped" ]; then
    echo "$label stopped: less than ${BENCH_MIN_FREE_GB:-5} GB free on $SCRATCH's file system, $disk: $(tail -1 "$OUT/time")"
    return 0
  fi
  if [ "$rc" -ne 0 ]; then
    echo "$label failed or passed ${BENCH_TIMEOUT:-3600} s ($disk): $(tail -1 "$OUT/time")"; tail -3 "$OUT/err"; return 0
  fi
  read -r secs user sys kb < "$OUT/time"
  printf '%-34s %8.1f s wall %8.1f s CPU %7d MB peak, %s\n' "$label" "$secs" "$(echo "$user + $sys" | bc)" "$((kb / 1024))" "$disk"
}

# The daemons' and executors' figures for one job: per role, peak RSS of the largest process and CPU summed.
cluster_figures() {
  awk '{ if ($3 > hwm[$1" "$2]) hwm[$1" "$2] = $3; cpu[$1" "$2] = $4 }
       END { for (k in hwm) { split(k, a, " "); r = a[1]; n[r]++; if (hwm[k] > peak[r]) peak[r] = hwm[k]; c[r] += cpu[k] }
             for (r in n) printf "    %-9s x%d  peak %5d MB  CPU %6.1f s\n", r, n[r], peak[r] / 1024, c[r] }' "$OUT/samples" | sort
}

echo "input: $DIR ($(find "$DIR" -name '*.txt' | wc -l) articles, $(du -sh "$DIR" | cut -f1)), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ " $MODES " == *" cluster "* ]]; then
  "$HOME_DIR/spark/cluster.sh" start --workers 2 --worker-cores 1 --worker-memory "${WORKER_MEMORY:-1200m}" > /dev/null
  echo "cluster: $(cat "$BYLINE_CLUSTER_DIR/master-url"), 2 workers x 1 core, executors ${EXECUTOR_MEMORY:-1g} each"
fi
for job in "${JOBS[@]}"; do
  echo "== $job"
  if [[ " $MODES " == *" toolkit "* ]]; then
    measure "toolkit (one JVM)" "$JAVA" --sun-misc-unsafe-memory-access=allow -cp "$CP" dev.byline.spark.ToolkitPeer "$job" "$DIR" "$OUT/toolkit-$job.csv"
  fi
  if [[ " $MODES " == *" local "* ]]; then
    BYLINE_NO_BUILD=1 measure "spark local[2] (one JVM)" "$HOME_DIR/byline-spark" "$job" "$DIR" --out "$OUT/local" --master 'local[2]'
  fi
  if [[ " $MODES " == *" cluster "* ]]; then
    : > "$OUT/samples"
    sample & SAMPLER=$!
    BYLINE_DRIVER_MEMORY="${DRIVER_MEMORY:-2g}" measure "spark standalone (driver JVM)" "$HOME_DIR/spark/cluster.sh" submit \
      --conf spark.executor.memory="${EXECUTOR_MEMORY:-1g}" --conf spark.cores.max=2 \
      ${SHUFFLE_PARTITIONS:+--conf spark.default.parallelism=$SHUFFLE_PARTITIONS --conf spark.sql.shuffle.partitions=$SHUFFLE_PARTITIONS} \
      -- "$job" "$DIR" --out "$OUT/cluster-out"
    kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; SAMPLER=""
    cluster_figures
  fi
  TABLES="$OUT"
  if [ -n "${BYLINE_BENCH_KEEP:-}" ]; then
    TABLES="$BYLINE_BENCH_KEEP/$job"; mkdir -p "$TABLES"
    for t in "toolkit-$job.csv" local cluster-out; do
      if [ -e "$OUT/$t" ]; then rm -rf "${TABLES:?}/$t"; cp -r "$OUT/$t" "$TABLES/$t"; fi
    done
  fi
  /usr/bin/python3 - "$job" "$TABLES" "$(dirname "$DIR")/truth.jsonl" <<'PY'
import csv, glob, json, os, sys
job, out, truth_file = sys.argv[1], sys.argv[2], sys.argv[3]
def norm(v):
    try:
        return f"{float(v):.9g}" if any(c in v for c in ".eE") else v
    except ValueError:
        return v
def read(paths):
    rows, header = [], None
    for p in paths:
        with open(p, newline="", encoding="utf-8") as f:
            r = csv.reader(f)
            header = next(r, None) or header
            rows.extend(r)
    return header, rows
tables = {}
if os.path.exists(f"{out}/toolkit-{job}.csv"):
    tables["toolkit"] = read([f"{out}/toolkit-{job}.csv"])
for mode, d in (("local", "local"), ("cluster", "cluster-out")):
    parts = sorted(glob.glob(f"{out}/{d}/{job}.csv/part-*"))
    if parts:
        tables[mode] = read(parts)
if job == "near-duplicates" and os.path.exists(truth_file):
    planted = set()
    for line in open(truth_file, encoding="utf-8"):
        r = json.loads(line)
        if r.get("type") == "relation" and r.get("relation") in ("copy", "rewrite", "spin", "quote-edit"):
            planted.add(tuple(sorted((r["a"], r["b"]))))
    for mode, (h, rows) in tables.items():
        a, b = h.index("doc_a"), h.index("doc_b")
        found = {tuple(sorted((r[a], r[b]))) for r in rows}
        print(f"    {mode}: {len(rows)} candidate pairs, recall of {len(planted)} planted copies/rewrites/spins/quote-edits {len(planted & found) / max(1, len(planted)):.3f}")
if len(tables) < 2:
    sys.exit(0)
cols = set.intersection(*(set(h) for h, _ in tables.values()))
proj = {}
for mode, (h, rows) in tables.items():
    idx = [h.index(c) for c in sorted(cols)]
    proj[mode] = [tuple(norm(r[i]) for i in idx) for r in rows]
ref = next(iter(proj))
for mode in proj:
    if mode != ref:
        same = proj[mode] == proj[ref]
        detail = "" if same else f" (rows {len(proj[mode])} vs {len(proj[ref])}, {len(set(proj[mode]) ^ set(proj[ref]))} differ)"
        print(f"    {mode} output {'identical to' if same else 'DIFFERS from'} {ref}'s on {len(cols)} shared columns, {len(proj[ref])} rows{detail}")
PY
  rm -rf "$OUT/local" "$OUT/cluster-out" "$OUT/toolkit-$job.csv"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
