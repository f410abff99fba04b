#!/usr/bin/python3
"""Runs Byline's notebooks on another kernel and compares the MIME types of every rich output with the stored ones.

Used by bench/ijava/jjava-notebooks.sh; run with Debian's /usr/bin/python3 (nbformat, nbconvert).

    mime_check.py --kernel java --setup-cell setup.java --work DIR notebooks/*.ipynb

For each notebook: a copy with the kernelspec set to --kernel and the set-up cell inserted first is executed by
`jupyter nbconvert --execute --allow-errors` in the notebook's own folder (relative paths hold). A notebook "runs"
when no cell produced an error. A rich output is one with any MIME type besides text/plain; the n-th rich output of
a code cell in the stored notebook is compared with the n-th of the same cell in the executed one, and "keeps its
types" when both carry the same set of MIME types.
"""
import argparse
import json
import os
import subprocess
import sys


def rich_types(cell):
    return [sorted(o["data"].keys()) for o in cell.get("outputs", [])
            if "data" in o and any(k != "text/plain" for k in o["data"])]


def errors(cell):
    return [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", required=True)
    ap.add_argument("--setup-cell", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--timeout", type=int, default=900)
    ap.add_argument("notebooks", nargs="+")
    a = ap.parse_args()
    setup = open(a.setup_cell, encoding="utf-8").read()
    os.makedirs(a.work, exist_ok=True)
    ran = kept = total = 0
    for path in a.notebooks:
        stored = json.load(open(path, encoding="utf-8"))
        nb = json.loads(json.dumps(stored))
        nb["metadata"]["kernelspec"] = {"name": a.kernel, "display_name": a.kernel, "language": "java"}
        nb["cells"].insert(0, {"cell_type": "code", "execution_count": None, "id": "ijava-setup", "metadata": {},
                               "outputs": [], "source": setup})
        folder = os.path.dirname(os.path.abspath(path))
        name = os.path.basename(path)
        # a dot-file beside the original (ignored by git), so the kernel's working folder is the notebook's
        tmp = os.path.join(folder, ".bench-" + a.kernel + "-" + name)
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(nb, f)
        out_name = os.path.join(os.path.abspath(a.work), name)
        try:
            proc = subprocess.run(["/usr/bin/python3", "-m", "nbconvert", "--to", "notebook", "--execute",
                                   "--allow-errors", "--ExecutePreprocessor.kernel_name=" + a.kernel,
                                   "--ExecutePreprocessor.timeout=%d" % a.timeout,
                                   "--output", out_name, tmp], capture_output=True, text=True)
        finally:
            os.remove(tmp)
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
