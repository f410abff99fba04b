#!/usr/bin/python3
# usage: brute_cosine.py GENERATED_DIR [THRESHOLD [FIRST_N_DOCS]]
# Brute-force peer: all-pairs TF-IDF cosine (scikit-learn) over a generated corpus, recall of planted derived pairs.
import json, sys, os, time, glob
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
gen = sys.argv[1]; threshold = float(sys.argv[2]) if len(sys.argv) > 2 else 0.5
t0 = time.time()
files = sorted(glob.glob(gen + '/articles/*.txt'))
if len(sys.argv) > 3: files = files[:int(sys.argv[3])]
ids = [os.path.basename(f)[:-4] for f in files]
texts = [open(f, encoding='utf-8').read() for f in files]
X = TfidfVectorizer(stop_words='english', sublinear_tf=True).fit_transform(texts)
pairs = set(); n = len(ids); chunk = 1000
for s in range(0, n, chunk):
    sims = (X[s:s+chunk] @ X.T).toarray()
    rows, cols = np.nonzero(sims >= threshold)
    for r, c in zip(rows, cols):
        i = s + r
        if i < c:
            pairs.add((ids[i], ids[c]))
elapsed = time.time() - t0
truth = [json.loads(l) for l in open(gen + '/truth.jsonl')]
idset = set(ids)
derived = {tuple(sorted((t['a'], t['b']))) for t in truth if t['type'] == 'relation' and t['relation'] != 'same-topic' and t['a'] in idset and t['b'] in idset}
found = sum(1 for p in derived if p in pairs)
print(f"brute-force sklearn: {n} docs, {n*(n-1)//2} pairs, {len(pairs)} at cosine >= {threshold}, "
      f"recall of planted derived pairs {found}/{len(derived)} = {found/len(derived):.3f}, {elapsed:.1f} s")
