# Sourced by ./byline and .ci/run: finds a JDK 21 or newer and sets BYLINE_JAVA_HOME (and BYLINE_JAVA_FEATURE,
# its feature release). Order: $JAVA_HOME if it is 21+, else the newest 21+ JDK under /usr/lib/jvm (or
# $BYLINE_JVM_DIR), else `java` on PATH if it is 21+. On failure it prints one line saying what it found and
# returns 1. Every `byline` run goes through here, so it starts no process unless it must (a symlinked java,
# a JDK without a release file): shell built-ins only, a millisecond saved per process not started.

byline_java_feature_of() {
  # sets BYLINE_FEATURE to the feature release (17, 21, 25) of the java binary $1, or to nothing.
  # The JDK's release file answers without starting a JVM; ask the JVM only when it is missing.
  local java="$1" home line v=""
  if [ -L "$java" ]; then java=$(readlink -f "$java"); fi
  home="${java%/*}"; home="${home%/*}"
  if [ -r "$home/release" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=\"*)
          v="${line#JAVA_VERSION=\"}"; v="${v#1.}"; v="${v%%[!0-9]*}"
          if [ -n "$v" ]; then break; fi ;;
      esac
    done < "$home/release"
  fi
  if [ -z "$v" ]; then
    v=$("$1" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  BYLINE_FEATURE="$v"
}

byline_java_feature() {
  # prints the feature release (17, 21, 25) of the java binary $1, or nothing.
  byline_java_feature_of "$1"
  echo "$BYLINE_FEATURE"
}

byline_find_jdk() {
  BYLINE_JAVA_HOME=""
  BYLINE_JAVA_FEATURE=""
  local found="" v best="" bestv=0 home
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    byline_java_feature_of "$JAVA_HOME/bin/java"; v="$BYLINE_FEATURE"
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$JAVA_HOME/bin/jshell" ] || { [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$JAVA_HOME/bin/javac" ]; }; then
      BYLINE_JAVA_HOME="$JAVA_HOME"; BYLINE_JAVA_FEATURE="$v"; return 0
    fi
    found="JAVA_HOME=$JAVA_HOME (Java ${v:-unknown})"
  fi
  for home in "${BYLINE_JVM_DIR:-/usr/lib/jvm}"/*/; do
    home="${home%/}"
    [ -L "$home" ] && continue
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    byline_java_feature_of "$home/bin/java"; v="$BYLINE_FEATURE"
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$home"; bestv="$v"; fi
    [ -z "$found" ] && found="$home (Java $v)"
  done
  if [ -n "$best" ]; then BYLINE_JAVA_HOME="$best"; BYLINE_JAVA_FEATURE="$bestv"; return 0; fi
  if command -v java >/dev/null 2>&1; then
    local java; java=$(command -v java)
    byline_java_feature_of "$java"; v="$BYLINE_FEATURE"
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      home=$(dirname "$(dirname "$(readlink -f "$java")")")
      BYLINE_JAVA_HOME="$home"; BYLINE_JAVA_FEATURE="$v"; return 0
    fi
    found="${found:+$found; }java on PATH is Java ${v:-unknown} ($java)"
  fi
  echo "byline: needs a JDK 21 or newer, found ${found:-no Java at all}; install one (e.g. Temurin 21) and set JAVA_HOME" >&2
  return 1
}
