FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder
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
