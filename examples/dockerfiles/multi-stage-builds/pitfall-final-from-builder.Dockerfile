FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

# The write-up's "final" stage. FROM builder starts from every layer above:
# the Go toolchain, /go/pkg/mod, /root/.cache/go-build and the source.
FROM builder AS final
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
USER 65532:65532
EXPOSE 3000
ENTRYPOINT ["/app/app"]
