#!/usr/bin/env bash
# A real Apache Kafka (KRaft) on 127.0.0.1 for mailflow's tests and
# benchmarks, from Maven Central jars: no tarball, no container.
#
#   kafka.sh start [--nodes 1|3] [--dir DIR] [--version V]
#       resolves the broker's jars (once; cached in
#       ${XDG_CACHE_HOME:-~/.cache}/mailflow/kafka-V), formats the nodes'
#       storage, starts them, waits until the cluster answers metadata and
#       coordinator requests, and prints the bootstrap address
#       (HOST:PORT,...) on stdout. Three nodes are three combined
#       controller+broker processes with replication factor 3 and
#       min.insync.replicas 2 as the defaults (the internal topics too).
#   kafka.sh stop [--dir DIR]            stops every node (SIGTERM, then SIGKILL)
#   kafka.sh kill-node N [--dir DIR]     SIGKILLs node N (1-based; its node.id)
#   kafka.sh stop-node N [--dir DIR]     SIGTERMs node N and waits for it to exit
#   kafka.sh restart-node N [--dir DIR]  starts node N again on its storage
#   kafka.sh brokers [--dir DIR]         prints the bootstrap address
#   kafka.sh pids [--dir DIR]            prints the running nodes' pids
#
# DIR (default ${TMPDIR:-/tmp}/mailflow-kafka) holds node-N/{server.properties,
# data/, server.log, stdout.log, pid}. Each JVM gets KAFKA_HEAP (default
# -Xmx512m -Xms128m).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
version=${KAFKA_VERSION:-4.4.0}
dir=${MAILFLOW_KAFKA_DIR:-${TMPDIR:-/tmp}/mailflow-kafka}
nodes=1
heap=${KAFKA_HEAP:--Xmx512m -Xms128m}

die() { echo "kafka.sh: $*" >&2; exit 1; }

cmd=${1:-}
[ -n "$cmd" ] || die "usage: kafka.sh start|stop|kill-node|stop-node|restart-node|brokers|pids [options]"
shift
node_arg=
start_cluster() { # one try: fresh ports, format, start, wait
  rm -rf "$dir"
  mkdir -p "$dir"
  chmod 700 "$dir"
  (cd "$repo" && go build -o "$probe" ./internal/kafkatest/cmd/kafkaprobe)
  mapfile -t ports < <("$probe" ports $((2 * nodes)))
  voters= brokers=
  for n in $(seq 1 "$nodes"); do
    voters+="${voters:+,}$n@127.0.0.1:${ports[$((2 * n - 1))]}"
    brokers+="${brokers:+,}127.0.0.1:${ports[$((2 * n - 2))]}"
  done
  echo "$brokers" >"$dir/brokers"
  echo "$nodes" >"$dir/nodes"
  # The cluster id is a base64url UUID; any 16 random bytes make one, but
  # not one starting with '-', which kafka-storage's argument parser takes
  # for an option (1 run in 64 failed to format).
  cluster_id=-
  while [[ $cluster_id == -* ]]; do
    cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
  done
  # The nodes' storage is formatted side by side: each format is a JVM
  # start of its own (seconds of CPU each).
  formats=()
  for n in $(seq 1 "$nodes"); do
    mkdir -p "$dir/node-$n"
    write_config "$n" "$nodes" "${ports[$((2 * n - 2))]}" "${ports[$((2 * n - 1))]}" "$voters"
    "${kjava[@]}" -Dkafka.logs.dir="$dir/node-$n" kafka.tools.StorageTool format \
      -t "$cluster_id" -c "$dir/node-$n/server.properties" >"$dir/node-$n/format.log" 2>&1 &
    formats+=($!)
  done
  for n in $(seq 1 "$nodes"); do
    wait "${formats[$((n - 1))]}" || { cat "$dir/node-$n/format.log" >&2; die "formatting node $n failed"; }
  done
  for n in $(seq 1 "$nodes"); do start_node "$n"; done
  started=$(date +%s)
  wait_ready "$nodes"
}

case "$cmd" in
  kill-node|stop-node|restart-node)
    node_arg=${1:-}
    [[ "$node_arg" =~ ^[1-9]$ ]] || die "$cmd: want a node number, not '${node_arg}'"
    shift ;;
esac
while [ $# -gt 0 ]; do
  case "$1" in
    --nodes) nodes=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    *) die "unknown option $1" ;;
  esac
done

jars=${XDG_CACHE_HOME:-$HOME/.cache}/mailflow/kafka-$version
probe=$dir/kafkaprobe

# resolve copies the broker's jars and their dependency tree from Maven
# Central into the cache; a complete cache is used as is, offline.
resolve() {
  if [ -f "$jars/.complete" ]; then return; fi
  command -v mvn >/dev/null || die "mvn is needed once to fetch Kafka $version's jars"
  echo "kafka.sh: resolving Kafka $version from Maven into $jars" >&2
  rm -rf "$jars.tmp"
  mvn -q -B -f "$here/pom.xml" -Dkafka.version="$version" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$jars.tmp" >&2 \
    || die "mvn could not resolve org.apache.kafka:kafka_2.13:$version"
  rm -rf "$jars"
  mv "$jars.tmp" "$jars"
  touch "$jars/.complete"
}

