FROM scratch

EXPOSE 8080

WORKDIR /app

COPY ./configs .
COPY ./web .

COPY ctfsendai2024 .

ENTRYPOINT ["./ctfsendai2024"]
