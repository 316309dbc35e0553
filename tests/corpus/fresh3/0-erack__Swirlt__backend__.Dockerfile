FROM eclipse-temurin:21-jdk-jammy
WORKDIR /app
COPY . .
RUN chmod +x gradlew
#CMD ["./gradlew", "build"]
CMD ["./gradlew", "bootRun"]