#!/usr/bin/env bash
# Throughput and peak memory of `byline extract` on saved pages and on a web archive, each beside a peer in the
# same run. Fetches nothing: PAGES is a folder of .html pages you have (we use Mozilla readability's test pages,
# repeated with a copy-number comment so each is a distinct file); the archive is written from them by
# `byline-bench warc`. Usage: bench/extract/run.sh PAGES WARC_OUT [MEGABYTES]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
PAGES=$1 WARC=$2 MB=${3:-1024}
t() { /usr/bin/time -f "%e s wall, %U s user, peak RSS %M KB" "$@"; }
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
bytes=$(du -sb "$PAGES" | cut -f1); files=$(find "$PAGES" -name '*.html' | wc -l)
echo "pages: $files files, $((bytes / 1000000)) MB"
"$ROOT/byline" extract --help >/dev/null   # build once, outside the timings
for round in 1 2; do
  echo "-- round $round (load $(cut -d' ' -f1 /proc/loadavg))"
  echo -n "byline extract --format csv: "; t "$ROOT/byline" extract "$PAGES" --format csv 2>&1 >/dev/null | tail -1
  echo -n "cat (reading floor):         "; t sh -c "cat $PAGES/* >/dev/null" 2>&1 | tail -1
  echo -n "python3 html.parser:         "; t /usr/bin/python3 "$HERE/htmlparser_peer.py" "$PAGES" 2>&1 | tail -1
done
[ -f "$WARC" ] || "$ROOT/byline-bench" warc "$WARC" --from "$PAGES" --megabytes "$MB"
echo "archive: $(du -sb "$WARC" | cut -f1) bytes on disk"
for round in 1 2; do
  echo "-- archive round $round (load $(cut -d' ' -f1 /proc/loadavg))"
  echo -n "byline extract --format csv: "; t "$ROOT/byline" extract "$WARC" --format csv 2>/tmp/extract-warc-err.txt >/dev/null; tail -1 /tmp/extract-warc-err.txt
  echo -n "gzip -dc (decompress floor): "; t sh -c "gzip -dc $WARC >/dev/null" 2>&1 | tail -1
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
