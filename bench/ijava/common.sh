# Sourced by jjava-notebooks.sh and ijava-notebooks.sh: the shared steps.

# bench_skip NAME USAGE: the loud message when no checkout is given; the caller exits 0 after it.
bench_skip() {
  echo "=================================================================================" >&2
  echo " SKIPPED: no $1 checkout given. Nothing was run." >&2
  echo " Usage: $2" >&2
  echo " (CI cannot fetch it, so this check is run by hand with a checkout)" >&2
  echo "=================================================================================" >&2
}

# bench_jdk ROOT: JAVA_HOME and PATH to the JDK 21+ ./byline uses.
bench_jdk() {
  . "$1/scripts/find-jdk.sh"
  byline_find_jdk || exit 1
  export JAVA_HOME="$BYLINE_JAVA_HOME" PATH="$BYLINE_JAVA_HOME/bin:$PATH"
  export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"
  for m in nbconvert nbclient jupyter_client; do
    /usr/bin/python3 -c "import $m" 2>/dev/null || {
      echo "bench: Debian's python3 lacks $m: apt-get install -y jupyter-client python3-nbclient jupyter-nbconvert python3-ipykernel" >&2
      exit 1; }
  done
}

# bench_install_toolkit ROOT HOME: dev.byline:byline-toolkit into HOME/.m2/repository (never the user's ~/.m2).
bench_install_toolkit() {
  echo "== installing Byline's toolkit into $2/.m2/repository" >&2
  "$1/mvnw" -B -q -f "$1/pom.xml" -pl toolkit -DskipTests install -Dmaven.repo.local="$2/.m2/repository" >&2
}
