#!/usr/bin/env bash
# Cold start of the jar and its memory after start: trains the intent model once into the scratch directory's
# model cache (not timed), then starts the server RUNS times there, measures the wall time from launch until
# /health answers 200 (the intent model is loaded eagerly, so the server is ready to answer), and reads the
# resident set size (VmRSS) once it is up.
# Usage: bench/coldstart.sh [runs] [port]   (build first: mvn -DskipTests package)
set -euo pipefail
runs=${1:-5}
port=${2:-18080}
jar="$(cd "$(dirname "$0")/.." && pwd)/app/target/tact.jar"
work=$(mktemp -d)
cd "$work"
java -jar "$jar" train > train.log 2>&1
for i in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" --micronaut.server.port="$port" > "run-$i.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do sleep 0.02; done
  end=$(date +%s%N)
  sleep 1
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  echo "run $i: ready in $(( (end - start) / 1000000 )) ms, RSS $(( rss / 1024 )) MiB ($( [ "$i" = 1 ] && echo 'new database' || echo 'existing database'))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
rm -rf "$work"
