package org.floorready.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two FloorReady nodes on one PostgreSQL database and one data folder, behind nginx from Debian
 * with {@code config/nginx.conf.example} (round robin, no stickiness): every step a user takes is
 * answered correctly whichever node serves it, and a rolling restart (SIGTERM to one node) signs no
 * one out and loses or repeats no resume. Runs with {@code -Ppostgres}; without nginx on the PATH
 * it is skipped with that reason, unless {@code -Dfloorready.nginx.required=true} (CI).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {
  private static final String SCHEMA = "floorready_nodes";
  private static final int SMTP_PORT = 3026;
  private static final Mailbox mail = new Mailbox(SMTP_PORT);

  /** Plain HTTP/1.1 (no h2c upgrade), a fresh connection per probe. */
  private static final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** What the last probe of each address saw, for the message when a node never gets ready. */
  private static final Map<String, String> lastProbe =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static Path work;
  private static Node a;
  private static Node b;
  private static Proxy proxy;

  @BeforeAll
  static void startTwoNodesBehindNginx() throws Exception {
    String nginx = Proxy.executable();
    if (nginx == null) {
      if (Boolean.getBoolean("floorready.nginx.required")) {
        throw new IllegalStateException("nginx is required: apt-get install nginx-light");
      }
      Assumptions.abort("nginx is not installed (apt-get install nginx-light); CI requires it");
    }
    work = Path.of(System.getProperty("floorready.it.nodes.dir"));
    Node.deleteRecursively(work);
    Files.createDirectories(work.resolve("data"));
    try (Connection db =
        DriverManager.getConnection(
            System.getProperty("floorready.it.pg.admin-url"), "postgres", "postgres")) {
      db.createStatement()
          .execute("drop schema if exists " + SCHEMA + " cascade; create schema " + SCHEMA);
    }
    mail.start();
    a = new Node("a", Node.freePort());
    b = new Node("b", Node.freePort());
    // one after the other: the first migrates the schema and seeds the demo data
    a.start();
    a.awaitReady();
    b.start();
    b.awaitReady();
    proxy = new Proxy(nginx, Node.freePort(), a.port, b.port);
    proxy.start();
  }

  @AfterAll
  static void stopAll() {
    if (proxy != null) {
      proxy.stop();
    }
    for (Node node : new Node[] {a, b}) {
      if (node != null) {
        node.kill();
      }
    }
    mail.stop();
  }

  @BeforeEach
  void throughTheProxy() {
    at(proxy.port);
  }

  private static void at(int port) {
    RestAssured.baseURI = "http://127.0.0.1";
    RestAssured.port = port;
    RestAssured.basePath = "/api/v1";
  }

  @Test
  @Order(1)
  void aSessionMadeOnOneNodeWorksOnTheOtherAndEndsOnBoth() {
    at(a.port);
    Api.Session session = Api.Session.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
    at(b.port);
    session.request().get("/session").then().statusCode(200).body("email", equalTo(Api.RECRUITER));
    session.withCsrf().delete("/session").then().statusCode(204);
    at(a.port);
    session.request().get("/session").then().statusCode(204);
  }

  @Test
  @Order(2)
  void throughNginxEveryStepIsAnsweredWhicheverNodeServesIt() throws Exception {
    Api.Session session = Api.Session.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
    for (int i = 0; i < 10; i++) {
      session.request().get("/session").then().statusCode(200);
    }

    // apply on the careers page (the client address reaches the node through X-Forwarded-For)
    String slug = CareerApplicant.firstJob();
    String applicant = Api.unique("proxied") + "@example.com";
    CareerApplicant.apply(
            slug,
            "Avery Proxied",
            applicant,
            null,
            CareerApplicant.passing(slug),
            IntakeFiles.textResume("Avery Proxied", applicant))
        .then()
        .statusCode(201);

    // move that application in the browser's way: session cookie, CSRF token, version
    Number application = session.request().get("/applications?q=" + applicant).path("items[0].id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> !"QUEUED".equals(documentStatus(session, application)));
    long version =
        session
            .request()
            .get("/applications/" + application)
            .<Number>path("summary.version")
            .longValue();
    Map<String, Object> move = new HashMap<>();
    move.put("to", "SCREEN");
    move.put("version", version);
    session
        .withCsrf()
        .body(move)
        .post("/applications/" + application + "/moves")
        .then()
        .statusCode(200);
    session
        .request()
        .get("/applications/" + application)
        .then()
        .body("summary.stage", equalTo("SCREEN"));

    // a bulk upload: every resume parsed exactly once
    List<String> emails = upload(session, 6);
    assertParsedOnceEach(session, emails);

    // an account's welcome mail: in the outbox once, at the SMTP server once
    String newcomer = Api.unique("welcome") + "@example.com";
    long user = Api.createUserWithPasswordToChange(newcomer, "first-password-1", "TRAINER");
    mail.awaitAccountMailSentOnce(newcomer, user);

    assertThat(proxy.upstreams())
        .as("nginx sent requests to both nodes")
        .contains("127.0.0.1:" + a.port, "127.0.0.1:" + b.port);
  }

  @Test
  @Order(3)
  void anInterviewReminderGoesOutOnceWithTwoNodesPolling() throws Exception {
    String slug = CareerApplicant.firstJob();
    String applicant = Api.unique("reminded") + "@example.com";
    CareerApplicant.apply(
            slug,
            "Remy Reminded",
            applicant,
            null,
            CareerApplicant.passing(slug),
            IntakeFiles.textResume("Remy Reminded", applicant))
        .then()
        .statusCode(201);
    Api.Session session = Api.Session.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
    Number application = session.request().get("/applications?q=" + applicant).path("items[0].id");
    Number requisition =
        session.request().get("/applications/" + application).path("summary.requisitionId");
    String interviewer = Api.unique("remi") + "@example.com";
    long interviewerId = Api.createUser(interviewer, "interviewer-password-1", "INTERVIEWER");
    List<Map<String, String>> allWeek = new java.util.ArrayList<>();
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      allWeek.add(Map.of("day", day.name(), "from", "00:00", "to", "00:00"));
    }
    Api.as(interviewer, "interviewer-password-1")
        .body(Map.of("hours", allWeek))
        .put("/interviewers/me/availability")
        .then()
        .statusCode(200);

    // a start on the quarter hour a little over an hour ahead, and a reminder lead that makes it
    // due 15 to 45 seconds from the booking
    java.time.Instant start =
        java.time.Instant.ofEpochSecond(
            (java.time.Instant.now().plus(Duration.ofMinutes(62)).getEpochSecond() / 900 + 1)
                * 900);
    long ahead = Duration.between(java.time.Instant.now(), start).toSeconds();
    while (ahead % 60 < 15 || ahead % 60 > 45) {
      Thread.sleep(500);
      ahead = Duration.between(java.time.Instant.now(), start).toSeconds();
    }
    long lead = ahead / 60;
    long plan =
        session
            .withCsrf()
            .body(
                Map.of(
                    "kind",
                    "MANAGER_INTERVIEW",
                    "minutes",
                    30,
                    "required",
                    List.of(interviewerId),
                    "reminders",
                    List.of(lead)))
            .put("/requisitions/" + requisition + "/interview-plans/MANAGER_INTERVIEW")
            .then()
            .statusCode(200)
            .extract()
            .<Number>path("id")
            .longValue();
    session
        .withCsrf()
        .body(Map.of("planId", plan, "start", start.toString(), "candidateZone", "America/Chicago"))
        .post("/applications/" + application + "/interviews")
        .then()
        .statusCode(201);
    for (String to : List.of(applicant, interviewer)) {
      await()
          .atMost(Duration.ofSeconds(120))
          .until(
              () ->
                  mail.to(to).stream().anyMatch(m -> Mailbox.subject(m).startsWith("Reminder: ")));
    }
    await()
        .during(Duration.ofSeconds(8))
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                mail.to(applicant).stream()
                            .filter(m -> Mailbox.subject(m).startsWith("Reminder: "))
                            .count()
                        == 1
                    && mail.to(interviewer).stream()
                            .filter(m -> Mailbox.subject(m).startsWith("Reminder: "))
                            .count()
                        == 1);
  }

  /**
   * A certification about to expire: both nodes send the due expiry reminders at the same moment,
   * several times each, and each recipient gets the reminder once.
   */
  @Test
  @Order(4)
  void anExpiryReminderGoesOutOnceWhenBothNodesSendAtOnce() throws Exception {
    Number person = null;
    for (Object team : Api.admin().get("/teams").<List<Object>>path("id")) {
      List<Number> people =
          Api.admin().queryParam("teamId", team).get("/licensing/roster").path("rows.newHireId");
      if (person == null && !people.isEmpty()) {
        person = people.get(0);
      }
    }
    assertThat(person).as("a demo new hire on a team roster").isNotNull();
    Number tcpa =
        Api.admin()
            .get("/licensing/catalog")
            .path("certifications.find { it.name == 'TCPA and do-not-call' }.id");
    java.time.LocalDate today = java.time.LocalDate.now();
    Api.admin()
        .body(
            Map.of(
                "certificationId",
                tcpa,
                "earnedOn",
                today.minusDays(300).toString(),
                "expiresOn",
                today.plusDays(5).toString()))
        .post("/licensing/people/" + person + "/certifications")
        .then()
        .statusCode(200);
    String name = Api.admin().get("/licensing/people/" + person).path("name");
    String subject = "Expires in 7 days: TCPA and do-not-call certification of " + name;

    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.CompletableFuture<Integer>> senders = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int port = i % 2 == 0 ? a.port : b.port;
      senders.add(
          java.util.concurrent.CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return RestAssured.given()
                    .baseUri("http://127.0.0.1")
                    .port(port)
                    .basePath("/api/v1")
                    .auth()
                    .preemptive()
                    .basic(Api.ADMIN, Api.ADMIN_PASSWORD)
                    .post("/licensing/reminders")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<Integer>path("sent");
              }));
    }
    go.countDown();
    int sent = senders.stream().mapToInt(java.util.concurrent.CompletableFuture::join).sum();
    assertThat(sent).as("reminders recorded by all senders together").isEqualTo(1);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> mail.all().stream().anyMatch(m -> Mailbox.subject(m).equals(subject)));
    Thread.sleep(3000);
    Map<String, Long> perRecipient = new HashMap<>();
    for (var m : mail.all()) {
      if (Mailbox.subject(m).equals(subject)) {
        for (var to : m.getAllRecipients()) {
          perRecipient.merge(to.toString(), 1L, Long::sum);
        }
      }
    }
    assertThat(perRecipient).isNotEmpty();
    assertThat(perRecipient.values()).containsOnly(1L);
  }

  @Test
  @Order(5)
  void aRollingRestartSignsNoOneOutAndLosesOrRepeatsNoResume() throws Exception {
    Api.Session session = Api.Session.signIn(Api.RECRUITER, Api.DEMO_PASSWORD);
    List<String> emails = upload(session, 12);

    a.terminate();
    // readiness goes down first, while the node still answers
    await()
        .pollInterval(Duration.ofMillis(100))
        .atMost(Duration.ofSeconds(5))
        .until(() -> a.readiness() == 503);
    List<Integer> statuses = new ArrayList<>();
    while (a.alive()) {
      statuses.add(session.request().get("/session").statusCode());
      Thread.sleep(100);
    }
    statuses.add(session.request().get("/session").statusCode());
    assertThat(statuses).as("the session through nginx while node a stops").containsOnly(200);
    assertThat(a.exitCode()).as("node a stopped cleanly").isZero();

    assertParsedOnceEach(session, emails);
    assertThat(a.log()).doesNotContain("SEVERE: Parsing document");

    a.start();
    a.awaitReady();
    at(a.port);
    session.request().get("/session").then().statusCode(200).body("email", equalTo(Api.RECRUITER));
  }

  /** The status of a GET, or -1 when nothing answers. */
  private static int status(String url) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
              HttpResponse.BodyHandlers.ofString());
      lastProbe.put(url, response.statusCode() + " " + response.body());
      return response.statusCode();
    } catch (Exception unreachable) {
      lastProbe.put(url, unreachable.toString());
      return -1;
    }
  }

  private static String documentStatus(Api.Session session, Number application) {
    Number candidate =
        session.request().get("/applications/" + application).path("summary.candidateId");
    return session.request().get("/candidates/" + candidate).path("documents[0].status");
  }

  private static List<String> upload(Api.Session session, int count) {
    var request = session.withCsrf().contentType("multipart/form-data");
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String email = Api.unique("node-upload") + "@example.com";
      emails.add(email);
      File resume = IntakeFiles.textResume("Rowan " + IntakeFiles.uniqueSurname(), email);
      request = request.multiPart("files", resume);
    }
    request.post("/uploads").then().statusCode(202);
    return emails;
  }

  private static void assertParsedOnceEach(Api.Session session, List<String> emails) {
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                emails.stream()
                    .allMatch(
                        e ->
                            session.request().get("/candidates?q=" + e).<Integer>path("totalItems")
                                == 1));
    for (String email : emails) {
      Number id = session.request().get("/candidates?q=" + email).path("items[0].id");
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  !"QUEUED"
                      .equals(
                          session.request().get("/candidates/" + id).path("documents[0].status")));
      Response candidate = session.request().get("/candidates/" + id);
      assertThat(candidate.<List<String>>path("documents.status")).containsExactly("PARSED");
      assertThat(
              candidate.<List<String>>path("timeline.type").stream()
                  .filter("RESUME_PARSED"::equals)
                  .count())
          .as("filed once: " + email)
          .isEqualTo(1);
    }
  }

  /** One FloorReady node: the build's uber jar in a process of its own. */
  static final class Node {
    final String name;
    final int port;
    private Process process;
    private final Path log;

    Node(String name, int port) {
      this.name = name;
      this.port = port;
      this.log = work.resolve("node-" + name + ".log");
    }

    void start() throws Exception {
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx384m",
              "-XX:TieredStopAtLevel=1",
              "-jar",
              System.getProperty("floorready.jar"),
              "--port",
              String.valueOf(port),
              "--nocluster");
      Map<String, String> env = builder.environment();
      env.put("FLOORREADY_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA);
      env.put("FLOORREADY_DB_USER", "postgres");
      env.put("FLOORREADY_DB_PASSWORD", "postgres");
      env.put("FLOORREADY_DATA_DIR", work.resolve("data").toString());
      env.put("FLOORREADY_DEMO", "true");
      env.put("FLOORREADY_SMTP_HOST", "127.0.0.1");
      env.put("FLOORREADY_SMTP_PORT", String.valueOf(SMTP_PORT));
      env.put("FLOORREADY_SHUTDOWN_DRAIN_SECONDS", "3");
      builder
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      process = builder.start();
    }

    void awaitReady() {
      try {
        await()
            .atMost(Duration.ofSeconds(240))
            .pollInterval(Duration.ofMillis(500))
            .until(
                () -> {
                  if (!process.isAlive()) {
                    throw new IllegalStateException("node " + name + " died:\n" + log());
                  }
                  return readiness() == 200;
                });
      } catch (org.awaitility.core.ConditionTimeoutException notReady) {
        throw new IllegalStateException(
            "node "
                + name
                + " never got ready; last probe of "
                + readyUrl()
                + ": "
                + lastProbe.get(readyUrl()),
            notReady);
      }
    }

    int readiness() {
      return status(readyUrl());
    }

    String readyUrl() {
      return "http://127.0.0.1:" + port + "/health/ready";
    }

    /** SIGTERM, as systemd, Kubernetes or a rolling restart script send it. */
    void terminate() {
      process.destroy();
    }

    boolean alive() {
      return process.isAlive();
    }

    int exitCode() throws InterruptedException {
      return process.waitFor();
    }

    void kill() {
      process.destroyForcibly();
    }

    String log() {
      try {
        return Files.readString(log);
      } catch (Exception e) {
        return "";
      }
    }

    static int freePort() throws Exception {
      try (var socket =
          new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      }
    }

    static void deleteRecursively(Path root) throws Exception {
      if (Files.exists(root)) {
        try (var paths = Files.walk(root)) {
          paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** nginx with the project's example configuration, only its ports and paths changed. */
  static final class Proxy {
    final int port;
    private final String executable;
    private final Path prefix;
    private final Path conf;
    private Process process;

    Proxy(String executable, int port, int nodeA, int nodeB) throws Exception {
      this.executable = executable;
      this.port = port;
      this.prefix = work.resolve("nginx");
      Files.createDirectories(prefix.resolve("logs"));
      Files.createDirectories(prefix.resolve("temp"));
      String example = Files.readString(Path.of(System.getProperty("floorready.nginx.conf")));
      String adapted =
          example
              .replace("127.0.0.1:8081", "127.0.0.1:" + nodeA)
              .replace("127.0.0.1:8082", "127.0.0.1:" + nodeB)
              .replaceFirst("listen 8080;", "listen 127.0.0.1:" + port + ";");
      assertThat(adapted).as("the example's nodes and port were found").doesNotContain(":8081");
      conf = prefix.resolve("nginx.conf");
      Files.writeString(conf, adapted);
    }

    static String executable() {
      for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx")) {
        if (Files.isExecutable(Path.of(candidate))) {
          return candidate;
        }
      }
      return null;
    }

    void start() throws Exception {
      process =
          new ProcessBuilder(
                  executable,
                  "-p",
                  prefix.toString(),
                  "-e",
                  prefix.resolve("logs/error.log").toString(),
                  "-c",
                  conf.toString(),
                  "-g",
                  "daemon off;")
              .redirectErrorStream(true)
              .redirectOutput(prefix.resolve("logs/stdout.log").toFile())
              .start();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                if (!process.isAlive()) {
                  throw new IllegalStateException(
                      "nginx did not start: " + Files.readString(prefix.resolve("logs/error.log")));
                }
                return status("http://127.0.0.1:" + port + "/health/ready") == 200;
              });
    }

    /** The node addresses nginx sent requests to, from its access log. */
    List<String> upstreams() throws Exception {
      var matcher =
          Pattern.compile("upstream=([0-9.:]+)")
              .matcher(Files.readString(prefix.resolve("logs/access.log")));
      List<String> seen = new ArrayList<>();
      while (matcher.find()) {
        seen.add(matcher.group(1));
      }
      return seen;
    }

    void stop() {
      process.destroy();
    }
  }
}
