  FROM debian:stable
  WORKDIR /app
  COPY flowctl /app/flowctl
  RUN apt update && apt install -y tzdata
  ENTRYPOINT ["/app/flowctl"]
  CMD ["start"]
