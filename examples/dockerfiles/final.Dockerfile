# app_go with all eleven practices applied; content/walkthrough.mdx builds it up step by step.
#   docker build -f examples/dockerfiles/final.Dockerfile -t app_go examples/app_go
#   docker build -f examples/dockerfiles/final.Dockerfile --target test examples/app_go
FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder

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

FROM gcr.io/distroless/static-debian12:nonroot@sha256:d093aa3e30dbadd3efe1310db061a14da60299baff8450a17fe0ccc514a16639
WORKDIR /app
COPY --from=builder /out/app /app/app
COPY templates/ /app/templates/
USER 65532:65532
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 CMD ["/app/app", "-healthcheck"]
ENTRYPOINT ["/app/app"]
