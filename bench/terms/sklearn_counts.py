#!/usr/bin/python3
"""The peer for `byline terms DIR`: scikit-learn's CountVectorizer over the same files, as a whole
process (read, count, write the frequency table term,count,docs as CSV to stdout).

Usage: sklearn_counts.py DIR
"""
import os
import sys

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

def main():
    root = sys.argv[1]
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".txt"))
    vectorizer = CountVectorizer(input="filename", encoding="utf-8", stop_words="english")
    x = vectorizer.fit_transform(files)
    counts = np.asarray(x.sum(axis=0)).ravel()
    docs = np.asarray((x > 0).sum(axis=0)).ravel()
    terms = vectorizer.get_feature_names_out()
    order = np.lexsort((terms, -counts))
    out = sys.stdout
    out.write("term,count,docs\n")
    for i in order:
        out.write(f"{terms[i]},{counts[i]},{docs[i]}\n")

main()
