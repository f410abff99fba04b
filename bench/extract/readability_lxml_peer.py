"""Peer for `byline-bench extraction`: readability-lxml (Debian's python3-readability, a Python port of Mozilla's
Readability) over the same pages, its article text written as JSON {page: text} for `--texts`. DIR is either
readability's test-page folder (NAME/source.html) or trafilatura's test folder (evaldata.json, eval/, cache/).
Usage: /usr/bin/python3 bench/extract/readability_lxml_peer.py DIR OUT.json"""
import json
import os
import sys

import lxml.html
from readability import Document


def text_of(raw):
    try:
        html = Document(raw).summary(html_partial=True)
    except Exception:  # a page the library cannot read gives no text, as a failed extraction would
        return ""
    tree = lxml.html.fromstring(html) if html.strip() else None
    if tree is None:
        return ""
    # block ends become line breaks, so words of adjacent paragraphs are not glued together
    for el in tree.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "blockquote", "td", "div", "br", "tr"):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().split("\n"))
    return "\n\n".join(line for line in lines if line)


def main(folder, out):
    texts = {}
    evaldata = os.path.join(folder, "evaldata.json")
    if os.path.isfile(evaldata):
        with open(evaldata, encoding="utf-8") as f:
            for entry in json.load(f).values():
                name = entry["file"]
                for sub in ("cache", "eval"):
                    path = os.path.join(folder, sub, name)
                    if os.path.isfile(path):
                        with open(path, "rb") as page:
                            texts[name] = text_of(page.read())
                        break
    else:
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name, "source.html")
            if os.path.isfile(path):
                with open(path, "rb") as page:
                    texts[name] = text_of(page.read())
    with open(out, "w", encoding="utf-8") as f:
        json.dump(texts, f, ensure_ascii=False)
    print(f"{len(texts)} pages", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
