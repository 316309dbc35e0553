# syntax=docker/dockerfile:1
# app_go with all eleven practices applied; content/walkthrough.mdx builds it up step by step.
# Needs BuildKit, Docker's default builder since Engine 23.0 (cache mounts, COPY --chmod).
#   docker build -f examples/dockerfiles/final.Dockerfile -t app_go examples/app_go
#   docker build -f examples/dockerfiles/final.Dockerfile --target test examples/app_go
FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder

WORKDIR /src
# Dependencies before source: this layer is rebuilt only when go.mod or go.sum change.
# The cache mounts keep Go's module cache and build cache on the builder between builds,
# outside the image's layers, so a rebuild downloads and compiles only what changed.
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
# The app's source only: app_test.go goes to the test stage, so editing a test does not
# rebuild the binary.
COPY app.go ./
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

# Runs the tests with --target test. BuildKit skips this stage in a default build, because
# the final stage does not depend on it.
FROM builder AS test
COPY app_test.go ./
COPY templates/ ./templates/
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go test ./...

FROM gcr.io/distroless/static-debian13:nonroot@sha256:f7f8f729987ad0fdf6b05eeeae94b26e6a0f613bdf46feea7fc40f7bd72953e6
WORKDIR /app
COPY --from=builder /out/app /app/app
# Readable by the app's user whatever the modes in the checkout: directories 755, files 644.
COPY --chmod=u=rwX,go=rX templates/ /app/templates/
USER 65532:65532
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["/app/app", "-healthcheck"]
ENTRYPOINT ["/app/app"]
