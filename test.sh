#!/usr/bin/env bash
# The whole test suite: formatting, vet, every package's tests, the race
# detector over the packages that own goroutines, and the multi-process
# fault test (build tag failover).
set -euo pipefail
cd "$(dirname "$0")"

# Each section prints its time and the machine's load average (the suite
# shares its cores) to stderr: "test.sh: <section> took N s (load 1m 5m 15m)".
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'; }
took() { echo "test.sh: $1 took $((SECONDS - $2)) s (load $(loadavg))" >&2; }
t=$SECONDS
# What the suite started or made, ended and removed on exit: the one
# mailflow build, the fuzz binaries, and real Kafka's one-node cluster
# started early (its logs are kept when the suite failed).
bindir= fuzzdir= kafkaone= kafkaone_start=
cleanup() {
  local rc=$?
  if [ -n "$kafkaone" ]; then
    if [ -n "$kafkaone_start" ]; then
      kill "$kafkaone_start" 2>/dev/null || true
      wait "$kafkaone_start" 2>/dev/null || true
    fi
    deploy/kafka/kafka.sh stop --dir "$kafkaone/cluster" >/dev/null 2>&1 || true
    if [ "$rc" -eq 0 ]; then rm -rf "$kafkaone"; else echo "test.sh: the one-node Kafka's logs are in $kafkaone" >&2; fi
  fi
  rm -rf "$bindir" "$fuzzdir"
}
trap cleanup EXIT

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
go vet -tags failover ./failover/
took "gofmt and vet" "$t"; t=$SECONDS
# The packages that own goroutines (and e2e, which drives them together)
# run their tests under the race detector only: the same tests, so a plain
# pass over them too would only repeat them. One go test for them all
# shares the race builds; the longest first.
race=$(go list ./processor/... ./sinks/... ./api/... ./e2e/... ./ingest/... ./broker/... \
  ./incidents/... ./accounts/... ./directory/... ./catcher/...)
plain=$(go list ./... | grep -v -x -F "$race")
go test -count=1 -timeout 15m $plain
took "go test (without -race)" "$t"; t=$SECONDS
go test -count=1 -race -timeout 15m $race
took "go test -race" "$t"; t=$SECONDS
# The API under load (about 30 s): 1,000 live-log streams and 20,000 idle
# connections from client processes on loopback, then the API, the
# processor and the embedded broker must still work (api/loadtest_test.go).
MAILFLOW_LOADTEST=1 go test -count=1 -timeout 5m -run '^TestLoad$' ./api/
took "API load test" "$t"; t=$SECONDS
# One mailflow binary for the suites that run it as OS processes (the
# failover test on kfake and on real Kafka, interop) instead of a build
# in each.
bindir=$(mktemp -d)
go build -o "$bindir/mailflow" ./cmd/mailflow
export MAILFLOW_FAILOVER_BINARY=$bindir/mailflow MAILFLOW_INTEROP_BINARY=$bindir/mailflow
go test -count=1 -tags failover -timeout 15m ./failover/
took "failover on kfake" "$t"; t=$SECONDS

# The real-Kafka suites at the end need Java 17 and Maven; their one-node
# cluster starts now, in the background (half a minute of JVM start),
# while the interop and walkthrough suites mostly wait for their
# processes; deploy/kafka/test-real.sh takes it over
# (MAILFLOW_REAL_KAFKA_ONE).
if ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
  echo "test.sh: the real-Kafka suites need Java 17 and Maven (apt-get install openjdk-17-jre-headless maven; .ci/run installs them)" >&2
  exit 1
fi
kafkaone=$(mktemp -d "${TMPDIR:-/tmp}/mailflow-kafka-one.XXXXXX")
deploy/kafka/kafka.sh start --nodes 1 --dir "$kafkaone/cluster" >"$kafkaone/brokers" 2>"$kafkaone/start.log" &
kafkaone_start=$!

# Interoperability with real third-party clients: kcat (librdkafka) and a
# KafkaJS consumer (.ci/run installs kcat and npm). The consumer's modules
# come from its lockfile, as go test fetches Go modules, so that a fresh
# clone runs this command as the README writes it.
if [ ! -d interop/kafkajs/node_modules ] && command -v npm >/dev/null 2>&1; then
  (cd interop/kafkajs && npm ci --no-audit --no-fund >/dev/null)
fi
go vet -tags interop ./interop/
go test -count=1 -tags interop -timeout 10m ./interop/
took "interop" "$t"; t=$SECONDS
# A newcomer's first hour (about 1 min): builds the binary, runs the
# README's own commands (dev --demo, status, config get, every --help),
# sees the demo's Bad and recovery and the threaded notification mails in
# headless Chromium; screenshots in $MAILFLOW_SCREENSHOT_DIR
# (/tmp/mailflow-walkthrough). Fails when the README and the product disagree.
go vet -tags walkthrough ./walkthrough/
go test -count=1 -tags walkthrough -timeout 12m ./walkthrough/
took "walkthrough" "$t"; t=$SECONDS

