#!/usr/bin/env bash
# Debian packages the benchmarks need: the English word list the generator builds its vocabulary
# from (wamerican), the Python peer (python3-sklearn), GNU time for peak memory, and readability-lxml
# (python3-readability) for the optional extraction peer bench/extract/readability_lxml_peer.py, and
# LibreOffice's English thesaurus (mythes-en-us) for the spin bench's `--spinner mythes`, and Aiksaurus's thesaurus
# (libaiksaurus-1.2-data) for the spin bench's `--spinner aiksaurus`, which the detector never reads, GCIDE
# (dict-gcide) for `--spinner webster`, the held-out spinner, and the Ding German-English dictionary (dict-de-en) for
# `--spinner pivot`.
# Called from .ci/install-packages; safe to run again (apt-get skips what is installed).
set -euo pipefail
need=()
[ -r /usr/share/dict/american-english ] || need+=(wamerican)
/usr/bin/python3 -c 'import sklearn' >/dev/null 2>&1 || need+=(python3-sklearn)
[ -x /usr/bin/time ] || need+=(time)
/usr/bin/python3 -c 'import readability' >/dev/null 2>&1 || need+=(python3-readability)
[ -r /usr/share/mythes/th_en_US_v2.dat ] || need+=(mythes-en-us)
[ -r /usr/share/aiksaurus/meanings.dat ] || need+=(libaiksaurus-1.2-data)
[ -r /usr/share/dictd/gcide.dict.dz ] || need+=(dict-gcide)
[ -r /usr/share/dictd/german-english.dict.dz ] || need+=(dict-de-en)
if [ "${#need[@]}" -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
