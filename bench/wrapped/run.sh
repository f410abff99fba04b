#!/bin/bash
# Quotes, sentences and titles of hard-wrapped and typewriter-marked copies of articles, against the
# same articles as given: bench/wrapped/run.sh DIR (a folder of .txt articles: a title line, then
# blank-line paragraphs). Needs fmt and python3; uses the built cli/target/byline.jar.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); root=$(cd "$here/../.." && pwd)
src=${1:?usage: bench/wrapped/run.sh DIR}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$here/make_variants.py" "$src" "$work"
"$root/byline" --version > /dev/null   # builds the jar if stale
# shellcheck source=../../scripts/find-jdk.sh
. "$root/scripts/find-jdk.sh"          # the JDK 21+ ./byline runs on, not whatever java is first on PATH
byline_find_jdk
jar="$root/cli/target/byline.jar"
for v in clean wrapped-indent wrapped-blank typewriter; do
  "$root/byline" quotes "$work/$v" --format csv > "$work/$v.quotes.csv"
  "$BYLINE_JAVA_HOME/bin/java" -cp "$jar" "$here/Sentences.java" "$work/$v" > "$work/$v.sentences.tsv"
done
echo "articles: $(ls "$src"/*.txt | wc -l) from $src"
for v in wrapped-indent wrapped-blank typewriter; do
  echo "== $v vs clean"
  python3 "$here/agreement.py" quotes "$work/clean.quotes.csv" "$work/$v.quotes.csv"
  python3 "$here/agreement.py" sentences "$work/clean.sentences.tsv" "$work/$v.sentences.tsv"
done
