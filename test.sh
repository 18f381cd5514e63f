#!/usr/bin/env bash
# The whole test suite: formatting, vet, every package's tests, the race
# detector over the packages that own goroutines, and the multi-process
# fault test (build tag failover).
set -euo pipefail
cd "$(dirname "$0")"

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
go vet -tags failover ./failover/
go test -count=1 -timeout 15m ./...
go test -count=1 -race -timeout 15m ./processor/... ./sinks/... ./ingest/... ./e2e/...
go test -count=1 -tags failover -timeout 15m ./failover/
