#!/usr/bin/env bash
# Kills Revbridge (kill -9) at random moments of a sync against the HubSpot sandbox and restarts it, over and over,
# on one H2 store; stops at the first restart that makes no progress for 90 s and saves its thread dump.
# Run from the repository root after `mvn -B -q package -DskipTests`:
#   benchmarks/kill-loop.sh [KILLS (default 60)] [CONTACTS (default 20000)]
# Prints each kill, then how many starts finished commits H2 had left half done and repaired the store after the
# kill (docs/store.md), how many failed, and whether any start hung. Work folder: a new temp folder, printed at the
# start. Talks to 127.0.0.1 only.
set -euo pipefail
kills=${1:-60}
contacts=${2:-20000}
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/connector-app/target/revbridge.jar"
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
echo "work folder: $work (sandbox on 127.0.0.1:$port, $contacts contacts)"

java -cp "$root/benchmarks/target/benchmarks.jar" io.revbridge.sandbox.SandboxMain --port "$port" \
  --records "$contacts" --burst-per-10s 0 --search-per-second 0 > "$work/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  grep -q "listening" "$work/sandbox.log" 2>/dev/null && break
  sleep 1
done

cat > "$work/revbridge.yaml" <<YAML
store:
  url: jdbc:h2:file:$work/store
sync:
  pollIntervalSeconds: 3600
connections:
  - name: main
    crm: hubspot
    baseUrl: http://127.0.0.1:$port
    accessToken: \${KILL_LOOP_TOKEN}
    clientSecret: \${KILL_LOOP_SECRET}
    objects: [contacts]
    options:
      burstPer10s: "1000"
      searchPerSecond: "50"
YAML
export KILL_LOOP_TOKEN=sandbox-token KILL_LOOP_SECRET=kill-loop
log="$work/revbridge.log"
touch "$log"

hung=0
for i in $(seq 1 "$kills"); do
  java -jar "$jar" sync --once --config "$work/revbridge.yaml" >> "$log" 2>&1 &
  pid=$!
  ms=$((1500 + RANDOM % 9000))
  sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
  # Kill at the next progress line, so the kill lands inside the pass; a start that prints none in 90 s is hung.
  lines=$(wc -l < "$log")
  progressed=0
  for _ in $(seq 1 90); do
    if ! kill -0 "$pid" 2>/dev/null || [ "$(wc -l < "$log")" -gt "$lines" ]; then
      progressed=1
      break
    fi
    sleep 1
  done
  if [ "$progressed" = 0 ]; then
    jcmd "$pid" Thread.print > "$work/hung-threads.txt" 2>&1 || true
    kill -9 "$pid" 2>/dev/null || true
    echo "kill $i: the start made no progress in 90 s; threads in $work/hung-threads.txt"
    hung=1
    break
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "kill $i after ${ms} ms: $(tail -1 "$log")"
done

finished=$(grep -c "interrupted by an unclean stop; they were finished" "$log" || true)
echo "starts that finished commits H2 had left half done: $finished"
echo "starts that repaired the store after the kill (indexes rebuilt): $(grep -c "Checked the store after the unclean stop" "$log" || true)"
echo "starts that failed: $(grep -c "^error:" "$log" || true)"
echo "hung: $([ "$hung" = 1 ] && echo yes || echo no)"
exit "$hung"
