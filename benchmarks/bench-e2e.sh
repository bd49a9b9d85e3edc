#!/bin/sh
# The end-to-end benchmark (Revbridge vs the HubSpot sandbox with HubSpot's limits, and a naive baseline).
# Run from the repository root after `mvn -B -q package -DskipTests`; `--help` lists every option.
here=$(dirname "$0")
exec java -cp "$here/target/benchmarks.jar" io.revbridge.bench.e2e.EndToEndBenchmark "$@"