# Fuzzing: every `func FuzzX(f *testing.F)` of every package, found anew on
# each run (a target added later runs without an edit here), for
# FUZZTIME each (default 5s) with one worker. `go test` above already ran
# each checked-in corpus (testdata/fuzz/FuzzX); this looks beyond it. One
# instrumented test binary per package (-c -fuzz=. takes one package; -s
# -w: no DWARF to link, which a crash's stack trace does not need), run
# once per target. FUZZJOBS builds, then FUZZJOBS targets, run at a time
# (default: the number of cores), so each target's one worker still has a
# core to itself for its FUZZTIME, as when they ran one by one. A crash
# fails the suite, and its input is written to the package's
# testdata/fuzz/FuzzX, ready to check in as a regression.
fuzztime="${FUZZTIME:-5s}"
# Go minimises each new interesting input for up to 60 s by default, so
# one slow target spent its whole budget minimising its first find and
# fuzzed nothing else (incidents' FuzzDecodeState: 6 inputs in 5 s). A
# count keeps minimising short and has no deadline to race; a crasher is
# still written, minimised or not.
fuzzminimize="${FUZZMINIMIZE:-500x}"
fuzzjobs="${FUZZJOBS:-$(nproc 2>/dev/null || echo 2)}"
fuzzdir=$(mktemp -d)
# spawn LOG COMMAND... runs COMMAND in the background, its output in LOG,
# once fewer than $fuzzjobs of them run; reap waits for one to end, prints
# its output, and ends the suite if it failed.
declare -A joblog=()
reap() {
  local pid rc=0
  wait -n -p pid "${!joblog[@]}" || rc=$?
  cat "${joblog[$pid]}"
  unset "joblog[$pid]"
  if [ "$rc" -ne 0 ]; then
    for pid in "${!joblog[@]}"; do
      pkill -P "$pid" 2>/dev/null || true
      kill "$pid" 2>/dev/null || true
    done
    exit "$rc"
  fi
}
spawn() {
  local log=$1
  shift
  while [ ${#joblog[@]} -ge "$fuzzjobs" ]; do reap; done
  "$@" >"$log" 2>&1 &
  joblog[$!]=$log
}
fuzz_target() { # pkg binary target
  local pkg=$1 bin=$2 target=$3 out try budget=$fuzztime execs
  out=$(mktemp "$fuzzdir/out.XXXXXX")
  echo "fuzz $pkg $target ($fuzztime)"
  for try in 1 2; do
    if (cd "$pkg" && "$bin" -test.run='^$' -test.fuzz="^${target}\$" -test.fuzztime="$budget" -test.fuzzminimizetime="$fuzzminimize" -test.parallel=1 \
      -test.fuzzcachedir="$fuzzdir/cache/${bin##*/}") >"$out" 2>&1; then
      cat "$out"
      return 0
    fi
    cat "$out"
    # Go 1.26's fuzz coordinator can end a time-bounded run with "context
    # deadline exceeded" and no failing input when its workers are starved
    # at the deadline (go.dev/issue/75804, fixed in Go 1.27). A real crash
    # writes an input under testdata/fuzz and fails at once; the race is
    # run again with a count budget of as many inputs as the timed run
    # reached, which has no deadline to race.
    if [ "$try" = 1 ] && grep -q 'context deadline exceeded' "$out" && ! grep -q 'Failing input written' "$out"; then
      execs=$(grep -o 'execs: [0-9]*' "$out" | tail -1 | grep -o '[0-9]*' || true)
      if [ -z "$execs" ] || [ "$execs" -lt 1000 ]; then execs=1000; fi
      budget="${execs}x"
      echo "fuzz $pkg $target: Go's fuzzer hit its deadline race (go.dev/issue/75804) without a failing input; again for $budget inputs"
    else
      return 1
    fi
  done
}
fuzzfiles=$( (git ls-files '*_test.go' 2>/dev/null || find . -name '*_test.go') | xargs grep -l -E '^func Fuzz[A-Za-z0-9_]*\(' || true)
fuzzpkgs=$(for f in $fuzzfiles; do d=$(dirname "$f"); echo "./${d#./}"; done | sort -u)
fuzzbin() { echo "$fuzzdir/$(echo "$1" | tr -c 'A-Za-z0-9\n' _).test"; }
for pkg in $fuzzpkgs; do
  spawn "$(mktemp "$fuzzdir/log.XXXXXX")" go test -c -fuzz=. -ldflags='-s -w' -o "$(fuzzbin "$pkg")" "$pkg"
done
while [ ${#joblog[@]} -gt 0 ]; do reap; done
for pkg in $fuzzpkgs; do
  for target in $(grep -h -o -E '^func Fuzz[A-Za-z0-9_]*\(' "$pkg"/*_test.go | sed -e 's/^func //' -e 's/($//' | sort -u); do
    spawn "$(mktemp "$fuzzdir/log.XXXXXX")" fuzz_target "$pkg" "$(fuzzbin "$pkg")" "$target"
  done
done
while [ ${#joblog[@]} -gt 0 ]; do reap; done
took "fuzzing" "$t"; t=$SECONDS

# The processor, e2e and failover suites again on real Apache Kafka 4.4
# (KRaft), one node and three, run from Maven Central jars with Java 17
# (deploy/kafka/kafka.sh; the jars are cached after the first run).
start_ok=0
wait "$kafkaone_start" || start_ok=$?
kafkaone_start=
cat "$kafkaone/start.log" >&2
if [ "$start_ok" -ne 0 ]; then
  echo "test.sh: real Kafka's one-node cluster did not start" >&2
  exit 1
fi
MAILFLOW_REAL_KAFKA_ONE=$kafkaone/cluster deploy/kafka/test-real.sh
took "real Kafka suites" "$t"
echo "test.sh: the whole suite took $SECONDS s (load $(loadavg))" >&2
