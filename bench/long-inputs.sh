#!/usr/bin/env bash
# Time and peak memory of every byline analysis command on long single documents and on a corpus:
#   line   — one document of SIZE MB on a single line (no line break at all);
#   paras  — one document of SIZE MB in long paragraphs (about 64 KB each, blank lines between);
#   corpus — the generated articles the documents are cut from (N files), as a corpus.
# The text is the bench generator's wire-style news. The two-file commands (align, drift) and compare get
# the document and a light edit of it (every 'the' made 'a', every 'said' made 'says').
# Prints one markdown row per command and input: wall seconds, CPU seconds (user + system), CPU as a multiple of
# 'terms' on the same input in the same run (list terms first in COMMANDS), peak RSS (GNU time), exit code;
# a run over the limit is stopped and shown as '> LIMIT s'. A command that refuses the input with
# its one-line message shows 'refused' and the message.
#
#   bench/long-inputs.sh [SIZES_MB...]        e.g. bench/long-inputs.sh 1 10 50
# Environment: BYLINE_LONG_DIR (work dir, default /tmp/byline-long), LIMIT (seconds per run, default 600),
# DOCS (articles generated for the corpus rows and as the text source, default 10000), COMMANDS (subset),
# SHAPES (default "line paras"), CORPUS=0 to skip the corpus rows.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
SIZES=("$@"); [ ${#SIZES[@]} -gt 0 ] || SIZES=(1 10 50)
WORK="${BYLINE_LONG_DIR:-/tmp/byline-long}"
LIMIT="${LIMIT:-600}"
DOCS="${DOCS:-10000}"
COMMANDS="${COMMANDS:-terms corpus kwic keyness collocates quotes speakers compare align drift spin}"
SHAPES="${SHAPES:-line paras}"
mkdir -p "$WORK"
GEN="$WORK/gen$DOCS"
if [ ! -d "$GEN/articles" ]; then
  "$ROOT/byline-bench" generate --docs "$DOCS" --seed 23 --out "$GEN" > /dev/null
fi
"$ROOT/byline" corpus "$ROOT/corpus" > /dev/null   # builds the jar and its start-up cache, untimed
# `terms` has a start-up cache of its own, made on its first run after a build (2-3 s of CPU): made here, untimed,
# or the first timed `terms` row would carry it and every "CPU / terms'" ratio would be too low.
"$ROOT/byline" terms "$ROOT/corpus" > /dev/null

# make SHAPE MB: writes $WORK/SHAPE-MB/a.txt and b.txt (the light edit), cut from the generated articles
make_input() {
  local shape="$1" mb="$2" dir="$WORK/$1-$2"
  [ -f "$dir/b.txt" ] && return 0
  mkdir -p "$dir"
  /usr/bin/python3 - "$GEN/articles" "$shape" "$((mb * 1000000))" "$dir/a.txt" <<'PY'
import os, sys
src, shape, size, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
files = sorted(f for f in os.listdir(src) if f.endswith(".txt"))
parts, total, i = [], 0, 0
while total < size:
    text = open(os.path.join(src, files[i % len(files)]), encoding="utf-8").read()
    i += 1
    # the article's paragraphs, without its title and dateline lines
    paras = [p.replace("\n", " ").strip() for p in text.split("\n\n")[1:] if p.strip()]
    for p in paras:
        parts.append(p)
        total += len(p.encode("utf-8")) + 1
if shape == "line":
    body = " ".join(parts)
else:
    chunks, cur, n = [], [], 0
    for p in parts:
        cur.append(p)
        n += len(p)
        if n >= 64000:
            chunks.append(" ".join(cur)); cur, n = [], 0
    if cur:
        chunks.append(" ".join(cur))
    body = "\n\n".join(chunks)
with open(out, "w", encoding="utf-8") as f:
    f.write(body[:size] if shape == "line" else body)
    f.write("\n")
PY
  sed -e 's/\bthe\b/a/g' -e 's/\bsaid\b/says/g' "$dir/a.txt" > "$dir/b.txt"
  mkdir -p "$dir/pair" && cp "$dir/a.txt" "$dir/pair/a.txt" && cp "$dir/b.txt" "$dir/pair/b.txt"
}

# args COMMAND DIR: the command line for one input (a directory with a.txt, b.txt, pair/), or for the corpus
args() {
  local c="$1" d="$2" one="$2/a.txt" many="$2/pair"
  if [ "$d" = corpus ]; then one="$GEN/articles"; many="$GEN/articles"; fi
  case "$c" in
    corpus|terms|quotes|speakers|spin) echo "$c $one" ;;
    kwic) echo "kwic said $one" ;;
    collocates) echo "collocates said $one" ;;
    keyness) if [ "$d" = corpus ]; then echo "keyness --target $(ls "$GEN/articles" | grep -m1 '\.txt$' | sed 's/\.txt$//') $many"; else echo "keyness --target a $many"; fi ;;
    compare) echo "compare $many" ;;
    align|drift) if [ "$d" = corpus ]; then echo ""; else echo "$c $d/a.txt $d/b.txt"; fi ;;
  esac
}

run() { # LABEL ARGS...
  local label="$1"; shift
  local t="$WORK/time" err="$WORK/err" code=0
  /usr/bin/time -f "%e %M %U %S" -o "$t" timeout -s KILL "$LIMIT" "$ROOT/byline" "$@" --format csv > /dev/null 2> "$err" || code=$?
  local secs kb usr sys; read -r secs kb usr sys < <(tail -n 1 "$t" | grep -E '^[0-9.]+ [0-9]+ [0-9.]+ [0-9.]+$' || echo "$LIMIT 0 0 0")
  local cpu; cpu=$(awk -v u="$usr" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
  # CPU against terms on the same input in the same run: the figure a loaded machine does not stretch
  if [ "$1" = terms ]; then TERMS_CPU="$cpu"; fi
  local ratio=""; if [ -n "${TERMS_CPU:-}" ] && [ "$code" = 0 ]; then ratio=$(awk -v c="$cpu" -v t="$TERMS_CPU" 'BEGIN { if (t > 0) printf "%.1f", c / t }'); fi
  local note=""
  if [ "$code" = 137 ] || [ "$code" = 124 ]; then note="stopped at the limit"; secs="> $LIMIT"
  elif [ "$code" != 0 ]; then note="exit $code: $(grep -m1 'byline:' "$err" | cut -c1-110)"; fi
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$1" "$secs" "$cpu" "$ratio" "$((kb / 1024))" "$note"
}

echo "byline $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), limit $LIMIT s"
echo
echo "| input | command | wall s | CPU s | CPU / terms' | peak MB | note |"
echo "|---|---|---|---|---|---|---|"
for mb in "${SIZES[@]}"; do
  for shape in $SHAPES; do
    make_input "$shape" "$mb"
    TERMS_CPU=""
    for c in $COMMANDS; do
      a=$(args "$c" "$WORK/$shape-$mb")
      [ -n "$a" ] || continue
      # shellcheck disable=SC2086
      run "$mb MB $shape" $a
    done
  done
done
if [ "${CORPUS:-1}" = 1 ]; then
  TERMS_CPU=""
  for c in $COMMANDS; do
    a=$(args "$c" corpus)
    [ -n "$a" ] || continue
    # shellcheck disable=SC2086
    run "$DOCS articles" $a
  done
fi
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
