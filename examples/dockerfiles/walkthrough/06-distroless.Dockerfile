# Walkthrough step 6 (content/walkthrough.mdx): the runtime image has no shell and no
# package manager, and its nonroot user (65532) replaces the one the alpine stage created.
FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596 AS builder

WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot@sha256:d093aa3e30dbadd3efe1310db061a14da60299baff8450a17fe0ccc514a16639
WORKDIR /app
COPY --from=builder /out/app /app/app
COPY templates/ /app/templates/
USER 65532:65532
EXPOSE 3000
ENTRYPOINT ["/app/app"]
