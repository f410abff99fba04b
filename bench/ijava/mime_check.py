#!/usr/bin/python3
"""Runs Byline's notebooks on another kernel and compares the MIME types of every rich output with the stored ones.

Used by bench/ijava/jjava-notebooks.sh; run with Debian's /usr/bin/python3 (nbformat, nbconvert).

    mime_check.py --kernel java --readme README.md --work DIR notebooks/*.ipynb

The set-up cell is the first fenced block of README.md between <!-- ijava-setup --> and <!-- /ijava-setup -->.

For each notebook: a copy with the kernelspec set to --kernel and the set-up cell inserted first is executed by
`jupyter nbconvert --execute --allow-errors` in a folder of WORK that mirrors the notebooks' folder with links (so
relative paths hold and nothing is written into notebooks/). A notebook "runs"
when no cell produced an error. A rich output is one with any MIME type besides text/plain; the n-th rich output of
a code cell in the stored notebook is compared with the n-th of the same cell in the executed one, and "keeps its
types" when both carry the same set of MIME types.
"""
import argparse
import json
import os
import re
import subprocess
import sys


def rich_types(cell):
    return [sorted(o["data"].keys()) for o in cell.get("outputs", [])
            if "data" in o and any(k != "text/plain" for k in o["data"])]


def errors(cell):
    return [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]


def setup_cell(readme):
    text = open(readme, encoding="utf-8").read()
    part = text.split("<!-- ijava-setup -->", 1)[1].split("<!-- /ijava-setup -->", 1)[0]
    return re.search(r"```[a-z]*\n(.*?)```", part, re.S).group(1).rstrip("\n")


def mirror(folder, work):
    """A folder in WORK/tree standing for the notebooks' folder: its files and its siblings (corpus/) linked, so the
    notebooks' relative paths hold while nothing is written beside the originals."""
    tree = os.path.join(os.path.abspath(work), "tree")
    copy = os.path.join(tree, os.path.basename(folder))
    os.makedirs(copy, exist_ok=True)
    parent = os.path.dirname(folder)
    for entry in os.listdir(parent):
        if entry != os.path.basename(folder):
            relink(os.path.join(parent, entry), os.path.join(tree, entry))
    for entry in os.listdir(folder):
        if not entry.endswith(".ipynb"):
            relink(os.path.join(folder, entry), os.path.join(copy, entry))
    return copy


def relink(target, link):
    """LINK pointing at TARGET. A link left by an earlier run from another checkout is replaced: kept, it made the
    notebooks read that checkout's data (an old answers.json, no data/web) and fail for no fault of the kernel."""
    if os.path.islink(link):
        if os.readlink(link) == target:
            return
        os.unlink(link)
    os.symlink(target, link)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", required=True)
    ap.add_argument("--readme", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("notebooks", nargs="+")
    a = ap.parse_args()
    setup = setup_cell(a.readme)
    print("set-up cell:\n    " + setup.replace("\n", "\n    "))
    os.makedirs(a.work, exist_ok=True)
    ran = kept = total = 0
    for path in a.notebooks:
        stored = json.load(open(path, encoding="utf-8"))
        nb = json.loads(json.dumps(stored))
        nb["metadata"]["kernelspec"] = {"name": a.kernel, "display_name": a.kernel, "language": "java"}
        nb["cells"].insert(0, {"cell_type": "code", "execution_count": None, "id": "ijava-setup", "metadata": {},
                               "outputs": [], "source": setup})
        name = os.path.basename(path)
        tmp = os.path.join(mirror(os.path.dirname(os.path.abspath(path)), a.work), name)
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(nb, f)
        out_name = os.path.join(os.path.abspath(a.work), name)
        proc = subprocess.run(["/usr/bin/python3", "-m", "nbconvert", "--to", "notebook", "--execute",
                               "--allow-errors", "--ExecutePreprocessor.kernel_name=" + a.kernel,
                               "--ExecutePreprocessor.timeout=%d" % a.timeout,
                               "--output", out_name, tmp], capture_output=True, text=True)
        if proc.returncode != 0 or not os.path.exists(out_name):
            print("%s: nbconvert failed (exit %d): %s" % (name, proc.returncode, proc.stderr.strip()[-600:]))
            executed = None
        else:
            executed = json.load(open(out_name, encoding="utf-8"))
        stored_code = [c for c in stored["cells"] if c["cell_type"] == "code"]
        run_code = [c for c in executed["cells"] if c["cell_type"] == "code"][1:] if executed else []
        setup_errors = errors([c for c in executed["cells"] if c["cell_type"] == "code"][0]) if executed else []
        failed = [i for i, c in enumerate(run_code) if errors(c)] + (["setup"] if setup_errors else [])
        nb_kept = nb_total = 0
        mismatches = []
        for i, cell in enumerate(stored_code):
            want = rich_types(cell)
            got = rich_types(run_code[i]) if i < len(run_code) else []
            for j, types in enumerate(want):
                nb_total += 1
                if j < len(got) and got[j] == types:
                    nb_kept += 1
                else:
                    mismatches.append("cell %d: stored %s, got %s" % (i + 1, types, got[j] if j < len(got) else "nothing"))
        ok = executed is not None and not failed
        ran += ok
        kept += nb_kept
        total += nb_total
        print("%-40s %s  rich outputs keeping their types %d/%d" % (name, "ran   " if ok else "FAILED", nb_kept, nb_total))
        for c in failed:
            cell = (executed["cells"][0] if c == "setup" else run_code[c])
            e = errors(cell)[0]
            print("    error in cell %s: %s: %s" % (c if c == "setup" else c + 1, e.get("ename"), e.get("evalue", "")[:300]))
        for m in mismatches[:8]:
            print("    " + m)
    print("notebooks run %d/%d, rich outputs keeping their types %d/%d" % (ran, len(a.notebooks), kept, total))
    return 0 if ran == len(a.notebooks) and kept == total else 1


if __name__ == "__main__":
    sys.exit(main())
