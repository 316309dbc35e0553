# The write-up's original Dockerfile, reconstructed from its text (it did not include the
# file itself). Kept as the write-up described it, mistakes included: the "final" stage is
# the builder, go.sum is not copied, and there is no .dockerignore.
# content/walkthrough.mdx takes it step by step to final.Dockerfile.
FROM golang:1.27-alpine3.24@sha256:cf6fca6641884b8433441b2b0652976f975e1d0fdd26d177eaaf8596087f3125 AS builder

RUN addgroup -g 1001 app && adduser -u 1001 -G app -D app

WORKDIR /src
COPY --chown=app:app go.mod ./
RUN go mod download
COPY --chown=app:app app.go ./
COPY --chown=app:app templates/ ./templates/
RUN go build -o app .

FROM builder
WORKDIR /app
COPY --from=builder /src/app ./app
COPY --from=builder /src/templates ./templates
USER app
EXPOSE 3000
ENTRYPOINT ["./app"]
