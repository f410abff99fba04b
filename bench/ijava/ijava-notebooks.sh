#!/usr/bin/env bash
# Runs every shipped notebook on IJava 1.3.0 built from a checkout you give (SpencerPark/IJava at its 1.3.0 state):
#
#   bench/ijava/ijava-notebooks.sh /path/to/IJava-checkout [WORK_DIR]
#
# IJava builds with Gradle 4.8 and plugins from Gradle's portal; this script builds the same jar without them: its
# three dependencies (jupyter-jvm-basekernel 2.3.0, ivy 2.5.0-rc1, maven-model-builder 3.6.0, as build.gradle
# lists) come from Maven Central, javac compiles src/main/java, and everything goes into one jar, unrelocated as
# IJava's shade configuration leaves it. The kernelspec "ijava" is installed into WORK_DIR only; IJava runs with
# user.home=WORK_DIR/home, where Byline's toolkit is installed (never ~/.m2). Then as jjava-notebooks.sh: README's
# set-up cell first, `jupyter nbconvert --execute`, MIME types compared with the stored ones.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
. "$here/common.sh"
checkout="${1:-}"
if [ -z "$checkout" ] || [ ! -d "$checkout/src/main/java/io/github/spencerpark/ijava" ]; then
  bench_skip IJava "bench/ijava/ijava-notebooks.sh /path/to/IJava [WORK_DIR]"
  exit 0
fi
checkout=$(cd "$checkout" && pwd)
work="${2:-${TMPDIR:-/tmp}/byline-ijava-bench}"
mkdir -p "$work/build/lib" "$work/home/.m2"
work=$(cd "$work" && pwd)
bench_jdk "$root"

echo "== building IJava from $checkout" >&2
cat > "$work/build/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>ijava-dependencies</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>io.github.spencerpark</groupId><artifactId>jupyter-jvm-basekernel</artifactId><version>2.3.0</version></dependency>
    <dependency><groupId>org.apache.ivy</groupId><artifactId>ivy</artifactId><version>2.5.0-rc1</version></dependency>
    <dependency><groupId>org.apache.maven</groupId><artifactId>maven-model-builder</artifactId><version>3.6.0</version></dependency>
  </dependencies>
</project>
POM
"$root/mvnw" -B -q -f "$work/build/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/build/lib" >&2
rm -rf "$work/build/classes" && mkdir -p "$work/build/classes"
javac -nowarn --release 11 -cp "$work/build/lib/*" -d "$work/build/classes" $(find "$checkout/src/main/java" -name '*.java') 2>&1 \
  | grep -v '^Note:' >&2 || true
cp -r "$checkout/src/main/resources/." "$work/build/classes/"
sed -i 's/@version@/1.3.0/; s/@project@/IJava/' "$work/build/classes/ijava-kernel-metadata.json"
(cd "$work/build/classes" && for j in "$work"/build/lib/*.jar; do unzip -q -o "$j" -x 'META-INF/MANIFEST.MF' 2>/dev/null || true; done)
printf 'Main-Class: io.github.spencerpark.ijava.IJava\n' > "$work/build/manifest.txt"
kernel_dir="$work/jupyter/kernels/ijava"
mkdir -p "$kernel_dir"
jar cfm "$kernel_dir/ijava-1.3.0.jar" "$work/build/manifest.txt" -C "$work/build/classes" .
cat > "$kernel_dir/kernel.json" <<JSON
{"argv": ["$JAVA_HOME/bin/java", "-Duser.home=$work/home", "-jar", "$kernel_dir/ijava-1.3.0.jar", "{connection_file}"],
 "display_name": "Java (IJava 1.3.0, Byline bench)", "language": "java", "interrupt_mode": "message", "env": {}}
JSON

bench_install_toolkit "$root" "$work/home"
export JUPYTER_PATH="$work/jupyter"
cd "$root"
/usr/bin/python3 "$here/mime_check.py" --kernel ijava --readme "$root/README.md" --work "$work/executed" notebooks/0*.ipynb
