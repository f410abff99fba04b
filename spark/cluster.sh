#!/usr/bin/env bash
# A Spark standalone cluster on this machine, for trying the job jar as a cluster runs it: one master
# and N workers, each its own JVM, started from the Spark artifacts Maven resolves (no Spark download,
# no installation), bound to 127.0.0.1 only; and `submit`, which hands the job jar to it through
# Spark's own SparkSubmit, as `spark-submit --master spark://...` does on a real cluster.
#
#   spark/cluster.sh start [--workers N] [--worker-cores C] [--worker-memory 1g]   # prints the master URL
#   spark/cluster.sh submit [SPARK-SUBMIT OPTIONS --] JOB PATHS --out DIR [JOB OPTIONS]
#   spark/cluster.sh status        # master URL, running daemons with their pids, log directory
#   spark/cluster.sh stop          # stops the workers (and their executors) and the master
#
# State (pids, logs, the Spark home of symlinks, executors' work directories) lives in
# $BYLINE_CLUSTER_DIR (default spark/target/cluster): logs/master.log, logs/worker-N.log, and each
# executor's stdout/stderr under work/worker-N/APP-ID/EXECUTOR-ID/.
set -euo pipefail
BYLINE_HOME="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
MODULE="$BYLINE_HOME/spark"
STATE="${BYLINE_CLUSTER_DIR:-$MODULE/target/cluster}"
JOB_JAR="${BYLINE_JOB_JAR:-$MODULE/target/byline-spark-jobs.jar}"
. "$BYLINE_HOME/scripts/find-jdk.sh"
byline_find_jdk || exit 1
export JAVA_HOME="$BYLINE_JAVA_HOME"
JAVA="$JAVA_HOME/bin/java"
say() { echo "cluster: $*" >&2; }
die() { echo "cluster: $*" >&2; exit 1; }

# What Spark's own launcher passes on JDK 17+ (as ./byline-spark and the surefire argLine do).
JAVA_OPTS=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
if [ "$BYLINE_JAVA_FEATURE" -ge 24 ]; then
  JAVA_OPTS+=(--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
fi

# Every daemon, executor and driver binds to the loopback interface only.
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
# The Spark home the daemons see: jars/ holds symlinks to the Maven-resolved Spark jars (the worker
# builds each executor's class path from SPARK_HOME/jars, as on an installed cluster).
export SPARK_HOME="$STATE/home" SPARK_SCALA_VERSION=2.13 SPARK_CONF_DIR="$STATE/home/conf"

mvnw() {
  if [ "$BYLINE_JAVA_FEATURE" -ge 24 ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"; fi
  (cd "$BYLINE_HOME" && ./mvnw -q -B "$@" >&2)
}

# Lays out $SPARK_HOME from spark/cluster/pom.xml (Spark and the Hadoop client only, none of Byline),
# again whenever that pom or the parent (which pins the versions) is newer than the layout.
spark_home() {
  # resolved once per checkout (not per cluster directory): Maven takes seconds even offline
  local cp="$MODULE/target/spark-classpath.txt"
  if [ ! -f "$cp" ] || [ "$MODULE/cluster/pom.xml" -nt "$cp" ] || [ "$BYLINE_HOME/pom.xml" -nt "$cp" ]; then
    mkdir -p "$MODULE/target"
    say "resolving Spark's class path with Maven (spark/cluster/pom.xml) ..."
    mvnw -o -f spark/cluster/pom.xml dependency:build-classpath -Dmdep.outputFile="$cp.new" 2>/dev/null \
      || mvnw -f spark/cluster/pom.xml dependency:build-classpath -Dmdep.outputFile="$cp.new" \
      || die "Maven could not resolve Spark; run (cd $BYLINE_HOME && ./mvnw -f spark/cluster/pom.xml dependency:build-classpath) to see why"
    mv "$cp.new" "$cp"
  fi
  if [ ! -d "$SPARK_HOME/jars" ] || [ "$cp" -nt "$SPARK_HOME/jars" ]; then
    rm -rf "$SPARK_HOME"
    mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf"
    local jar
    tr ':' '\n' < "$cp" | while IFS= read -r jar; do
      [ -n "$jar" ] && ln -sf "$jar" "$SPARK_HOME/jars/$(basename "$jar")"
    done
    # daemons and executors log at INFO into their log files; the driver run by `submit` uses
    # spark/conf/log4j2.properties (one line of its own, errors only) unless BYLINE_SPARK_LOG is set
    cat > "$SPARK_HOME/conf/log4j2.properties" <<'EOF'
rootLogger.level = info
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{yy/MM/dd HH:mm:ss} %p %c{1}: %m%n
logger.hadoop.name = org.apache.hadoop.util.NativeCodeLoader
logger.hadoop.level = off
EOF
  fi
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Starts a daemon in the background; its pid goes to pids/NAME, its output to logs/NAME.log.
daemon() { # name heap class args...
  local name="$1" heap="$2" class="$3"; shift 3
  nohup "$JAVA" "${JAVA_OPTS[@]}" -Xmx"$heap" -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" \
    "$class" "$@" > "$STATE/logs/$name.log" 2>&1 < /dev/null &
  echo $! > "$STATE/pids/$name"
}

# Waits until logs/NAME.log shows PATTERN (prints the match), or fails naming the log.
await() { # name pattern seconds
  local name="$1" pattern="$2" limit="$3" i line
  for ((i = 0; i < limit * 5; i++)); do
    line=$(grep -o -m1 -E "$pattern" "$STATE/logs/$name.log" 2>/dev/null || true)
    if [ -n "$line" ]; then echo "$line"; return 0; fi
    running "$STATE/pids/$name" || die "the $name stopped while starting; see $STATE/logs/$name.log"
    sleep 0.2
  done
  die "the $name did not start within $limit s; see $STATE/logs/$name.log"
}

start() {
  local workers=2 cores=1 memory=1g
  while [ $# -gt 0 ]; do
    case "$1" in
      --workers) workers="$2"; shift 2 ;;
      --worker-cores) cores="$2"; shift 2 ;;
      --worker-memory) memory="$2"; shift 2 ;;
      *) echo "cluster: unknown option '$1' for start (--workers N, --worker-cores C, --worker-memory SIZE)" >&2; exit 2 ;;
    esac
  done
  if running "$STATE/pids/master"; then die "already running at $(cat "$STATE/master-url"); stop it first"; fi
  spark_home
  rm -rf "$STATE/logs" "$STATE/pids" "$STATE/work" "$STATE/master-url"
  mkdir -p "$STATE/logs" "$STATE/pids" "$STATE/work"
  # port 0: the master, the workers and their web UIs take free ports, so two clusters never collide
  daemon master 512m -Dspark.master.rest.enabled=false org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0
  local url
  url=$(await master 'spark://127\.0\.0\.1:[0-9]+' 60) || { stop; exit 1; }
  echo "$url" > "$STATE/master-url"
  local n
  for ((n = 1; n <= workers; n++)); do
    mkdir -p "$STATE/work/worker-$n"
    daemon "worker-$n" 256m org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
      --cores "$cores" --memory "$memory" --work-dir "$STATE/work/worker-$n" "$url"
  done
  for ((n = 1; n <= workers; n++)); do
    await "worker-$n" 'Successfully registered with master' 60 > /dev/null || { stop; exit 1; }
  done
  say "master $url, $workers workers ($cores core(s), $memory each); logs in $STATE/logs"
  echo "$url"
}

