# The mailflow binary in a small image, for docker-compose.yml and
# production deployments.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/mailflow ./cmd/mailflow
# The data directory the compose file mounts volumes on, owned by the
# image's user: a named volume takes the mount point's owner, and one
# created for a missing directory is root's, which nonroot cannot write.
RUN mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/mailflow /usr/local/bin/mailflow
COPY --from=build --chown=65532:65532 /out/data /data
USER nonroot
ENTRYPOINT ["/usr/local/bin/mailflow"]
