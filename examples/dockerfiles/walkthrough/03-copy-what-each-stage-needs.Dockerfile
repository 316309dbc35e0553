# Walkthrough step 3 (content/walkthrough.mdx): the builder gets only the Go source it
# compiles; the templates, which the app reads at run time, go straight to the final stage.
FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder

WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN go build -o app .

FROM alpine:3.21@sha256:48b0309ca019d89d40f670aa1bc06e426dc0931948452e8491e3d65087abc07d
RUN addgroup -g 1001 app && adduser -u 1001 -G app -D app
WORKDIR /app
COPY --from=builder /src/app ./app
COPY templates/ ./templates/
USER app
EXPOSE 3000
ENTRYPOINT ["./app"]
