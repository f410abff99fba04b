"""Peers for byline-bench: what a Python user would write with scikit-learn for the same task.

Usage: python3 peers.py TASK DIR [SUBSET]
Tasks: load, terms, tfidf, quotes, neardup, compare. Prints a small result (so the work cannot be
skipped) and nothing else on stdout.
"""
import csv
import os
import re
import sys


def read_corpus(root):
    ids, texts = [], []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith('.'))
        for name in sorted(filenames):
            if name.endswith('.txt') and not name.startswith('.'):
                path = os.path.join(dirpath, name)
                with open(path, encoding='utf-8-sig') as f:
                    texts.append(f.read())
                ids.append(os.path.relpath(path, root)[:-4])
    meta = {}
    sidecar = os.path.join(root, 'corpus.csv')
    if os.path.exists(sidecar):
        with open(sidecar, encoding='utf-8') as f:
            for row in csv.DictReader(f):
                meta[row['id']] = row
    return ids, texts, meta


def main():
    task, root = sys.argv[1], sys.argv[2]
    ids, texts, meta = read_corpus(root)
    out = sys.stdout
    if task == 'load':
        w = csv.writer(out)
        w.writerow(['id', 'outlet', 'date', 'paragraphs', 'words', 'chars'])
        for i, t in zip(ids, texts):
            m = meta.get(i, {})
            w.writerow([i, m.get('outlet', ''), m.get('date', ''), len([p for p in t.split('\n') if p.strip()]),
                        len(t.split()), len(t)])
    elif task in ('terms', 'tfidf'):
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
        import numpy as np
        if task == 'terms':
            v = CountVectorizer(stop_words='english')
        else:
            v = TfidfVectorizer(stop_words='english')
        x = v.fit_transform(texts)
        totals = np.asarray(x.sum(axis=0)).ravel()
        vocab = v.get_feature_names_out()
        top = np.argsort(-totals, kind='stable')[:100]
        w = csv.writer(out)
        w.writerow(['term', 'value'])
        for k in top:
            w.writerow([vocab[k], totals[k]])
    elif task == 'quotes':
        # pairs of marks of one style, and a "said X" / "X said" attribution right after
        pattern = re.compile('\u201c([^\u201d]{1,2000})\u201d|"([^"]{1,2000})"|\u00ab([^\u00bb]{1,2000})\u00bb'
                             '|\u2018([^\u2019]{1,2000})\u2019')
        said = re.compile(r'\s*,?\s*(?:said|says|added|told)\s+([A-Z]\w+(?: [A-Z]\w+)?)|\s*,?\s*([A-Z]\w+(?: [A-Z]\w+)?|he|she)\s+(?:said|says|added|told)')
        w = csv.writer(out)
        w.writerow(['doc', 'start', 'end', 'speaker'])
        for i, t in zip(ids, texts):
            for m in pattern.finditer(t):
                g = next(k for k in range(1, 5) if m.group(k) is not None)
                a = said.match(t, m.end())
                speaker = (a.group(1) or a.group(2)) if a else ''
                w.writerow([i, m.start(g), m.end(g), speaker])
    elif task == 'neardup':
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.neighbors import NearestNeighbors
        x = TfidfVectorizer(stop_words='english').fit_transform(texts)
        nn = NearestNeighbors(n_neighbors=min(5, len(texts)), metric='cosine', algorithm='brute').fit(x)
        dist, ind = nn.kneighbors(x)
        w = csv.writer(out)
        w.writerow(['doc_a', 'doc_b', 'cosine'])
        for a in range(len(texts)):
            for d, b in zip(dist[a], ind[a]):
                if b > a and d < 0.5:
                    w.writerow([ids[a], ids[b], 1 - d])
    elif task == 'compare':
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.metrics.pairwise import cosine_similarity
        x = TfidfVectorizer(stop_words='english').fit_transform(texts)
        sim = cosine_similarity(x)
        w = csv.writer(out)
        w.writerow(['doc_a', 'doc_b', 'cosine'])
        n = len(texts)
        for a in range(n):
            for b in range(a + 1, n):
                w.writerow([ids[a], ids[b], '%.4f' % sim[a, b]])
    else:
        sys.stderr.write('peers.py: unknown task %s\n' % task)
        sys.exit(2)


if __name__ == '__main__':
    main()
