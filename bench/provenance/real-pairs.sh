#!/usr/bin/env bash
# Real republished pairs through `byline compare`: for each line of PAIRS (tab-separated: file_a, file_b,
# expected relation, expected source a|b|-, note), the two files are copied from TEXT_DIR into a
# scratch folder with a corpus.csv sidecar (outlet and date read from PolNeAR-style file names,
# publisher_YYYY-MM-DD_slug.txt) and compared. Prints expected and found relation, source and
# credit, and the measures the relation rule reads. The texts stay where they are; nothing is
# written into the repository.
#   bench/provenance/real-pairs.sh bench/provenance/polnear-train-pairs.tsv /tmp/polnear-train/data/train/text
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
day() { local r="${1#*_}"; echo "${r%%_*}"; }
printf 'pair\texpected\tfound\texpected_source\tfound_source\tcredited\tcosine\tcontainment_a_in_b\tcontainment_b_in_a\tevidence\n'
n=0
while IFS=$'\t' read -r fa fb rel src note; do
  case "$fa" in ''|'#'*) continue ;; esac
  n=$((n + 1))
  d="$scratch/$n"
  mkdir -p "$d"
  for f in "$fa" "$fb"; do
    [ -r "$texts/$f" ] || { echo "real-pairs.sh: $pairs: $texts/$f is missing" >&2; exit 1; }
    cp "$texts/$f" "$d/"
  done
  {
    echo "id,outlet,date,title,url,language,notes"
    for f in "$fa" "$fb"; do echo "${f%.txt},$(outlet "$f"),$(day "$f"),,,en,"; done
  } > "$d/corpus.csv"
  row="$("$byline" compare "$d" --format csv | python3 -c '
import csv, sys
rows = list(csv.DictReader(sys.stdin))
r = rows[0]
print("\x1f".join([r["relation"], r["source"], r["credited"], r["cosine"], r["containment_a_in_b"], r["containment_b_in_a"], r["evidence"]]))')"
  IFS=$'\x1f' read -r got gsrc credit cos cab cba ev <<< "$row"
  want_src="-"
  case "$src" in a) want_src="${fa%.txt}" ;; b) want_src="${fb%.txt}" ;; esac
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$rel" "$got" "$want_src" "${gsrc:--}" "${credit:--}" "$cos" "$cab" "$cba" "$ev"
done < "$pairs"
