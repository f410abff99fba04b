#!/usr/bin/env python3
"""Fits OriginalRanker's weights: a conditional logit over each swap's candidate originals (the spinner's original
against the others), from `byline-bench spin ranking ... --out F` files of the tune split.

    python3 bench/spin/fit_ranker.py FIT.tsv [FIT2.tsv ...] [--test T.tsv ...] [--l2 1.0] [--drop FEATURE ...]

Prints the weights (in OriginalRanker.FEATURES order) and, per file, the share of swaps whose original is among the
candidates that the fitted weights and the noisy-channel weights rank first.
"""
import argparse
import numpy as np

NOISY = {"bigram_left": 0.5, "bigram_right": 0.5, "trigram": 0.5, "cache": 2.0, "log_channel": -1.0, "moby": -5.0,
         "moby2": -5.0}


def load(path):
    with open(path) as f:
        head = f.readline().rstrip("\n").split("\t")
        feats = head[8:]
        groups = {}
        for line in f:
            p = line.rstrip("\n").split("\t")
            key = (p[0], p[1])
            groups.setdefault(key, []).append((int(p[6]), [float(x) for x in p[8:]]))
    out = []
    for rows in groups.values():
        y = np.array([r[0] for r in rows])
        if y.sum() != 1 or len(rows) < 2:
            continue
        out.append((np.array([r[1] for r in rows]), int(y.argmax())))
    return feats, out, len(groups)


def loglik(groups, w, l2):
    ll = -0.5 * l2 * w @ w
    for x, k in groups:
        s = x @ w
        ll += s[k] - s.max() - np.log(np.exp(s - s.max()).sum())
    return ll


def fit(groups, dim, l2, iters=50):
    w = np.zeros(dim)
    for _ in range(iters):
        g = -l2 * w
        h = -l2 * np.eye(dim)
        for x, k in groups:
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            m = p @ x
            g += x[k] - m
            xc = x - m
            h -= (xc * p[:, None]).T @ xc
        step = np.linalg.solve(h, g)
        before = loglik(groups, w, l2)
        t = 1.0
        while t > 1e-4 and loglik(groups, w - t * step, l2) < before:
            t /= 2   # damped Newton: never a step that lowers the likelihood
        w -= t * step
        if np.abs(t * step).max() < 1e-6:
            break
    return w


def top1(groups, w):
    return sum(1 for x, k in groups if int(np.argmax(x @ w)) == k) / max(1, len(groups))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("fit", nargs="+")
    ap.add_argument("--test", nargs="*", default=[])
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--drop", nargs="*", default=[])
    a = ap.parse_args()
    data = {}
    feats = None
    for path in a.fit + a.test:
        feats, groups, n = load(path)
        data[path] = (groups, n)
    keep = [i for i, f in enumerate(feats) if f not in a.drop]
    pooled = [(x[:, keep], k) for path in a.fit for x, k in data[path][0]]
    w = fit(pooled, len(keep), a.l2)
    full = np.zeros(len(feats))
    full[keep] = w
    noisy = np.array([NOISY.get(f, 0.0) for f in feats])
    print("weights:", ", ".join(f"{f} {v:.3f}" for f, v in zip(feats, full)))
    print("java: {" + ", ".join(f"{v:.3f}" for v in full) + "}")
    for path, (groups, n) in data.items():
        tag = "fit" if path in a.fit else "test"
        print(f"{path} ({tag}): {len(groups)} of {n} swaps offer their original; ranked first: noisy channel "
              f"{top1(groups, noisy):.3f}, fitted {top1(groups, full):.3f}")


if __name__ == "__main__":
    main()
