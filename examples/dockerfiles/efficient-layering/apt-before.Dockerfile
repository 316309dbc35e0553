# The before example's runtime stage on a Debian base, with apt-get instead of apk.
FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

FROM debian:bookworm-slim@sha256:d5d3f9c23164ea16f31852f95bd5959aad1c5e854332fe00f7b3a20fcc9f635c AS runtime
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
