#!/usr/bin/env python3
"""Fits SpinEvidence's logistic model on `byline-bench spin features` TSVs (tune split only) and
reports the document rule on the same files.

    python3 bench/spin/fit_evidence.py f-*.tsv [--l2 1.0] [--clean-max 1] [--out weights.txt]

Each TSV: doc, label (c clean word, s swapped word, u word the spinner left), key, features...
Positives: s rows; negatives: c rows (clean words, taken once per doc across files). The
likelihood ratio of a word is the model's odds over the training base odds. The document evidence
is SpinDetector's: r = 100 * sum over word types of log(1 - rho + rho * LR) / (n + 20), flagged at
r >= T (rho 0.02) with at least --min-types types of LR >= 5; T is set so that at most --clean-max clean tune articles
are flagged, and the spun articles flagged per file are printed.
"""
import argparse
import math
import sys

import numpy as np


def read(path):
    rows = []
    with open(path) as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            p = line.rstrip("\n").split("\t")
            rows.append((p[0], p[1], p[2], [float(x) for x in p[3:]]))
    return header[3:], rows


FREQ = "log_freq_"
CROSSED = ("margin_rare_", "margin_any_", "gain_left_", "gain_right_", "word_in_text", "log_uses", "lm_gain_")


def inputs(names):
    """The model's inputs, as SpinEvidence.INPUTS: the features, then each news-frequency bin crossed with each
    margin and gain bin, the text's own uses and WordNet's use count (how odd a margin is depends on how common
    the word is). Returns (names, function from a feature row to an input row)."""
    freq = [i for i, n in enumerate(names) if n.startswith(FREQ)]
    crossed = [i for p in CROSSED for i, n in enumerate(names) if n.startswith(p)]
    out = list(names) + [f"{names[f]}*{names[c]}" for f in freq for c in crossed]

    def expand(row):
        return list(row) + [row[f] * row[c] for f in freq for c in crossed]
    return out, expand


def fit(X, y, l2):
    """L2-penalised logistic regression by IRLS (Newton), intercept unpenalised."""
    X1 = np.hstack([np.ones((X.shape[0], 1)), X])
    w = np.zeros(X1.shape[1])
    pen = np.full(X1.shape[1], l2)
    pen[0] = 0
    for _ in range(50):
        z = X1 @ w
        p = 1 / (1 + np.exp(-z))
        g = X1.T @ (p - y) + pen * w
        H = (X1 * (p * (1 - p))[:, None]).T @ X1 + np.diag(pen)
        step = np.linalg.solve(H, g)
        w -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    return w


