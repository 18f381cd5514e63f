#!/usr/bin/env bash
# The whole test suite: vet, formatting, every package's tests, and the race
# detector over the packages that own goroutines (processor, sinks, ingest).
set -euo pipefail
cd "$(dirname "$0")"

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
go test -count=1 -timeout 15m ./...
go test -count=1 -race -timeout 15m ./processor/... ./sinks/... ./ingest/...
