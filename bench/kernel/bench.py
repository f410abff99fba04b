#!/usr/bin/python3
"""Start-up, latency and interrupt of the Byline kernel beside its peers, through jupyter_client.

Usage (from the repository root, after ./mvnw -DskipTests package):
    /usr/bin/python3 bench/kernel/bench.py [--runs 5] [--warm 30] [--no-rapaio] [--no-ipykernel]
    /usr/bin/python3 bench/kernel/bench.py --starts 20          # Byline only: fresh starts, hangs counted
    /usr/bin/python3 bench/kernel/bench.py --notebooks          # Byline only: RSS with the toolkit in use
    /usr/bin/python3 bench/kernel/bench.py --also-jar OLD.jar   # adds a column for another build

It installs every kernel itself into a temporary JUPYTER_PATH: Byline from cli/target/byline.jar
(`byline kernel install --prefix`, class-data archive included), Debian's ipykernel
(/usr/bin/python3 -m ipykernel_launcher) and, unless --no-rapaio, rapaio-jupyter-kernel from Maven
Central (fetched with ./mvnw dependency:copy). Each kernel gets --runs fresh starts; every figure is
the median over starts, with the spread (min-max) beside it. Prints a Markdown table.

--starts N starts Byline N times (kernel_info, then `1 + 1`, then shutdown; with --also-jar the
other build too, alternating) and counts the starts that hang: no kernel_info_reply or no
execute_reply within 30 s. --notebooks runs every code cell of notebooks/0*.ipynb in one Byline
kernel and prints its resident memory after each notebook.
"""
import argparse
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jupyter_client.manager import KernelManager

ROOT = Path(__file__).resolve().parents[2]
RAPAIO = "io.github.padreati:rapaio-jupyter-kernel:3.0.1"


