# The mailflow binary in a small image, for docker-compose.yml and
# production deployments.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/mailflow ./cmd/mailflow

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/mailflow /usr/local/bin/mailflow
USER nonroot
ENTRYPOINT ["/usr/local/bin/mailflow"]
