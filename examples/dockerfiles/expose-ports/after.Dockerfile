FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot@sha256:d093aa3e30dbadd3efe1310db061a14da60299baff8450a17fe0ccc514a16639 AS runtime
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
USER 65532:65532
# The port the app listens on, for readers and for docker run -P. Publishing it,
# and choosing the host port, happens at run time: docker run -p 8080:3000.
EXPOSE 3000
ENTRYPOINT ["/app/app"]
