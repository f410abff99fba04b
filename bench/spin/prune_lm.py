#!/usr/bin/env python3
"""Prunes an ARPA trigram model to the toolkit's english-lm.tsv.gz (see bench/spin/build-lm.sh).

    prune_lm.py MODEL.arpa OUT.tsv.gz [KEEP]

Keeps every unigram of lower-case letters and apostrophes (and <s>, </s>), and the KEEP share (default 0.6) of the
word pairs and of the word triples of such words with the highest joint probability (P(a) P(b|a), P(a) P(b|a)
P(c|a b)); a pair that opens a kept triple is kept with its back-off weight. log10 values are rounded to 0.01.
Lines: "word TAB log10 P TAB log10 back-off", "a b TAB log10 P(b|a) [TAB back-off]", "a b c TAB log10 P(c|a b)",
sorted, so the output is the same for the same model.
"""
import gzip
import re
import sys

WORD = re.compile(r"^([a-z][a-z']*|<s>|</s>)$")


def q(x):
    return '0' if abs(x) < 0.005 else ('%.2f' % x).rstrip('0').rstrip('.')


def main(arpa, out, keep=0.6):
    uni, bi, tri, section = {}, {}, [], 0
    with open(arpa, encoding='utf-8', errors='replace') as f:
        for line in f:
            if line.startswith('\\'):
                section = {'\\1-grams:\n': 1, '\\2-grams:\n': 2, '\\3-grams:\n': 3}.get(line, 0)
                continue
            if not section or line == '\n':
                continue
            p = line.rstrip('\n').split('\t')
            if section == 1:
                uni[p[1]] = (float(p[0]), float(p[2]) if len(p) > 2 else 0.0)
            elif section == 2:
                bi[(p[1], p[2])] = (float(p[0]), float(p[3]) if len(p) > 3 else 0.0)
            else:
                tri.append((p[1], p[2], p[3], float(p[0])))
    ok = lambda w: WORD.match(w) is not None
    pair_joint = {k: uni[k[0]][0] + v[0] for k, v in bi.items() if ok(k[0]) and ok(k[1])}
    triples = [(a, b, c, p, pair_joint[(a, b)] + p) for (a, b, c, p) in tri if (a, b) in pair_joint and ok(c)]
    pair_cut = sorted(pair_joint.values(), reverse=True)[int(len(pair_joint) * keep) - 1]
    triple_cut = sorted((t[4] for t in triples), reverse=True)[int(len(triples) * keep) - 1]
    kept_triples = sorted(t for t in triples if t[4] >= triple_cut)
    contexts = {(t[0], t[1]) for t in kept_triples}
    kept_pairs = sorted(k for k, j in pair_joint.items() if j >= pair_cut or k in contexts)
    with gzip.GzipFile(out, 'wb', compresslevel=9, mtime=0) as raw:
        g = raw
        def put(s):
            g.write(s.encode('utf-8'))
        put('# CMU Sphinx US-English trigram model en-us.lm.bin (Carnegie Mellon University, Alpha Cephei; BSD 2-clause),'
            ' pruned by bench/spin/prune_lm.py, keep %s: %d words, %d pairs, %d triples\n'
            % (keep, sum(1 for w in uni if ok(w)), len(kept_pairs), len(kept_triples)))
        for w in sorted(uni):
            if ok(w):
                put(f"{w}\t{q(uni[w][0])}\t{q(uni[w][1])}\n")
        for k in kept_pairs:
            p, bo = bi[k]
            put(f"{k[0]} {k[1]}\t{q(p)}" + (f"\t{q(bo)}" if k in contexts and abs(bo) >= 0.005 else '') + "\n")
        for t in kept_triples:
            put(f"{t[0]} {t[1]} {t[2]}\t{q(t[3])}\n")
    print(f"{out}: {len(kept_pairs)} pairs, {len(kept_triples)} triples", file=sys.stderr)


if __name__ == '__main__':
    if len(sys.argv) < 3:
        sys.exit('usage: prune_lm.py MODEL.arpa OUT.tsv.gz [KEEP]')
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]) if len(sys.argv) > 3 else 0.6)
