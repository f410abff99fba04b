#!/usr/bin/env bash
# Real republished pairs through `byline compare`: for each line of PAIRS (tab-separated: file_a, file_b,
# expected relation (alternatives split by |), expected source a|b|w|-, note, and optionally part (fit|report),
# expected credit (yes|no|unknown) and a with-file (w): a third text, the common parent, placed in the same folder),
# the files are copied from TEXT_DIR into a scratch folder with a corpus.csv sidecar (outlet and date read from
# file names outlet_YYYY-MM-DD_slug.txt) and compared; the a–b row is read. Prints expected and found relation,
# source and credit, and the measures the relation rule reads. The texts stay where they are; nothing is written
# into the repository. NODATES=1 leaves the sidecar's dates empty (for scrape dates that are not publication dates).
#   bench/provenance/real-pairs.sh bench/provenance/polnear-train-pairs.tsv /tmp/polnear-train/data/train/text
#   NODATES=1 bench/provenance/real-pairs.sh bench/provenance/helsinki-pairs.tsv /tmp/helsinki/text
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
byline="$here/../../byline"
pairs="${1:?usage: real-pairs.sh PAIRS.tsv TEXT_DIR}"
texts="${2:?usage: real-pairs.sh PAIRS.tsv TEXT_DIR}"
[ -r "$pairs" ] || { echo "real-pairs.sh: cannot read $pairs" >&2; exit 1; }
[ -d "$texts" ] || { echo "real-pairs.sh: $texts is not a folder" >&2; exit 1; }
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
outlet() { echo "${1%%_*}"; }
day() { if [ "${NODATES:-}" = 1 ]; then echo ""; else local r="${1#*_}"; echo "${r%%_*}"; fi; }
printf 'pair\tpart\texpected\tfound\tok\texpected_source\tfound_source\texpected_credit\tcredited\tcosine\tcontainment_a_in_b\tcontainment_b_in_a\tcoverage\tevidence\n'
n=0
# Tabs become unit separators first: read collapses runs of a whitespace IFS, which would shift empty columns.
while IFS=$'\x1f' read -r fa fb rel src note part wantcredit with; do
  case "$fa" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  d="$scratch/$n"
  mkdir -p "$d"
  files=("$fa" "$fb")
  [ -n "${with:-}" ] && files+=("$with")
  for f in "${files[@]}"; do
    [ -r "$texts/$f" ] || { echo "real-pairs.sh: $pairs: $texts/$f is missing" >&2; exit 1; }
    cp "$texts/$f" "$d/"
  done
  {
    echo "id,outlet,date,title,url,language,notes"
    for f in "${files[@]}"; do echo "${f%.txt},$(outlet "$f"),$(day "$f"),,,en,"; done
  } > "$d/corpus.csv"
  row="$("$byline" compare "$d" --format csv | A="${fa%.txt}" B="${fb%.txt}" python3 -c '
import csv, os, sys
want = {os.environ["A"], os.environ["B"]}
r = next(r for r in csv.DictReader(sys.stdin) if {r["doc_a"], r["doc_b"]} == want)
cov = r.get("coverage", "")
print("\x1f".join([r["relation"], r["source"], r["credited"], r["cosine"], r["containment_a_in_b"], r["containment_b_in_a"], cov, r["evidence"]]))')"
  IFS=$'\x1f' read -r got gsrc credit cos cab cba cov ev <<< "$row"
  want_src="-"
  case "$src" in a) want_src="${fa%.txt}" ;; b) want_src="${fb%.txt}" ;; w) want_src="${with%.txt}" ;; esac
  ok=no
  case "|$rel|" in *"|$got|"*) [ "${gsrc:--}" = "$want_src" ] && ok=yes ;; esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "${part:--}" "$rel" "$got" "$ok" "$want_src" "${gsrc:--}" \
    "${wantcredit:--}" "${credit:--}" "$cos" "$cab" "$cba" "${cov:--}" "$ev"
done < <(tr '\t' '\037' < "$pairs")
