FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

FROM alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d AS runtime
RUN addgroup -S -g 1001 app && adduser -S -D -H -u 1001 -G app app
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
USER 1001:1001
EXPOSE 3000
# Shell form: Docker runs ["/bin/sh", "-c", "/app/app | tee /tmp/app.log"]. The shell
# starts as PID 1 and waits for the pipe, so docker stop's SIGTERM never reaches the app.
ENTRYPOINT /app/app | tee /tmp/app.log
