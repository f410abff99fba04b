"""Peer for `byline extract` throughput: Python's standard html.parser over the same pages, keeping the text
outside script and style (no article detection, so a floor for what any Python extractor built on it costs)."""
import gzip
import os
import sys
from html.parser import HTMLParser


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.chars = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.chars += len(data.strip())


def main(folder):
    pages = chars = 0
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            path = os.path.join(root, name)
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as f:
                html = f.read().decode("utf-8", errors="replace")
            p = Text()
            p.feed(html)
            p.close()
            pages += 1
            chars += p.chars
    print(f"{pages} pages, {chars} text characters", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
