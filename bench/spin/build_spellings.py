#!/usr/bin/env python3
"""Writes the British -> American spelling table the spin evidence reads (toolkit resource
dev/byline/compare/spelling-variants.tsv) from Debian's SCOWL word lists:

    python3 bench/spin/build_spellings.py BRITISH_WORDS AMERICAN_WORDS > spelling-variants.tsv

BRITISH_WORDS is /usr/share/dict/british-english (package wbritish), AMERICAN_WORDS
/usr/share/dict/american-english (wamerican), both 2020.12.07 (SCOWL, Kevin Atkinson; permission to
use, copy, modify, distribute and sell granted, see the resource's README). A row is a lower-case
word only the British list holds and the one word only the American list holds (or else the one word it holds at all) that a regular
British -> American alternation makes of it (-ise/-ize, -yse/-yze, -our/-or, -re/-er, -ogue/-og,
-ence/-ense, a doubled l before a suffix, -mme/-m, ae/oe -> e, a dropped e before -ment/-ing, a
single l that American doubles, -oul- -> -ol-). A word both lists hold ("travelled", "licence")
is paired only by the -our, -ogue, -ence, doubled-l and -mme alternations, with a word only the American list
holds. A word the alternations map to no such word, or to two, is left out. Output is sorted, so the file is the same on every run.
"""
import re
import sys

RULES = [
    (r"is(?=e|es|ed|ing|er|ers|ation|ations|able)", "iz"),
    (r"ys(?=e|es|ed|ing|er|ers)", "yz"),
    (r"(?<=[a-z]{2})our", "or"),
    (r"(?<=[a-z][tbvlcg])re(?=$|s$|d$)", "er"),
    (r"(?<=[a-z][tbvlcg])ring$", "ering"),
    (r"(?<=[a-z][tbvlcg])red$", "ered"),
    (r"ogue(?=$|s$)", "og"),
    (r"ence(?=$|s$)", "ense"),
    (r"([aeiou][^aeiou]{1,2}[aeiou])ll(?=ed$|ing$|ings$|er$|ers$|ous$|or$|ors$|ist$|ists$)", r"\1l"),
    (r"mme(?=$|s$)", "m"),
    (r"(?<=[a-z])ae(?=[a-z])", "e"),
    (r"(?<=[a-z])oe(?=[a-z])", "e"),
    (r"(?<=dg)e(?=ment|ments)", ""),
    (r"(?<=[aeiou][^aeiou])e(?=ing$)", ""),
    (r"(?<=[aeiou])l(?=$|s$|ment|ments|ful)", "ll"),
    (r"oul(?=d|t)", "ol"),
]


# Alternations safe for a word both lists hold (both lists admit "travelled", "licence", "programme", "dialogue"):
# indices into RULES of -our, -ogue, -ence, the doubled l and -mme, to a word only the American list holds. The others
# would pair two real words ("singeing" and "singing", "apprise" and "apprize").
SAFE = (2, 7, 8, 9, 10)


def read(path):
    with open(path, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip() and "'" not in w and w.strip().islower()}


def variants(word, rules=None):
    """Every form one or more of RULES make of word (each rule applied everywhere it matches, in order)."""
    out = {word}
    for pattern, repl in (RULES if rules is None else [RULES[i] for i in rules]):
        out |= {re.sub(pattern, repl, w) for w in out}
    out.discard(word)
    return out


def main():
    british, american = read(sys.argv[1]), read(sys.argv[2])
    only_b, only_a = british - american, american - british
    rows = []
    for w in sorted(only_b):
        vs = variants(w)
        hits = sorted(v for v in vs if v in only_a) or sorted(v for v in vs if v in american)
        if len(hits) == 1:
            rows.append((w, hits[0]))
    for w in sorted(british & american):
        hits = sorted(v for v in variants(w, SAFE) if v in only_a)
        if len(hits) == 1:
            rows.append((w, hits[0]))
    rows.sort()
    sys.stdout.write("# British TAB American spelling, from SCOWL via Debian wbritish/wamerican 2020.12.07-2; "
                     "bench/spin/build_spellings.py\n")
    for b, a in rows:
        sys.stdout.write(f"{b}\t{a}\n")
    print(f"{len(rows)} pairs ({len(only_b)} words only the British list holds)", file=sys.stderr)


if __name__ == "__main__":
    main()
