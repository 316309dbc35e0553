FROM golang:1.24-alpine AS build

WORKDIR /app
COPY . .
RUN CGO_ENABLED=0 go build -tags=jsoniter -o ./server ./main.go

FROM alpine
COPY --from=build /app/server ./server
CMD [ "./server" ]
