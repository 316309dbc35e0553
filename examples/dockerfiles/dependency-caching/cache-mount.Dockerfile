# syntax=docker/dockerfile:1
# Needs BuildKit (the default builder since Docker Engine 23.0); the legacy builder
# rejects RUN --mount.
FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder
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

FROM gcr.io/distroless/static-debian13:nonroot@sha256:f7f8f729987ad0fdf6b05eeeae94b26e6a0f613bdf46feea7fc40f7bd72953e6 AS runtime
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
USER 65532:65532
EXPOSE 3000
ENTRYPOINT ["/app/app"]
