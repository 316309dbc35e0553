FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder
RUN addgroup -g 1001 app && adduser -u 1001 -G app -D app \
    && mkdir /src /out && chown app:app /src /out
USER app
WORKDIR /src
COPY --chown=app:app go.mod go.sum ./
RUN go mod download
COPY --chown=app:app app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

# USER app ended with the builder stage. This stage starts from alpine's
# config, whose user is root, and nothing here switches it.
FROM alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d AS runtime
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
EXPOSE 3000
ENTRYPOINT ["/app/app"]