stop() {
  local f pid stopped=0
  [ -d "$STATE/pids" ] || { say "not running"; return 0; }
  # workers first (each ends its executors), then the master
  for f in "$STATE"/pids/worker-* "$STATE/pids/master"; do
    [ -f "$f" ] || continue
    pid=$(cat "$f")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      local i
      for ((i = 0; i < 100 && $(kill -0 "$pid" 2>/dev/null && echo 1 || echo 0); i++)); do sleep 0.1; done
      if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
      stopped=$((stopped + 1))
    fi
    rm -f "$f"
  done
  rm -f "$STATE/master-url"
  say "stopped $stopped daemon(s); logs kept in $STATE/logs"
}

status() {
  if ! running "$STATE/pids/master"; then say "not running"; return 1; fi
  echo "master $(cat "$STATE/master-url")"
  local f
  for f in "$STATE"/pids/*; do
    running "$f" && echo "$(basename "$f") pid $(cat "$f")"
  done
  echo "logs $STATE/logs"
}

# spark-submit, client mode: the driver runs in this JVM with Spark's class path, and the job jar
# (the toolkit inside it) is shipped to the executors by Spark, as on any cluster.
submit() {
  running "$STATE/pids/master" || die "no cluster running; start one with: spark/cluster.sh start"
  [ -f "$JOB_JAR" ] || die "no job jar at $JOB_JAR; build it with: ./mvnw -q -B -DskipTests -pl spark -am package"
  local options=() a
  for a in "$@"; do
    if [ "$a" = "--" ]; then
      while [ "$1" != "--" ]; do options+=("$1"); shift; done
      shift; break
    fi
  done
  local log=(-Dlog4j2.configurationFile="$MODULE/conf/log4j2.properties")
  if [ -n "${BYLINE_SPARK_LOG:-}" ]; then log=(); fi
  exec "$JAVA" "${JAVA_OPTS[@]}" "${log[@]}" -Xmx"${BYLINE_DRIVER_MEMORY:-1g}" \
    -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
    --master "$(cat "$STATE/master-url")" --deploy-mode client --name "byline-spark ${1:-}" \
    --class dev.byline.spark.SparkMain \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
    "${options[@]}" "$JOB_JAR" "$@"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop ;;
  status) shift; status ;;
  submit) shift; submit "$@" ;;
  *) echo "usage: spark/cluster.sh start [--workers N] [--worker-cores C] [--worker-memory SIZE] | submit [OPTIONS --] JOB ARGS | status | stop" >&2
     exit 2 ;;
esac
