#!/usr/bin/env python3
"""Agreement of a layout variant with the clean text: quotes (exact span, compared as the quotation's
text with whitespace runs as one space and typewriter marks as curly ones, so equal text at the same
occurrence is the same span), sentences and titles. Prints precision, recall and F1 against clean."""
import collections
import csv
import sys


def norm(s):
    return " ".join(s.replace("``", "\u201c").replace("''", "\u201d").split())


def quotes(path):
    keys = collections.Counter()
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            keys[(row["doc"], norm(row["text"]), row["kind"])] += 1
    return keys


def sentences(path):
    keys, titles = collections.Counter(), {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "TITLE":
                titles[parts[0]] = norm(parts[2])
            else:
                keys[(parts[0], norm(parts[1]))] += 1
    return keys, titles


def f1(ref, got):
    tp = sum((ref & got).values())
    p = tp / max(1, sum(got.values()))
    r = tp / max(1, sum(ref.values()))
    return p, r, 0 if p + r == 0 else 2 * p * r / (p + r)


what, ref, got = sys.argv[1], sys.argv[2], sys.argv[3]
if what == "quotes":
    p, r, f = f1(quotes(ref), quotes(got))
    print(f"quotes     P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
else:
    (rs, rt), (gs, gt) = sentences(ref), sentences(got)
    p, r, f = f1(rs, gs)
    same = sum(1 for d in rt if gt.get(d) == rt[d])
    print(f"sentences  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   titles same {same}/{len(rt)}")
