FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

FROM alpine:3.24@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60 AS runtime
RUN addgroup -S -g 1001 app && adduser -S -D -H -u 1001 -G app app
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
USER 1001:1001
EXPOSE 3000
ENTRYPOINT ['/app/app']
