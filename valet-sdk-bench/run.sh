#!/usr/bin/env bash
# Runs every benchmark with the settings recorded in README.md; results land in valet-sdk-bench/results/.
# Usage: valet-sdk-bench/run.sh            (from the repository root; builds first)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -Pbench package -pl valet-sdk-core,valet-sdk-providers,valet-sdk-bench
cd valet-sdk-bench
mkdir -p results target/tmp
JVM="-Djava.io.tmpdir=target/tmp"
java $JVM -jar target/benchmarks.jar 'HetznerGetBench' \
  -f 1 -wi 8 -w 1s -i 5 -r 2s -prof gc -jvmArgs "$JVM" \
  -rf json -rff results/hetzner.json | tee results/hetzner.txt
# every health figure in one run; iterations come from each class's @Warmup/@Measurement
java $JVM -jar target/benchmarks.jar 'HealthProbeBench|HealthReportBench|HealthSweepBench|HealthDeadlineBench' \
  -f 1 -prof gc -jvmArgs "$JVM" -rf json -rff results/health.json | tee results/health.txt
