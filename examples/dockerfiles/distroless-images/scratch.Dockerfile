FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

# scratch is empty. Everything the process needs at run time is copied in.
FROM scratch AS runtime
# CA certificates, for outbound TLS (golang:alpine installs Alpine's bundle).
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
# A numeric UID:GID needs no /etc/passwd entry.
USER 65532:65532
EXPOSE 3000
ENTRYPOINT ["/app/app"]
