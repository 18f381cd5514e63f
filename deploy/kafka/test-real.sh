#!/usr/bin/env bash
# The processor, e2e and failover suites on real Apache Kafka (see
# kafka.sh): processor and e2e on one node, the failover test on three
# nodes (replication 3, min.insync.replicas 2), each cluster started here
# and stopped on exit. test.sh runs the same suites on kfake.
#
#   deploy/kafka/test-real.sh [go test flags...]
#
# MAILFLOW_REAL_KAFKA_ONE names the directory of a one-node cluster
# kafka.sh started already (test.sh starts it early); it is used instead
# of starting one, and stopped here all the same.
set -euo pipefail
cd "$(dirname "$0")/../.."

run=$(mktemp -d "${TMPDIR:-/tmp}/mailflow-real-kafka.XXXXXX")
kafka=deploy/kafka/kafka.sh
one=${MAILFLOW_REAL_KAFKA_ONE:-$run/one}
three_start=
stop_all() {
  # A three-node start still under way is ended first, so that the nodes
  # it started are stopped too.
  if [ -n "$three_start" ] && kill -0 "$three_start" 2>/dev/null; then
    kill "$three_start" 2>/dev/null || true
    wait "$three_start" 2>/dev/null || true
  fi
  for d in "$one" "$run"/three; do
    [ -d "$d" ] && "$kafka" stop --dir "$d" || true
  done
}
trap 'rc=$?; stop_all; if [ $rc -ne 0 ]; then echo "real-kafka: failed; broker logs in $run" >&2; fi' EXIT

secs() { echo $(( $(date +%s) - $1 ))s; }
# Every suite runs even when an earlier one failed; the script fails at
# the end if any did.
failed=()

t0=$(date +%s)
if [ -n "${MAILFLOW_REAL_KAFKA_ONE:-}" ]; then
  brokers=$("$kafka" brokers --dir "$one")
  echo "real-kafka: 1 node at $brokers (started beforehand in $one)"
else
  brokers=$("$kafka" start --nodes 1 --dir "$one")
  echo "real-kafka: 1 node at $brokers (started in $(secs "$t0"))"
fi
# The three nodes start while the one-node suites run: their JVMs' start
# (a minute of CPU) would otherwise be waited for on its own.
t3=$(date +%s)
"$kafka" start --nodes 3 --dir "$run/three" >"$run/three.brokers" 2>"$run/three.start.log" &
three_start=$!
t=$(date +%s)
# MAILFLOW_TEST_EPOCH_EXHAUSTION=1 in the environment also runs
# TestProducerEpochExhaustion on the real broker: it uses up a producer
# id's 32,767 epochs first, a minute or two on a quiet machine but more
# than 8 on a loaded one, so CI runs it on kfake only.
MAILFLOW_TEST_BROKERS=$brokers MAILFLOW_TEST_EPOCH_EXHAUSTION=${MAILFLOW_TEST_EPOCH_EXHAUSTION:-} \
  go test -count=1 -p 2 -timeout 10m "$@" ./processor/ ./e2e/ || failed+=("processor/e2e on 1 node")
echo "real-kafka: processor and e2e suites on 1 node: $(secs "$t")"
# Issue 15's detections end to end on the real broker: the incidents stage
# (open, escalate, close; crash and replay; rebalance) and the sink's side
# of each detection (an incident's 30 linked domain notifications, delayed
# and silent alerts, silences, reminders, flap control).
t=$(date +%s)
MAILFLOW_TEST_BROKERS=$brokers go test -count=1 -timeout 10m "$@" ./incidents/ || failed+=("incidents on 1 node")
MAILFLOW_TEST_BROKERS=$brokers go test -count=1 -timeout 10m \
  -run '^(TestIncidentNotifications|TestDelayAlerts|TestSilentAlerts|TestSilence|TestSilenceDecidesByMade|TestRepeat|TestFlapControl)$' "$@" ./sinks/ ||
  failed+=("sinks' detection tests on 1 node")
echo "real-kafka: incidents and the sinks' detection tests on 1 node: $(secs "$t")"
"$kafka" stop --dir "$one"

t=$(date +%s)
if wait "$three_start"; then
  three_start=
  brokers=$(cat "$run/three.brokers")
  cat "$run/three.start.log" >&2
  echo "real-kafka: 3 nodes at $brokers (started in $(secs "$t3"), $(secs "$t") after the one-node suites)"
else
  three_start=
  cat "$run/three.start.log" >&2
  echo "real-kafka: the 3-node cluster did not start" >&2
  exit 1
fi
t=$(date +%s)
# -v for the test's own lines (the steps, the SIGTERM exit time, the
# figures); everything in $run/failover.log, and the instances' own logs
# (at info: each restore and its waits, every transition) in
# $run/failover-logs, both kept when the test fails.
MAILFLOW_TEST_BROKERS=$brokers MAILFLOW_TEST_KAFKA_DIR=$run/three \
  MAILFLOW_FAILOVER_LOGS=$run/failover-logs MAILFLOW_FAILOVER_LOG_LEVEL=${MAILFLOW_FAILOVER_LOG_LEVEL:-info} \
  go test -count=1 -v -tags failover -timeout 10m "$@" ./failover/ 2>&1 | tee "$run/failover.log" |
  grep -E '^(--- |ok|FAIL|PASS)|^ {4}[a-z_]+_test\.go:|^ {8}' || failed+=("failover on 3 nodes")
echo "real-kafka: failover suite on 3 nodes: $(secs "$t")"
"$kafka" stop --dir "$run/three"
echo "real-kafka: all suites in $(secs "$t0")"
if [ ${#failed[@]} -gt 0 ]; then
  printf 'real-kafka: FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
rm -rf "$run"
