FROM golang AS builder
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY app.go ./
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app .

FROM gcr.io/distroless/static-debian13:nonroot AS runtime
WORKDIR /app
COPY templates/ /app/templates/
COPY --from=builder /out/app /app/app
USER 65532:65532
EXPOSE 3000
ENTRYPOINT ["/app/app"]