def doc_evidence(rows, lr, rho=0.05, prior=20, odd=math.log(5), cap=30.0):
    """Per doc: (rate, odd types) as SpinDetector computes them (each word's ln LR at most `cap` in the sum)."""
    out = {}
    by = {}
    for (doc, label, key, _), r in zip(rows, lr):
        by.setdefault(doc, []).append((key, r))
    for doc, ws in by.items():
        seen = set()
        s = 0.0
        odd_types = set()
        for key, r in ws:
            if r >= odd:
                odd_types.add(key)
            if key not in seen:
                seen.add(key)
                s += math.log(1 - rho + rho * math.exp(min(r, cap)))
        out[doc] = (max(0.0, 100 * s / (len(ws) + prior)), len(odd_types))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--clean-max", type=int, default=1)
    ap.add_argument("--drop", default="", help="comma-separated feature name prefixes to leave out")
    ap.add_argument("--rho", type=float, default=0.02, help="swap rate of the spun hypothesis (SpinDetector.SWAP_PRIOR)")
    ap.add_argument("--cap", type=float, default=30.0, help="most ln LR one word adds to the document's evidence "
                    "(SpinDetector has no cap: 4.5 was tried in the twentieth session and lost on the check split)")
    ap.add_argument("--min-types", type=int, default=3, help="different odd words (LR >= 5) a flagged text needs "
                    "(SpinDetector.MIN_TYPES; 4 was tried in the twentieth session and flagged a second clean check article)")
    ap.add_argument("--threshold", type=float, help="use this T instead of the one set by --clean-max")
    ap.add_argument("--test", nargs="*", default=[], help="feature TSVs scored at the threshold but not fitted on "
                    "(a spinner held out of the fit: how the model does on a thesaurus it did not learn from)")
    ap.add_argument("--no-interactions", action="store_true", help="the features alone, as before the seventh session")
    ap.add_argument("--out", help="the weights resource to write (toolkit's dev/byline/compare/spin-evidence.tsv)")
    a = ap.parse_args()
    names = None
    clean, spun = {}, {}
    for f in a.files + a.test:
        names, rows = read(f)
        first = {}
        for r in rows:
            if r[1] == "c":
                first.setdefault(r[0], []).append(r)
        for d, rs in first.items():
            clean.setdefault(d, rs)   # the clean articles are the same in every file: once
        spun[f] = [r for r in rows if r[1] != "c"]
    clean_rows = [r for d in sorted(clean) for r in clean[d]]
    if not a.no_interactions:
        names, expand = inputs(names)
        for rs in [clean_rows] + list(spun.values()):
            for k, r in enumerate(rs):
                rs[k] = (r[0], r[1], r[2], expand(r[3]))
    # an input is dropped with its crossed products ("log_freq_2*margin_moby_3" goes with margin_moby_)
    keep = [i for i, n in enumerate(names) if not any(part.startswith(p) for part in n.split("*") for p in a.drop.split(",") if p)]
    pos = [r for f in a.files for r in spun[f] if r[1] == "s"]
    X = np.array([[r[3][i] for i in keep] for r in clean_rows + pos])
    y = np.array([0] * len(clean_rows) + [1] * len(pos), dtype=float)
    w = fit(X, y, a.l2)
    base = math.log(len(pos) / len(clean_rows))

    def lr_of(rows):
        if not rows:
            return []
        Z = np.hstack([np.ones((len(rows), 1)), np.array([[r[3][i] for i in keep] for r in rows])]) @ w
        return list(Z - base)

    # per-word AUC (clean vs swapped)
    zc = np.array(lr_of(clean_rows))
    zs = np.array(lr_of(pos))
    order = np.argsort(np.concatenate([zc, zs]))
    ranks = np.empty(len(order))
    ranks[order] = np.arange(1, len(order) + 1)
    auc = (ranks[len(zc):].sum() - len(zs) * (len(zs) + 1) / 2) / (len(zc) * len(zs))
    print(f"words: {len(clean_rows)} clean, {len(pos)} swapped; AUC {auc:.3f}; base log odds {base:.4f}")
    ce = doc_evidence(clean_rows, lr_of(clean_rows), rho=a.rho, cap=a.cap)
    ok = sorted((r for r, o in ce.values() if o >= a.min_types), reverse=True)
    t = (ok[a.clean_max] + 1e-6) if len(ok) > a.clean_max else 0.0
    t = max(t, 1e-6) if a.threshold is None else a.threshold
    print(f"clean docs {len(ce)}: top rates {[round(x, 4) for x in ok[:4]]}; threshold T = {t:.4f}")
    for f in a.files + a.test:
        se = doc_evidence(spun[f], lr_of(spun[f]), rho=a.rho, cap=a.cap)
        flagged = sum(1 for r, o in se.values() if r >= t and o >= a.min_types)
        held = " (held out of the fit)" if f in a.test else ""
        print(f"  {f}{held}: spun flagged {flagged}/{len(se)}")
    cf = sum(1 for r, o in ce.values() if r >= t and o >= a.min_types)
    print(f"  clean flagged {cf}/{len(ce)}")
    if a.out:
        full = np.zeros(len(names) + 1)
        full[0] = w[0]
        for j, i in enumerate(keep):
            full[i + 1] = w[j + 1]
        with open(a.out, "w") as o:
            o.write("# SpinEvidence's logistic model, written by bench/spin/fit_evidence.py from: "
                    + " ".join(f.split("/")[-1] for f in a.files) + f" (l2 {a.l2}; document threshold T {t:.3f})\n")
            o.write(f"base_log_odds\t{base:.5f}\n")
            o.write(f"intercept\t{full[0]:.5f}\n")
            for n, x in zip(names, full[1:]):
                o.write(f"{n}\t{x:.5f}\n")
        print("weights ->", a.out)


if __name__ == "__main__":
    sys.exit(main())
