# app_go with all eleven practices applied; content/walkthrough.mdx builds it up step by step.
#   docker build -f examples/dockerfiles/final.Dockerfile -t app_go examples/app_go
#   docker build -f examples/dockerfiles/final.Dockerfile --target test examples/app_go
FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder

WORKDIR /src
# Dependencies before source: this layer is rebuilt only when go.mod or go.sum change.
# With BuildKit, RUN --mount=type=cache,target=/go/pkg/mod go mod download would also keep
# the module cache between builds; the plain RUN keeps the file buildable by the legacy builder.
COPY go.mod go.sum ./
RUN go mod download
COPY *.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

# Runs the tests with --target test. BuildKit skips this stage in a default build, because
# the final stage does not depend on it; the legacy builder runs every stage, tests included.
FROM builder AS test
COPY templates/ ./templates/
RUN CGO_ENABLED=0 go test ./...

FROM gcr.io/distroless/static-debian13:nonroot@sha256:f7f8f729987ad0fdf6b05eeeae94b26e6a0f613bdf46feea7fc40f7bd72953e6
WORKDIR /app
COPY --from=builder /out/app /app/app
COPY templates/ /app/templates/
USER 65532:65532
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["/app/app", "-healthcheck"]
ENTRYPOINT ["/app/app"]
