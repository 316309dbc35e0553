# Walkthrough step 2 (content/walkthrough.mdx): go.sum is copied with go.mod, so the
# dependency layer is checked against the hashes committed with the code.
FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder

WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
COPY templates/ ./templates/
RUN go build -o app .

FROM alpine:3.24@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60
RUN addgroup -g 1001 app && adduser -u 1001 -G app -D app
WORKDIR /app
COPY --from=builder /src/app ./app
COPY --from=builder /src/templates ./templates
USER app
EXPOSE 3000
ENTRYPOINT ["./app"]
