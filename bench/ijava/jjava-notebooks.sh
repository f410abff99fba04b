#!/usr/bin/env bash
# Runs every shipped notebook on JJava (the maintained IJava fork) built from a checkout you give:
#
#   bench/ijava/jjava-notebooks.sh /path/to/jjava-checkout [WORK_DIR]
#
# It builds JJava with Maven (mvn package, tests skipped), installs its kernelspec as "java" into WORK_DIR only
# (JUPYTER_PATH; your own kernels are not touched), installs Byline's toolkit artifact into WORK_DIR's own Maven
# repository (never ~/.m2: JJava runs with user.home=WORK_DIR/home, so its %maven resolves from there, and the first
# run downloads the toolkit's dependencies from Maven Central into it), inserts README.md's set-up cell (between
# <!-- ijava-setup --> and <!-- /ijava-setup -->) first in each notebook, executes every notebook with Debian's
# `jupyter nbconvert --execute` and compares the MIME types of every rich output with the stored ones
# (bench/ijava/mime_check.py). Exit 0 only when all run and all keep their types.
# Needs: a JDK 21+ (found as ./byline finds it), Debian's jupyter-nbconvert, python3-nbclient, jupyter-client.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/common.sh"
checkout="${1:-}"
if [ -z "$checkout" ] || [ ! -f "$checkout/pom.xml" ]; then
  bench_skip JJava "bench/ijava/jjava-notebooks.sh /path/to/jjava [WORK_DIR]"
  exit 0
fi
checkout=$(cd "$checkout" && pwd)
work="${2:-${TMPDIR:-/tmp}/byline-jjava-bench}"
mkdir -p "$work"
work=$(cd "$work" && pwd)
bench_jdk "$root"

echo "== building JJava in $checkout" >&2
"$root/mvnw" -B -q -f "$checkout/pom.xml" -DskipTests package >&2
zip=$(ls "$checkout"/jjava-distro/target/jjava-*-kernelspec.zip | head -n 1)
kernel_dir="$work/jupyter/kernels/java"
rm -rf "$kernel_dir" && mkdir -p "$kernel_dir" "$work/home/.m2"
(cd "$kernel_dir" && unzip -q -o "$zip")
/usr/bin/python3 - "$kernel_dir/kernel.json" "$JAVA_HOME/bin/java" "$work/home" <<'PY'
import json, sys
path, java, home = sys.argv[1:]
spec = json.load(open(path))
spec["argv"][0] = java                       # the JDK found above, not whatever java is first on PATH
spec.setdefault("env", {})["JJAVA_JVM_OPTS"] = "-Duser.home=" + home   # its %maven uses home/.m2 only
spec["display_name"] = "Java (JJava, Byline bench)"
json.dump(spec, open(path, "w"), indent=2)
PY

bench_install_toolkit "$root" "$work/home"
export JUPYTER_PATH="$work/jupyter"
cd "$root"
/usr/bin/python3 "$here/mime_check.py" --kernel java --readme "$root/README.md" --work "$work/executed" notebooks/0*.ipynb
