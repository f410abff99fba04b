# Sourced by ./byline and .ci/run: finds a JDK 21 or newer and sets BYLINE_JAVA_HOME.
# Order: $JAVA_HOME if it is 21+, else the newest 21+ JDK under /usr/lib/jvm (or $BYLINE_JVM_DIR),
# else `java` on PATH if it is 21+. On failure it prints one line saying what it found and returns 1.

byline_java_feature() {
  # prints the feature release (17, 21, 25) of the java binary $1, or nothing.
  # The JDK's release file answers without starting a JVM; ask the JVM only when it is missing.
  local home release v
  home=$(dirname "$(dirname "$(readlink -f "$1")")")
  release="$home/release"
  if [ -r "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$release" | head -n 1)
    if [ -n "$v" ]; then echo "$v"; return; fi
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

byline_find_jdk() {
  BYLINE_JAVA_HOME=""
  local found="" v best="" bestv=0 home
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$(byline_java_feature "$JAVA_HOME/bin/java")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$JAVA_HOME/bin/jshell" ] || { [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$JAVA_HOME/bin/javac" ]; }; then
      BYLINE_JAVA_HOME="$JAVA_HOME"; return 0
    fi
    found="JAVA_HOME=$JAVA_HOME (Java ${v:-unknown})"
  fi
  for home in "${BYLINE_JVM_DIR:-/usr/lib/jvm}"/*/; do
    home="${home%/}"
    [ -L "$home" ] && continue
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    v=$(byline_java_feature "$home/bin/java")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$home"; bestv="$v"; fi
    [ -z "$found" ] && found="$home (Java $v)"
  done
  if [ -n "$best" ]; then BYLINE_JAVA_HOME="$best"; return 0; fi
  if command -v java >/dev/null 2>&1; then
    local java; java=$(command -v java)
    v=$(byline_java_feature "$java")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      home=$(dirname "$(dirname "$(readlink -f "$java")")")
      BYLINE_JAVA_HOME="$home"; return 0
    fi
    found="${found:+$found; }java on PATH is Java ${v:-unknown} ($java)"
  fi
  echo "byline: needs a JDK 21 or newer, found ${found:-no Java at all}; install one (e.g. Temurin 21) and set JAVA_HOME" >&2
  return 1
}