def java_home():
    out = subprocess.run(["bash", "-c", ". scripts/find-jdk.sh && byline_find_jdk && echo $BYLINE_JAVA_HOME"],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    return Path(out.stdout.strip().splitlines()[-1])


def install_byline(prefix, java, jar=ROOT / "cli/target/byline.jar", name="byline"):
    if not jar.is_file():
        sys.exit(f"no {jar}: run ./mvnw -DskipTests package first")
    out = subprocess.run([str(java / "bin/java"), "-jar", str(jar), "kernel", "install", "--prefix", str(prefix),
                          "--name", name], check=True, capture_output=True, text=True).stdout
    # a kernel installed without its start-up cache measures the slow path: say which one was measured
    cache = [line.strip() for line in out.splitlines() if line.strip().startswith("start-up cache:")]
    print(f"({name}: {cache[0] if cache else 'start-up cache: not reported by this build'})", file=sys.stderr)


def install_ipykernel(prefix):
    d = prefix / "share/jupyter/kernels/ipykernel-debian"
    d.mkdir(parents=True, exist_ok=True)
    (d / "kernel.json").write_text(json.dumps({
        "argv": ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (Debian ipykernel)", "language": "python"}))


def install_rapaio(prefix, java, work):
    out = work / "rapaio"
    r = subprocess.run([str(ROOT / "mvnw"), "-q", "-B", "dependency:copy", f"-Dartifact={RAPAIO}",
                        f"-DoutputDirectory={out}", "-Dmdep.stripVersion=false"], cwd=ROOT,
                       capture_output=True, text=True,
                       env={**os.environ, "JAVA_HOME": str(java)})
    jars = list(out.glob("rapaio-jupyter-kernel-*.jar"))
    if r.returncode != 0 or not jars:
        print(f"(rapaio not measured: could not fetch {RAPAIO}: {r.stdout[-300:]}{r.stderr[-300:]})", file=sys.stderr)
        return False
    d = prefix / "share/jupyter/kernels/rapaio-jupyter-kernel"
    d.mkdir(parents=True, exist_ok=True)
    (d / "kernel.json").write_text(json.dumps({
        # the argv and env its own installer (java -jar ... -i) writes
        "argv": [str(java / "bin/java"), "-jar", str(jars[0]), "{connection_file}"],
        "display_name": "Java (rapaio)", "language": "java", "interrupt_mode": "message",
        "env": {"RJK_COMPILER_OPTIONS": "", "RJK_INIT_SCRIPT": "", "RJK_TIMEOUT_MILLIS": "-1"}}))
    return True


def cpu_seconds(pid):
    """User + system CPU time the process has used so far (load does not inflate it)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return float("nan")


def rss_mib(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def kernel_pid(km):
    p = getattr(km, "provisioner", None)
    proc = getattr(p, "process", None) if p else None
    return proc.pid if proc else km.kernel.pid


def reply_to(kc, msg_id, timeout):
    end = time.monotonic() + timeout
    while True:
        left = end - time.monotonic()
        if left <= 0:
            return None
        try:
            m = kc.get_shell_msg(timeout=left)
        except Exception:
            return None
        if m["parent_header"].get("msg_id") == msg_id:
            return m


def drain_iopub(kc):
    while True:
        try:
            kc.get_iopub_msg(timeout=0.05)
        except Exception:
            return


@contextlib.contextmanager
def started(name):
    """A fresh kernel of kernelspec NAME with its channels open: (manager, client, start time); shut down after."""
    km = KernelManager(kernel_name=name)
    t0 = time.monotonic()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        yield km, kc, t0
    finally:
        kc.stop_channels()
        try:
            km.shutdown_kernel(now=True)
        except Exception:
            pass


def ready_after(kc, t0, limit=30):
    """Asks kernel_info until answered: seconds from t0 to the reply, or None past LIMIT seconds."""
    while time.monotonic() - t0 <= limit:
        kc.kernel_info()
        try:
            if kc.get_shell_msg(timeout=0.2)["msg_type"] == "kernel_info_reply":
                return time.monotonic() - t0   # any reply: under load, answers to earlier asks may come after 0.2 s
        except Exception:
            pass
    return None


def one_start(name, code, loop, completion, warm):
    res = {}
    with started(name) as (km, kc, t0):
        ready = ready_after(kc, t0)
        if ready is None:
            res["hung"] = True
            return res
        res["ready"] = ready
        mid = kc.execute(code)
        r = reply_to(kc, mid, 30)
        if not r or r["content"]["status"] != "ok":
            res["hung"] = True
            return res
        res["first"] = time.monotonic() - t0
        res["cpu"] = cpu_seconds(kernel_pid(km))
        time.sleep(0.3)
        res["rss"] = rss_mib(kernel_pid(km))
        drain_iopub(kc)
        cells, comps = [], []
        for _ in range(warm):
            t = time.monotonic()
            mid = kc.execute(code)
            reply_to(kc, mid, 30)
            cells.append(time.monotonic() - t)
        for _ in range(warm):
            t = time.monotonic()
            mid = kc.complete(completion, len(completion))
            reply_to(kc, mid, 30)
            comps.append(time.monotonic() - t)
        res["warm"] = statistics.median(cells[3:] or cells)
        res["complete"] = statistics.median(comps[3:] or comps)
        drain_iopub(kc)
        mid = kc.execute(loop)
        time.sleep(1.0)
        t = time.monotonic()
        km.interrupt_kernel()
        r = reply_to(kc, mid, 10)
        res["interrupt"] = (time.monotonic() - t) if r else float("inf")
        time.sleep(0.5)   # ipykernel aborts requests that arrive right after an error (stop_on_error)
        mid = kc.execute(code)
        r = reply_to(kc, mid, 10)
        res["usable_after"] = bool(r and r["content"]["status"] == "ok")
        return res


def start_only(name, code):
    """One fresh start: kernel_info, then one cell; whether either went unanswered for 30 s."""
    with started(name) as (_, kc, t0):
        ready = ready_after(kc, t0)
        if ready is None:
            return {"hung": "kernel_info"}
        r = reply_to(kc, kc.execute(code), 30)
        if not r or r["content"]["status"] != "ok":
            return {"hung": "execute", "ready": ready}
        return {"ready": ready, "first": time.monotonic() - t0}


def starts(n, kernels):
    """n fresh starts of each (label, kernelspec) pair, interleaved so load swings hit all alike."""
    results = {label: [] for label, _ in kernels}
    for i in range(n):
        for label, name in kernels:
            results[label].append(start_only(name, "1 + 1"))
            print(f"start {i + 1}/{n} {label}: {results[label][-1]}", file=sys.stderr)
    print(f"\n{n} fresh starts each, interleaved; load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores\n")
    for label, _ in kernels:
        rs = results[label]
        hung = [r for r in rs if "hung" in r]
        print(f"{label}:\n- starts that hang: {len(hung)} of {n}"
              + (f" ({', '.join(r['hung'] for r in hung)})" if hung else ""))
        print(f"- start → kernel_info_reply: {fmt([r.get('ready') for r in rs], 's')}")
        print(f"- start → first `1 + 1` result: {fmt([r.get('first') for r in rs], 's')}")


def notebooks():
    """Resident memory of one Byline kernel while it runs the shipped notebooks, one after another."""
    km = KernelManager(kernel_name="byline")
    km.start_kernel(cwd=str(ROOT / "notebooks"))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        pid = kernel_pid(km)
        print(f"\nByline running notebooks/0*.ipynb in one kernel; load {os.getloadavg()[0]:.1f}\n")
        print("| after notebook | RSS | cells failed |\n|---|---|---|")
        for nb in sorted((ROOT / "notebooks").glob("0*.ipynb")):
            failed = 0
            for cell in json.loads(nb.read_text())["cells"]:
                if cell["cell_type"] == "code":
                    r = reply_to(kc, kc.execute("".join(cell["source"])), 120)
                    failed += 0 if r and r["content"]["status"] == "ok" else 1
            drain_iopub(kc)
            print(f"| {nb.name} | {rss_mib(pid):.0f} MiB | {failed} |")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def fmt(values, unit, scale=1.0, digits=2):
    vals = [v * scale for v in values if v is not None and v == v]
    if not vals:
        return "n/a"
    if any(v == float("inf") for v in vals):
        stopped = [v for v in vals if v != float("inf")]
        return f"never stopped in {len(vals) - len(stopped)} of {len(vals)}"
    med = statistics.median(vals)
    return f"{med:.{digits}f} {unit} ({min(vals):.{digits}f}-{max(vals):.{digits}f})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--warm", type=int, default=30)
    ap.add_argument("--no-rapaio", action="store_true")
    ap.add_argument("--no-ipykernel", action="store_true")
    ap.add_argument("--starts", type=int, default=0, help="Byline only: N fresh starts, count those that hang")
    ap.add_argument("--notebooks", action="store_true", help="Byline only: RSS while running the notebooks")
    ap.add_argument("--also-jar", type=Path, help="another byline.jar (e.g. an older build) as a column of its own, "
                    "installed by its own installer")
    args = ap.parse_args()
    java = java_home()
    work = Path(tempfile.mkdtemp(prefix="byline-bench-"))
    prefix = work / "prefix"
    os.environ["JUPYTER_PATH"] = str(prefix / "share/jupyter")
    os.environ["JUPYTER_RUNTIME_DIR"] = str(work / "runtime")
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    kernels = []
    install_byline(prefix, java)
    if args.starts or args.notebooks:
        if args.starts:
            pairs = [("Byline", "byline")]
            if args.also_jar:
                install_byline(prefix, java, args.also_jar.resolve(), "byline-other")
                pairs.append((f"Byline ({args.also_jar})", "byline-other"))
            starts(args.starts, pairs)
        if args.notebooks:
            notebooks()
        shutil.rmtree(work, ignore_errors=True)
        return
    kernels.append(("Byline", "byline", "1 + 1", "while (true) {}", "Strin"))
    if args.also_jar:
        install_byline(prefix, java, args.also_jar.resolve(), "byline-other")
        kernels.append((f"Byline ({args.also_jar})", "byline-other", "1 + 1", "while (true) {}", "Strin"))
    if not args.no_rapaio and install_rapaio(prefix, java, work):
        kernels.append(("rapaio-jupyter-kernel 3.0.1", "rapaio-jupyter-kernel", "1 + 1", "while (true) {}", "Strin"))
    if not args.no_ipykernel:
        install_ipykernel(prefix)
        kernels.append(("Debian ipykernel", "ipykernel-debian", "1 + 1", "while True: pass", "pri"))
    results = {label: [] for label, *_ in kernels}
    for run in range(args.runs):   # interleave kernels so machine load hits all alike
        for label, name, code, loop, completion in kernels:
            results[label].append(one_start(name, code, loop, completion, args.warm))
            print(f"run {run + 1}/{args.runs} {label}: {results[label][-1]}", file=sys.stderr)
    labels = [k[0] for k in kernels]
    rows = [
        ("start → kernel_info_reply", lambda rs: fmt([r.get("ready") for r in rs], "s")),
        ("start → first `1 + 1` result", lambda rs: fmt([r.get("first") for r in rs], "s")),
        ("CPU time of the kernel at first result", lambda rs: fmt([r.get("cpu") for r in rs], "s")),
        ("warm trivial cell, request → reply", lambda rs: fmt([r.get("warm") for r in rs], "ms", 1000, 1)),
        ("warm completion", lambda rs: fmt([r.get("complete") for r in rs], "ms", 1000, 1)),
        ("RSS after the first cell", lambda rs: fmt([r.get("rss") for r in rs], "MiB", 1, 0)),
        ("interrupt of a hot loop", lambda rs: fmt([r.get("interrupt") for r in rs if "interrupt" in r], "s", 1, 3)),
        ("next cell works after interrupt", lambda rs: f"{sum(1 for r in rs if r.get('usable_after'))} of {len(rs)}"),
        ("starts that hang", lambda rs: f"{sum(1 for r in rs if r.get('hung'))} of {len(rs)}"),
    ]
    cpu = os.cpu_count()
    load = os.getloadavg()[0]
    print(f"\n{args.runs} fresh starts each, medians (min-max); {cpu} cores, load {load:.1f}; "
          f"Java {subprocess.run([str(java / 'bin/java'), '-version'], capture_output=True, text=True).stderr.splitlines()[0]}\n")
    print("| | " + " | ".join(labels) + " |")
    print("|---|" + "---|" * len(labels))
    for title, f in rows:
        print(f"| {title} | " + " | ".join(f(results[l]) for l in labels) + " |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
