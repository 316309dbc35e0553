# syntax=docker/dockerfile:1
# Needs BuildKit (the default builder since Docker Engine 23.0); the legacy builder
# rejects RUN --mount.
FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder
WORKDIR /src
COPY go.mod go.sum ./
# The module cache lives in a cache mount, not in a layer: when go.mod changes, only
# the modules that are new to the cache are downloaded.
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download
COPY . .
# Mount the same module cache, plus Go's build cache, so unchanged packages are not
# compiled again either.
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot@sha256:d093aa3e30dbadd3efe1310db061a14da60299baff8450a17fe0ccc514a16639 AS runtime
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
USER 65532:65532
EXPOSE 3000
ENTRYPOINT ["/app/app"]
