#!/usr/bin/python3
"""A quick stand-in news corpus for the terms benchmark when bench/'s generator is not at hand.

Usage: make_quick_corpus.py DIR MEGABYTES [SEED]

Words come from /usr/share/dict/words (Debian package wamerican) with Zipf-distributed frequencies
(so the vocabulary keeps growing with the corpus, as real news does), in sentences of varying length
with capitals, commas, curly quotes, possessives (Estonia’s), numbers and paragraphs; files of
2-8 KB, 1,000 to a directory. Deterministic for a given seed.
"""
import os
import random
import sys

def main():
    out, megabytes = sys.argv[1], float(sys.argv[2])
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    with open("/usr/share/dict/words", encoding="utf-8") as f:
        words = [w.strip() for w in f if w.strip() and "'" not in w]
    rng.shuffle(words)
    weights = [1.0 / (r + 2.7) ** 1.07 for r in range(len(words))]
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    target = int(megabytes * 1_000_000)
    written, n = 0, 0
    pool, at = [], 0
    def word():
        nonlocal pool, at
        if at >= len(pool):
            pool, at = rng.choices(words, cum_weights=cum, k=200_000), 0
        at += 1
        return pool[at - 1]
    while written < target:
        size = rng.randint(2000, 8000)
        paragraphs, length = [], 0
        while length < size:
            sentences = []
            for _ in range(rng.randint(1, 4)):
                k = rng.randint(6, 32)
                ws = [word() for _ in range(k)]
                ws[0] = ws[0][:1].upper() + ws[0][1:]
                if rng.random() < 0.3:
                    ws[rng.randrange(1, k)] += ","
                if rng.random() < 0.15:
                    i = rng.randrange(1, k)
                    ws[i] = ws[i][:1].upper() + ws[i][1:] + "\u2019s"
                if rng.random() < 0.1:
                    ws.insert(rng.randrange(1, k), str(rng.randint(2, 2030)))
                s = " ".join(ws) + rng.choice([".", ".", ".", "?", "!"])
                if rng.random() < 0.2:
                    s = "\u201c" + s + "\u201d " + word().capitalize() + " said."
                sentences.append(s)
            p = " ".join(sentences)
            paragraphs.append(p)
            length += len(p) + 1
        text = "\n\n".join(paragraphs) + "\n"
        d = os.path.join(out, f"{n // 1000:04d}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"{n:07d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
        written += len(text.encode("utf-8"))
        n += 1
    print(f"{n} files, {written / 1e6:.1f} MB in {out}")

main()
