# One stage: the image that compiles app_go is also the image that runs it.
FROM golang:1.23-alpine3.21@sha256:47d337594bd9e667d35514b241569f95fb6d95727c24b19468813d596d5ae596
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /app/app .

WORKDIR /app
COPY templates/ /app/templates/
USER 65532:65532
EXPOSE 3000
ENTRYPOINT ["/app/app"]
