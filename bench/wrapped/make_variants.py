#!/usr/bin/env python3
"""Writes layout variants of plain-text articles (a title line, then blank-line paragraphs) for
run.sh: the same words, only the layout and the quotation marks changed.

  clean/           the articles as given
  wrapped-indent/  paragraphs hard-wrapped by `fmt -w 70`, each opened by a 4-space indent, no blank
                   lines between them (wire archives, LexisNexis exports)
  wrapped-blank/   paragraphs hard-wrapped by `fmt -w 70`, blank lines between them (e-mail)
  typewriter/      curly double quotes as typewriter marks: `` and '' (NYT/LDC archives), wrapped as
                   wrapped-indent
"""
import os
import subprocess
import sys

src, out = sys.argv[1], sys.argv[2]


def fmt(paragraph):
    return subprocess.run(["fmt", "-w", "70"], input=paragraph + "\n", capture_output=True, text=True,
                          check=True).stdout.rstrip("\n").split("\n")


def typewriter(text):
    return text.replace("\u201c", "``").replace("\u201d", "''")


for variant in ("clean", "wrapped-indent", "wrapped-blank", "typewriter"):
    os.makedirs(os.path.join(out, variant), exist_ok=True)
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    with open(os.path.join(src, name), encoding="utf-8") as f:
        text = f.read()
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    title, paragraphs = blocks[0], blocks[1:]
    indent = title + "\n\n" + "\n".join("    " + "\n".join(fmt(p)) for p in paragraphs) + "\n"
    blank = title + "\n\n" + "\n\n".join("\n".join(fmt(p)) for p in paragraphs) + "\n"
    tw = typewriter(title) + "\n\n" + "\n".join("    " + "\n".join(fmt(typewriter(p))) for p in paragraphs) + "\n"
    for variant, body in (("clean", text), ("wrapped-indent", indent), ("wrapped-blank", blank), ("typewriter", tw)):
        with open(os.path.join(out, variant, name), "w", encoding="utf-8") as f:
            f.write(body)
