package org.floorready.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.floorready.fixtures.TestResumes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing a user gave us is lost: the server is killed while it parses a batch, started again on
 * the same data, and every document still gets parsed. Runs the real uber jar as a process (the
 * kill must be a real one), on the embedded database.
 */
class ParseRecoveryIT {
  private Process server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.destroyForcibly();
    }
  }

  @Test
  void aServerKilledMidParseParsesEverythingAfterItsRestart() throws Exception {
    Path data = Files.createTempDirectory("floorready-recovery");
    int port = freePort();
    start(data, port);
    RequestSpecification upload = recruiter(port);
    List<String> files = List.copyOf(TestResumes.all().keySet());
    for (String file : files) {
      upload = upload.multiPart("files", TestResumes.file(file));
    }
    int batch = upload.post("/uploads").then().statusCode(202).extract().path("batchId");
    Response before = recruiter(port).get("/uploads/" + batch);
    assertThat(before.<Integer>path("done"))
        .as("killed while parsing")
        .isLessThan(before.<Integer>path("total"));
    server.destroyForcibly().waitFor();

    start(data, port);
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofSeconds(1))
        .until(
            () -> {
              Response progress = recruiter(port).get("/uploads/" + batch);
              // Right after a restart the server may still answer with an error page for a moment:
              // not done yet.
              return progress.statusCode() == 200
                  && progress.<Integer>path("total").equals(progress.<Integer>path("done"));
            });
    List<String> statuses = recruiter(port).get("/uploads/" + batch).path("files.status");
    assertThat(statuses).hasSize(files.size()).allMatch(s -> s.equals("PARSED"));
  }

  private static RequestSpecification recruiter(int port) {
    return given()
        .baseUri("http://127.0.0.1")
        .port(port)
        .basePath("/api/v1")
        .auth()
        .preemptive()
        .basic(Api.RECRUITER, Api.DEMO_PASSWORD);
  }

  /**
   * Starts the jar; the process is kept in {@link #server} at once so that it is stopped even if it
   * never gets ready.
   */
  private void start(Path data, int port) throws IOException {
    Path jar = Path.of(System.getProperty("floorready.war")).resolveSibling("floorready.jar");
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                jar.toString(),
                "--port",
                String.valueOf(port),
                "--nocluster",
                "--nohazelcast")
            .redirectErrorStream(true)
            .redirectOutput(data.resolve("server.log").toFile());
    builder.environment().put("FLOORREADY_DATA_DIR", data.toString());
    builder.environment().put("FLOORREADY_RESUMES_PARSERS", "1");
    builder.environment().put("FLOORREADY_RESUMES_QUEUE_POLL_SECONDS", "1");
    builder.environment().remove("FLOORREADY_DB_URL");
    server = builder.start();
    await()
        .atMost(Duration.ofSeconds(180))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                given()
                        .baseUri("http://127.0.0.1")
                        .port(port)
                        .basePath("")
                        .get("/health/ready")
                        .statusCode()
                    == 200);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
