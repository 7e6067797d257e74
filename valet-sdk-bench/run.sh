#!/usr/bin/env bash
# Runs every benchmark with the settings recorded in README.md; results land in valet-sdk-bench/results/.
# Usage: valet-sdk-bench/run.sh            (from the repository root; builds first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests install
cd valet-sdk-bench
mkdir -p results target/tmp
JVM="-Djava.io.tmpdir=target/tmp"
java $JVM -jar target/benchmarks.jar 'HetznerGetBench|HealthProbeBench|HealthReportBench|HealthSweepBench' \
  -f 1 -wi 8 -w 1s -i 5 -r 2s -prof gc -jvmArgs "$JVM" \
  -rf json -rff results/steady.json | tee results/steady.txt
java $JVM -jar target/benchmarks.jar 'HealthDeadlineBench' -f 1 -wi 3 -i 10 -prof gc -jvmArgs "$JVM" \
  -rf json -rff results/deadline.json | tee results/deadline.txt
