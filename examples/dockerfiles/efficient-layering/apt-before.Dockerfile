# The before example's runtime stage on a Debian base, with apt-get instead of apk.
FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

FROM debian:trixie-slim@sha256:3a39a0592364683e6bab97937b72cad5a8fa6dcbbee90edb3bb48c7f8e94f258 AS runtime
RUN apt-get update
RUN apt-get install -y --no-install-recommends ca-certificates tzdata
RUN groupadd -g 1001 app && useradd -u 1001 -g app -M -s /usr/sbin/nologin app
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
RUN chown -R app:app /app
RUN rm -rf /var/lib/apt/lists/*
USER 1001:1001
EXPOSE 3000
ENTRYPOINT ["/app/app"]