# kjava is the java command line that runs a Kafka main class on the
# cached jars.
read -r -a kjava <<<"java $heap"
kjava+=(-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true
  "-Dlog4j2.configurationFile=$here/log4j2.properties" -cp "$jars/*")

node_pid() {
  local f=$dir/node-$1/pid
  [ -f "$f" ] || return 1
  local pid
  pid=$(cat "$f")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

start_node() {
  local n=$1 nd=$dir/node-$1
  if node_pid "$n" >/dev/null; then die "node $n runs already (pid $(cat "$nd/pid"))"; fi
  # Its own session: a Ctrl-C in the shell that started it does not reach it.
  setsid "${kjava[@]}" -Dkafka.logs.dir="$nd" kafka.Kafka "$nd/server.properties" \
    >>"$nd/stdout.log" 2>&1 </dev/null &
  echo $! >"$nd/pid"
}

wait_ready() { # nodes [address to ask]
  local want=$1 ask=${2:-$(cat "$dir/brokers")} wp ok=1 n
  "$probe" wait --brokers "$ask" --nodes "$want" --timeout "${KAFKA_START_TIMEOUT:-180s}" &
  wp=$!
  # A node that exited (a port taken, a bad config) will not become
  # ready: say so at once rather than after the whole timeout.
  while kill -0 "$wp" 2>/dev/null; do
    for n in $(seq 1 "$(cat "$dir/nodes")"); do
      if [ -f "$dir/node-$n/pid" ] && ! node_pid "$n" >/dev/null; then
        echo "kafka.sh: node $n exited while starting" >&2
        kill "$wp" 2>/dev/null || true
        break 2
      fi
    done
    sleep 1
  done
  wait "$wp" || ok=0
  if [ "$ok" = 0 ]; then
    for f in "$dir"/node-*/stdout.log "$dir"/node-*/server.log; do
      echo "--- last lines of $f" >&2
      tail -n 20 "$f" >&2 || true
    done
    return 1
  fi
}

stop_node() { # n signal
  local pid
  pid=$(node_pid "$1") || return 0
  kill "-$2" "$pid" 2>/dev/null || true
  for _ in $(seq 1 150); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$dir/node-$1/pid"; return 0; }
    sleep 0.2
  done
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$dir/node-$1/pid"
}

write_config() { # n nodes broker-port-of-n controller-port-of-n voters
  local n=$1 count=$2 bport=$3 cport=$4 voters=$5 rf minisr
  rf=$count
  minisr=$(( count >= 3 ? 2 : 1 ))
  cat >"$dir/node-$n/server.properties" <<EOF
# Node $n of a $count-node KRaft cluster written by deploy/kafka/kafka.sh.
process.roles=broker,controller
node.id=$n
controller.quorum.voters=$voters
listeners=PLAINTEXT://127.0.0.1:$bport,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$bport
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/node-$n/data
# The durability a production cluster of this size has.
default.replication.factor=$rf
min.insync.replicas=$minisr
offsets.topic.replication.factor=$rf
transaction.state.log.replication.factor=$rf
transaction.state.log.min.isr=$minisr
share.coordinator.state.topic.replication.factor=$rf
share.coordinator.state.topic.min.isr=$minisr
# Tests start and stop consumer groups all the time.
group.initial.rebalance.delay.ms=0
num.network.threads=2
num.io.threads=4
num.recovery.threads.per.data.dir=1
log.cleaner.threads=1
EOF
}

case "$cmd" in
  start)
    [ "$nodes" = 1 ] || [ "$nodes" = 3 ] || die "--nodes must be 1 or 3"
    for f in "$dir"/node-*/pid; do
      [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && die "a cluster runs in $dir already; kafka.sh stop --dir $dir"
    done
    resolve
    # A node that loses its port to another program between the choice
    # and the JVM's bind exits with "Address already in use": start again
    # on fresh ports rather than fail the suite.
    for try in 1 2 3; do
      if start_cluster; then break; fi
      "$0" stop --dir "$dir"
      if [ "$try" -lt 3 ] && grep -qs "Address already in use" "$dir"/node-*/server.log; then
        echo "kafka.sh: a port was taken before the broker bound it; starting again on new ports" >&2
        continue
      fi
      die "the cluster did not become ready"
    done
    echo "kafka.sh: Kafka $version, $nodes node(s), ready in $(( $(date +%s) - started ))s; logs in $dir/node-*/" >&2
    echo "$brokers"
    ;;
  stop)
    for f in "$dir"/node-*/pid; do
      [ -f "$f" ] || continue
      n=${f%/pid}; n=${n##*/node-}
      stop_node "$n" TERM
    done
    ;;
  kill-node) stop_node "$node_arg" KILL ;;
  stop-node) stop_node "$node_arg" TERM ;;
  restart-node)
    [ -f "$dir/node-$node_arg/server.properties" ] || die "no node $node_arg in $dir"
    resolve
    start_node "$node_arg"
    # Ask the restarted node itself: the others list it until its session
    # times out.
    wait_ready "$(cat "$dir/nodes")" "$(cut -d, -f"$node_arg" "$dir/brokers")"
    ;;
  brokers) cat "$dir/brokers" ;;
  pids)
    for f in "$dir"/node-*/pid; do
      [ -f "$f" ] || continue
      pid=$(cat "$f")
      kill -0 "$pid" 2>/dev/null && echo "$pid"
    done
    ;;
  *) die "unknown command $cmd" ;;
esac
