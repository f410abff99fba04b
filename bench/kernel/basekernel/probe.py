#!/usr/bin/python3
"""Would jupyter-jvm-basekernel 2.3.0 serve Byline? Measures, through jupyter_client, a warm trivial
request -> reply on a do-nothing kernel built on it (ProbeKernel.java) beside Byline answering a
magic that never reaches JShell (%lsmagic), so both figures are protocol overhead only; then sends
one execute_request signed with a wrong key and checks the kernel still answers afterwards.

Usage, from the repository root after ./mvnw -DskipTests package (needs basekernel 2.3.0, jeromq
0.5.1, jnacl 1.0.0 and gson 2.8.5 in ~/.m2, e.g. via ./mvnw dependency:get):
    /usr/bin/python3 bench/kernel/basekernel/probe.py
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from jupyter_client.manager import start_new_kernel

ROOT = Path(__file__).resolve().parents[3]
M2 = Path.home() / ".m2/repository"
JARS = [M2 / "io/github/spencerpark/jupyter-jvm-basekernel/2.3.0/jupyter-jvm-basekernel-2.3.0.jar",
        M2 / "org/zeromq/jeromq/0.5.1/jeromq-0.5.1.jar", M2 / "eu/neilalexander/jnacl/1.0.0/jnacl-1.0.0.jar",
        M2 / "com/google/code/gson/gson/2.8.5/gson-2.8.5.jar"]


def spec(prefix, name, argv):
    d = prefix / "share/jupyter/kernels" / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "kernel.json").write_text(json.dumps({"argv": argv, "display_name": name, "language": "text"}))


def reply(kc, mid, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            m = kc.get_shell_msg(timeout=max(0.01, end - time.monotonic()))
        except Exception:
            return None
        if m["parent_header"].get("msg_id") == mid:
            return m
    return None


def measure(name, code, n=60):
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=120)
    try:
        times = []
        for _ in range(n):
            t = time.monotonic()
            reply(kc, kc.execute(code), 30)
            times.append(time.monotonic() - t)
        warm = statistics.median(times[10:]) * 1000
        good_key = kc.session.key
        kc.session.key = b"not-the-key"
        forged = kc.execute(code)
        kc.session.key = good_key
        forged_reply = reply(kc, forged, 2)
        after = reply(kc, kc.execute(code), 10)
        return warm, forged_reply is not None, after is not None
    finally:
        km.shutdown_kernel(now=True)


def main():
    java = subprocess.run(["bash", "-c", ". scripts/find-jdk.sh && byline_find_jdk && echo $BYLINE_JAVA_HOME"],
                          cwd=ROOT, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    missing = [str(j) for j in JARS if not j.is_file()]
    if missing:
        sys.exit("missing: " + ", ".join(missing))
    work = Path(tempfile.mkdtemp(prefix="basekernel-probe-"))
    classes = work / "classes"
    subprocess.run([f"{java}/bin/javac", "-d", str(classes), "-cp", os.pathsep.join(map(str, JARS)),
                    str(Path(__file__).with_name("ProbeKernel.java"))], check=True)
    prefix = work / "prefix"
    spec(prefix, "basekernel-probe", [f"{java}/bin/java", "-cp", os.pathsep.join([str(classes)] + list(map(str, JARS))),
                                      "ProbeKernel", "{connection_file}"])
    subprocess.run([f"{java}/bin/java", "-jar", str(ROOT / "cli/target/byline.jar"), "kernel", "install",
                    "--prefix", str(prefix), "--no-archive"], check=True, stdout=subprocess.DEVNULL)
    os.environ["JUPYTER_PATH"] = str(prefix / "share/jupyter")
    print(f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print("| kernel | warm trivial request → reply (median of 50) | forged request answered | kernel answers after a forged request |")
    print("|---|---|---|---|")
    for label, name, code in [("basekernel 2.3.0 (echo)", "basekernel-probe", "x"), ("Byline (%lsmagic)", "byline", "%lsmagic")]:
        warm, forged, after = measure(name, code)
        print(f"| {label} | {warm:.1f} ms | {'yes' if forged else 'no'} | {'yes' if after else 'NO (shell dead)'} |")


if __name__ == "__main__":
    main()
