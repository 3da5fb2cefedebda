# Build: docker build -t floorready .
# Run:   docker run -p 8080:8080 --env-file config/postgres.env.example floorready
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY src src
COPY webapp webapp
COPY config config
# the class-data sharing archive is made below, for this image's JRE and jar path
RUN mvn -B -q package -DskipTests -Dfloorready.cds.skip=true

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl tesseract-ocr tesseract-ocr-spa \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home --home-dir /opt/floorready floorready
WORKDIR /opt/floorready
COPY --from=build /src/target/floorready.jar /opt/floorready/floorready.jar
# one start on a throw-away embedded database records what every start loads (see pom.xml): ~1.5 s faster starts
RUN FLOORREADY_DATA_DIR=/tmp/warmup FLOORREADY_DB_URL=embedded FLOORREADY_SMTP_HOST=- FLOORREADY_ADMIN_EMAIL=- \
      java -Xmx512m -XX:ArchiveClassesAtExit=/opt/floorready/floorready.jsa -jar /opt/floorready/floorready.jar \
      --warmup --nocluster --nohazelcast --port 8080 > /tmp/warmup.log 2>&1 \
    && rm -rf /tmp/warmup /tmp/warmup.log /tmp/payaramicro-rt*
ENV FLOORREADY_DATA_DIR=/opt/floorready/data \
    JAVA_OPTS="-Xmx512m"
USER floorready
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/health/ready || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/opt/floorready/floorready.jsa -jar /opt/floorready/floorready.jar --nocluster --nohazelcast --port 8080"]
