#!/usr/bin/env bash
# Rebuilds the toolkit's english-lm.tsv.gz (the general US-English trigram model spin detection ranks likely
# originals with) from CMU Sphinx's generic US-English model. See bench/spin/README.md ("A general English
# trigram model").
#
#   bench/spin/build-lm.sh POCKETSPHINX_SRC [OUT]
#
# The model: /usr/share/pocketsphinx/model/en-us/en-us.lm.bin from Debian's pocketsphinx-en-us
# (0.8+5prealpha+1-15; Carnegie Mellon University 1995-2014, Alpha Cephei 2014-2015, BSD 2-clause; see
# /usr/share/doc/pocketsphinx-en-us/copyright). `apt-get install pocketsphinx-en-us`.
#
# The converter: Debian's sphinx_lm_convert (sphinxbase 0.8+5prealpha) and pocketsphinx 5.1.1's
# pocketsphinx_lm_convert abort writing this model as ARPA text: its header declares 2,051,547 word pairs, its
# trie holds 2,051,541 (cmusphinx/pocketsphinx issue #502, fixed by pull request #501). POCKETSPHINX_SRC is a
# source tree of github.com/cmusphinx/pocketsphinx; at 5.1.1 (commit 511126b4) this script makes the writer
# use the count it found in the trie (the fix's effect), builds pocketsphinx_lm_convert and converts.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
src="${1:?usage: build-lm.sh POCKETSPHINX_SRC [OUT]}"
out="${2:-$here/toolkit/src/main/resources/dev/byline/compare/english-lm.tsv.gz}"
model=/usr/share/pocketsphinx/model/en-us/en-us.lm.bin
[ -f "$model" ] || { echo "build-lm.sh: $model missing: apt-get install pocketsphinx-en-us" >&2; exit 1; }
[ -f "$src/src/lm/ngram_model_trie.c" ] || { echo "build-lm.sh: $src: not a pocketsphinx source tree" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$src" "$work/ps"
mkdir -p "$work/ps/model/en-us" "$work/ps/test" "$work/ps/examples"
touch "$work/ps/test/CMakeLists.txt" "$work/ps/examples/CMakeLists.txt"
python3 - "$work/ps/src/lm/ngram_model_trie.c" <<'PY'
import sys
p = sys.argv[1]
s = open(p).read()
s = s.replace("            assert(raw_ngram_idx == base->n_counts[i - 1]);\n"
              "            qsort(raw_ngrams, (size_t) base->n_counts[i - 1],",
              "            qsort(raw_ngrams, (size_t) raw_ngram_idx,")
s = s.replace("            for (j = 0; j < base->n_counts[i - 1]; j++) {\n                int k;",
              "            for (j = 0; j < raw_ngram_idx; j++) {\n                int k;")
open(p, 'w').write(s)
PY
(cd "$work/ps" && mkdir build && cd build && cmake .. -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null \
  && make -j2 pocketsphinx_lm_convert >/dev/null)
"$work/ps/build/pocketsphinx_lm_convert" -i "$model" -o "$work/en-us.arpa" -ofmt arpa 2>/dev/null
python3 "$here/bench/spin/prune_lm.py" "$work/en-us.arpa" "$out" 0.6
