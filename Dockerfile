# Build: docker build -t floorready .
# Run:   docker run -p 8080:8080 --env-file config/postgres.env.example floorready
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline || true
COPY src src
COPY webapp webapp
COPY config config
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl tesseract-ocr \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /opt/floorready floorready
WORKDIR /opt/floorready
COPY --from=build /src/target/floorready.jar /opt/floorready/floorready.jar
ENV FLOORREADY_DATA_DIR=/opt/floorready/data \
    JAVA_OPTS="-Xmx512m"
USER floorready
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /opt/floorready/floorready.jar --nocluster --nohazelcast --port 8080"]
