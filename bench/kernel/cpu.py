#!/usr/bin/python3
"""Where a Byline kernel's CPU goes during bench.py's protocol, per thread: a figure machine load hardly moves.

Usage (from the repository root, after ./mvnw -DskipTests package):
    /usr/bin/python3 bench/kernel/cpu.py [--runs 3] [--warm 30] [--jar LABEL=PATH ...]

Installs each build with its own installer (start-up cache included) into a temporary JUPYTER_PATH, by default
cli/target/byline.jar only; with several --jar the builds take turns, so load hits them alike. Each run does what
bench.py does for one start (first `1 + 1`, 0.3 s pause, --warm cells of `1 + 1`, --warm completions of `Strin`) and
reads the kernel's CPU from /proc before and after, then once more after a second left idle (work the kernel
defers off a cell's path, such as working out the static type of a value `$N`, shows there): the process in all and each thread (the shell thread running
the cell, C1, JShell's class index `Thread-0`, the VM thread's garbage collections, ZeroMQ's I/O). Linux counts thread
CPU in 10 ms ticks, so a per-cell figure over 30 cells moves by ~0.3 ms from one run to the next even when idle.
Wall-clock medians are printed too, with the load average, but on a loaded machine only the CPU columns compare.
"""
import argparse
import collections
import glob
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the same installer and helpers as the table)
from jupyter_client.manager import KernelManager  # noqa: E402

THREADS_SHOWN = ("byline-shell", "C1", "Thread-0", "VM Thread", "iothread-2")


def thread_ms(pid):
    """CPU milliseconds of each thread of the process, C1 compiler threads summed as one."""
    out = collections.Counter()
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    for f in glob.glob(f"/proc/{pid}/task/*/stat"):
        try:
            s = Path(f).read_text()
        except OSError:
            continue   # the thread ended between listing and reading
        name = s[s.index("(") + 1:s.rindex(")")]
        name = "C1" if name.startswith("C1 Comp") else name
        name = "byline-value-types" if name.startswith("byline-value-t") else name   # /proc keeps 15 characters
        fields = s.rsplit(")", 1)[1].split()
        out[name] += (int(fields[11]) + int(fields[12])) * tick_ms
    return out


def one_run(name, warm):
    km = KernelManager(kernel_name=name)
    t0 = time.monotonic()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        mid = kc.execute("1 + 1")
        if not bench.reply_to(kc, mid, 60):
            return None
        res = {"first": time.monotonic() - t0}
        pid = bench.kernel_pid(km)
        res["cpu_first"] = bench.cpu_seconds(pid) * 1000
        time.sleep(0.3)
        bench.drain_iopub(kc)
        before, c0 = thread_ms(pid), bench.cpu_seconds(pid)
        cells = []
        for _ in range(warm):
            t = time.monotonic()
            bench.reply_to(kc, kc.execute("1 + 1"), 30)
            cells.append(time.monotonic() - t)
        after, c1 = thread_ms(pid), bench.cpu_seconds(pid)
        comps = []
        for _ in range(warm):
            t = time.monotonic()
            bench.reply_to(kc, kc.complete("Strin", 5), 30)
            comps.append(time.monotonic() - t)
        c2 = bench.cpu_seconds(pid)
        before_idle = thread_ms(pid)
        time.sleep(1.0)   # what the kernel does once left alone: work deferred off the cells' path shows here
        idle = thread_ms(pid)
        res["cell_cpu"] = (c1 - c0) * 1000 / warm
        res["complete_cpu"] = (c2 - c1) * 1000 / warm
        res["idle_cpu"] = (bench.cpu_seconds(pid) - c2) * 1000
        res["idle_types"] = idle["byline-value-types"] - before_idle["byline-value-types"]
        res["cell_wall"] = statistics.median(cells[3:] or cells) * 1000
        res["complete_wall"] = statistics.median(comps[3:] or comps) * 1000
        for t in THREADS_SHOWN:
            res[t] = (after[t] - before[t]) / warm
        return res
    finally:
        kc.stop_channels()
        try:
            km.shutdown_kernel(now=True)
        except Exception:
            pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--warm", type=int, default=30)
    ap.add_argument("--jar", action="append", default=[], metavar="LABEL=PATH",
                    help="a build to measure (repeatable); default: this checkout's cli/target/byline.jar")
    args = ap.parse_args()
    builds = [tuple(j.split("=", 1)) for j in args.jar] or [("this build", str(bench.ROOT / "cli/target/byline.jar"))]
    java = bench.java_home()
    work = Path(tempfile.mkdtemp(prefix="byline-cpu-"))
    prefix = work / "prefix"
    os.environ["JUPYTER_PATH"] = str(prefix / "share/jupyter")
    os.environ["JUPYTER_RUNTIME_DIR"] = str(work / "runtime")
    names = {}
    for i, (label, jar) in enumerate(builds):
        names[label] = f"byline-{i}"
        bench.install_byline(prefix, java, Path(jar).resolve(), names[label])
    results = {label: [] for label, _ in builds}
    load_start = os.getloadavg()[0]
    for run in range(args.runs):
        for label, _ in builds:
            r = one_run(names[label], args.warm)
            print(f"run {run + 1}/{args.runs} {label}: "
                  + ("no reply" if r is None else ", ".join(f"{k} {v:.1f}" for k, v in r.items())), file=sys.stderr)
            if r:
                results[label].append(r)
    cols = [("first result, s", "first", 2), ("CPU at first result, ms", "cpu_first", 0),
            ("CPU per warm cell, ms", "cell_cpu", 1)] + [(f"… {t}", t, 1) for t in THREADS_SHOWN] + [
            ("CPU per completion, ms", "complete_cpu", 1),
            ("CPU in the idle second after, ms", "idle_cpu", 0), ("… byline-value-types (deferred $N types)", "idle_types", 0),
            ("warm cell wall, ms", "cell_wall", 1),
            ("completion wall, ms", "complete_wall", 1)]
    print(f"\n{args.runs} runs each, medians (min-max); load {load_start:.1f} → {os.getloadavg()[0]:.1f}\n")
    print("| | " + " | ".join(label for label, _ in builds) + " |")
    print("|---|" + "---|" * len(builds))
    for title, key, digits in cols:
        cells = []
        for label, _ in builds:
            vals = [r[key] for r in results[label]]
            cells.append(f"{statistics.median(vals):.{digits}f} ({min(vals):.{digits}f}-{max(vals):.{digits}f})"
                         if vals else "n/a")
        print(f"| {title} | " + " | ".join(cells) + " |")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
