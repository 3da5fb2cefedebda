package org.floorready.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.floorready.it.CareerApplicant.apply;
import static org.floorready.it.CareerApplicant.firstJob;
import static org.floorready.it.CareerApplicant.passing;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.floorready.fixtures.Parallel;
import org.floorready.fixtures.TestResumes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays every finding of the security probe (issue 12) against the deployed app on PostgreSQL,
 * and fuzzes every operation of /openapi with hostile parameters and bodies: nothing may answer
 * 5xx. Runs once, in the PostgreSQL execution (mvn verify -Ppostgres), with an API token so that it
 * stays fast.
 */
class SecurityRegressionIT extends DeployedApp {
  private static final Mailbox mail = new Mailbox();

  @BeforeAll
  static void startSmtp() {
    mail.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.stop();
    RestAssured.config = RestAssured.config().logConfig(LogConfig.logConfig());
  }

  /** Hostile bodies nest 100,000 deep: printed as they are, never pretty-printed. */
  @BeforeEach
  void printBodiesAsTheyAre() {
    RestAssured.config =
        RestAssured.config().logConfig(LogConfig.logConfig().enablePrettyPrinting(false));
  }

  /** A client address of its own, so that the per-address limits of one test touch no other. */
  private static String address() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "10.%d.%d.%d".formatted(r.nextInt(256), r.nextInt(256), 1 + r.nextInt(254));
  }

  private static Response signIn(String email, String password, String from) {
    return given()
        .header("X-Forwarded-For", from)
        .contentType(ContentType.JSON)
        .body(HostileRequests.json(Map.of("email", email, "password", password)))
        .post("/session");
  }

  private static RequestSpecification bearer(String token) {
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  private static String token(RequestSpecification as, String name) {
    return as.body("{\"name\":\"" + name + "\"}")
        .post("/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("floorready.it.db.url"), "postgres", "postgres");
  }

  private static Path resumeFolder() {
    return Path.of(System.getProperty("floorready.it.data.dir"), "resumes");
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  // High 1: the sign-in lockout holds under a parallel burst, for sessions and HTTP Basic alike

  @Test
  void aParallelBurstOfWrongPasswordsLocksTheAccountWhateverTheWayIn() throws Exception {
    for (boolean basic : new boolean[] {false, true}) {
      String email = Api.unique("burst") + "@example.com";
      Api.createUser(email, "the-right-password", "RECRUITER");
      List<Integer> statuses =
          Parallel.run(
              40,
              i -> {
                String password = i == 17 ? "the-right-password" : "wrong-" + i;
                return basic
                    ? given()
                        .header("X-Forwarded-For", address())
                        .auth()
                        .preemptive()
                        .basic(email, password)
                        .get("/teams")
                        .statusCode()
                    : signIn(email, password, address()).statusCode();
              });
      assertThat(Set.copyOf(statuses)).isSubsetOf(200, 401, 429);
      assertThat(statuses.stream().filter(s -> s == 200)).hasSizeLessThanOrEqualTo(1);
      signIn(email, "the-right-password", address())
          .then()
          .statusCode(429)
          .contentType("application/problem+json")
          .body("type", endsWith("/sign-in-locked"));
    }
  }

  @Test
  void oneAddressTryingManyAccountsIsStoppedWhateverTheEmails() throws Exception {
    String from = address();
    String email = Api.unique("victim") + "@example.com";
    Api.createUser(email, "the-right-password", "RECRUITER");
    List<Integer> statuses =
        Parallel.run(
            60, i -> signIn(Api.unique("guess") + "@example.com", "guess-" + i, from).statusCode());
    assertThat(Set.copyOf(statuses)).isSubsetOf(401, 429);
    assertThat(statuses.stream().filter(s -> s == 401)).hasSize(50);
    signIn(email, "the-right-password", from).then().statusCode(429);
    signIn(email, "the-right-password", address()).then().statusCode(200);
  }

  @Test
  void longAndOddEmailsAreWrongCredentialsNotErrors() {
    String from = address();
    for (String email :
        List.of("x".repeat(300) + "@example.com", "\u0000@x", "a@" + "b".repeat(5000))) {
      given()
          .header("X-Forwarded-For", from)
          .auth()
          .preemptive()
          .basic(email, "whatever-password")
          .get("/teams")
          .then()
          .statusCode(401);
      signIn(email, "whatever-password", from).then().statusCode(lessThan(500));
    }
  }

  // High 2: bounded request bodies

  @Test
  void anOversizedFormIsRefusedBeforeItsBodyIsSent() throws Exception {
    String slug = firstJob();
    try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/careers/jobs/"
                  + slug
                  + "/applications HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                  + "X-Forwarded-For: "
                  + address()
                  + "\r\nContent-Length: 209715200\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // not a byte of the 200 MB body is sent: the answer comes anyway
      String head = readHead(socket.getInputStream());
      assertThat(head).startsWith("HTTP/1.1 413");
      assertThat(head.toLowerCase()).contains("application/problem+json");
    }
  }

  @Test
  void aBodyWithoutALengthIsCutOffOnceItPassesTheLimit() throws Exception {
    String slug = firstJob();
    long sent = 0;
    long limit = 200L * 1024 * 1024;
    String head = null;
    try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          ("POST /api/v1/careers/jobs/"
                  + slug
                  + "/applications HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: multipart/form-data; boundary=xyz\r\n"
                  + "X-Forwarded-For: "
                  + address()
                  + "\r\nTransfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      byte[] start =
          "--xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII);
      out.write((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(start);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      try {
        while (sent < limit && in.available() == 0) {
          out.write(
              (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          sent += chunk.length;
        }
      } catch (IOException closedByTheServer) {
        // the server answered and closed the connection while the client was still sending
      }
      head = readHead(in);
    }
    assertThat(head).startsWith("HTTP/1.1 413");
    // the server stopped reading near its limit (10 MB resume + form), far below what was on offer
    assertThat(sent).isLessThan(limit);
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        break;
      }
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Test
  void formsRefuseUnknownPartsTooManyPartsAndLongTextFields() throws IOException {
    String slug = firstJob();
    given()
        .header("X-Forwarded-For", address())
        .multiPart("name", "Pat Parts")
        .multiPart("email", Api.unique("parts") + "@example.com")
        .multiPart("surprise", "x")
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("surprise"));
    given()
        .header("X-Forwarded-For", address())
        .multiPart("name", "x".repeat(17 * 1024))
        .multiPart("email", Api.unique("parts") + "@example.com")
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("name"));
    RequestSpecification many = Api.demo(Api.RECRUITER).contentType("multipart/form-data");
    for (int i = 0; i < 501; i++) {
      many = many.multiPart("files", "r" + i + ".txt", ("resume " + i).getBytes());
    }
    many.post("/uploads").then().statusCode(400).body("violations.field", hasItem("body"));
    Api.demo(Api.RECRUITER)
        .contentType(ContentType.JSON)
        .body("{\"a\":" + HostileRequests.DEEP + "}")
        .post("/saved-searches")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  // Medium 3: a stranger never changes an existing person

  @Test
  void aStrangerWithSomeonesEmailAndPhoneIsFiledAsANewPossibleDuplicate() throws Exception {
    String slug = firstJob();
    String email = Api.unique("owner") + "@example.com";
    String phone = "(918) 555-%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
    String first =
        apply(
                slug,
                "Olivia Owner",
                email,
                phone,
                passing(slug),
                TestResumes.textResume("Olivia Owner", "Tulsa, OK 74103", phone, email))
            .then()
            .statusCode(201)
            .extract()
            .asString();
    int owner = Api.demo(Api.RECRUITER).get("/candidates?q=" + email).path("items[0].id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !"QUEUED"
                    .equals(
                        Api.demo(Api.RECRUITER)
                            .get("/candidates/" + owner)
                            .path("documents[0].status")));
    Map<String, Object> before =
        Api.demo(Api.RECRUITER).get("/candidates/" + owner).path("summary");

    List<String> jobs = given().get("/careers/jobs?size=100").path("items.slug");
    String other = jobs.stream().filter(j -> !j.equals(slug)).findFirst().orElseThrow();
    String second =
        apply(
                other,
                "Olivia Owner",
                email,
                phone,
                passing(other),
                TestResumes.textResume("Mallory Stranger", "Miami, FL 33101", phone, email))
            .then()
            .statusCode(201)
            .extract()
            .asString();
    assertThat(second).isEqualTo(first);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                Api.demo(Api.RECRUITER).get("/candidates?q=" + email).<Integer>path("totalItems")
                    == 2);
    List<Integer> ids = Api.demo(Api.RECRUITER).get("/candidates?q=" + email).path("items.id");
    int stranger = ids.stream().filter(i -> i != owner).findFirst().orElseThrow();
    Api.demo(Api.RECRUITER)
        .get("/candidates/" + stranger)
        .then()
        .body("summary.possibleDuplicateOf", equalTo(owner));
    Map<String, Object> after = Api.demo(Api.RECRUITER).get("/candidates/" + owner).path("summary");
    assertThat(after.get("city")).isEqualTo(before.get("city"));
    assertThat(after.get("region")).isEqualTo(before.get("region"));
    Api.demo(Api.RECRUITER)
        .get("/candidates/" + owner)
        .then()
        .body("applications.size()", equalTo(1));

    // the very same application again: the same answer, nothing new, a mail to the stored address
    String again =
        apply(
                slug,
                "Olivia Owner",
                email,
                phone,
                passing(slug),
                TestResumes.textResume("Olivia Owner", "Tulsa, OK 74103", phone, email))
            .then()
            .statusCode(201)
            .extract()
            .asString();
    assertThat(again).isEqualTo(first);
    await().atMost(Duration.ofSeconds(30)).until(() -> mail.received(email, "You already applied"));
    Api.demo(Api.RECRUITER).get("/candidates?q=" + email).then().body("totalItems", equalTo(2));
  }

  // Medium 4: notes stay within the team that sees the application

  @Test
  void notesAreReadAndWrittenOnlyWhereTheApplicationIsSeen() throws Exception {
    String slug = firstJob();
    String email = Api.unique("noted") + "@example.com";
    long application =
        CareerApplicant.applyAndWaitForParse(slug, "Nora Noted", email, passing(slug));
    long candidate =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + application)
            .<Number>path("summary.candidateId")
            .longValue();
    Api.demo(Api.MANAGER_CENTRAL).get("/applications/" + application).then().statusCode(404);
    Api.demo(Api.MANAGER_CENTRAL)
        .body(Map.of("candidateId", candidate, "applicationId", application, "body", "mine now"))
        .post("/notes")
        .then()
        .statusCode(404);
    Api.demo(Api.MANAGER_CENTRAL)
        .body(Map.of("candidateId", candidate, "body", "no application named"))
        .post("/notes")
        .then()
        .statusCode(lessThan(500))
        .statusCode(not(equalTo(201)));
    Api.demo(Api.RECRUITER)
        .body(Map.of("candidateId", candidate, "body", "Recruiters only: salary wish 25"))
        .post("/notes")
        .then()
        .statusCode(201);
    Api.demo(Api.MANAGER_CENTRAL).get("/notes?candidate=" + candidate).then().statusCode(404);
    Api.demo(Api.MANAGER_EAST)
        .get("/notes?candidate=" + candidate)
        .then()
        .statusCode(200)
        .body("body", not(hasItem("Recruiters only: salary wish 25")));
    Api.demo(Api.RECRUITER)
        .get("/notes?candidate=" + candidate)
        .then()
        .body("body", hasItem("Recruiters only: salary wish 25"));
  }

  // Medium 5: approval chains keep the approvers above, every change audited; audit walks

  @Test
  void aManagerCannotRemoveTheApproversAboveAndEveryChainChangeIsAudited() {
    int east = Api.admin().get("/teams").path("find { it.name == 'Auto Sales East' }.id");
    List<Map<String, Object>> chain = Api.admin().get("/approvals/chains/" + east).path("$");
    assertThat(chain).hasSizeGreaterThanOrEqualTo(2);
    Object morgan = chain.get(0).get("userId");
    Api.demo(Api.MANAGER_EAST)
        .body("[{\"userId\":" + morgan + "}]")
        .put("/approvals/chains/" + east)
        .then()
        .statusCode(403);
    Api.demo(Api.MANAGER_EAST).body("[]").put("/approvals/chains/" + east).then().statusCode(403);
    Api.admin()
        .body("[null]")
        .put("/approvals/chains/" + east)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    String same =
        HostileRequests.json(
            chain.stream()
                .map(
                    s ->
                        s.get("userId") != null
                            ? Map.<String, Object>of("userId", s.get("userId"))
                            : Map.<String, Object>of("role", s.get("role")))
                .toList());
    Api.admin().body(same).put("/approvals/chains/" + east).then().statusCode(200);
    Api.admin()
        .get("/audit?entityType=ApprovalChain&entityId=" + east)
        .then()
        .statusCode(200)
        .body("items[0].summary", containsString("Approval chain of team Auto Sales East"))
        .body("items[0].actor", equalTo(Api.ADMIN));
  }

  @Test
  void notesSavedSearchesApplicationsAndNewCandidatesAreAudited() throws Exception {
    String slug = firstJob();
    String email = Api.unique("audited") + "@example.com";
    long application =
        CareerApplicant.applyAndWaitForParse(slug, "Ada Audited", email, passing(slug));
    long candidate =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + application)
            .<Number>path("summary.candidateId")
            .longValue();
    int note =
        Api.demo(Api.RECRUITER)
            .body(
                Map.of("candidateId", candidate, "applicationId", application, "body", "Audit me"))
            .post("/notes")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    int search =
        Api.demo(Api.RECRUITER)
            .body(Map.of("name", Api.unique("search"), "query", "q=five9"))
            .post("/saved-searches")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Map<String, Object> created =
        Map.of(
            "Application",
            application,
            "Candidate",
            candidate,
            "Note",
            note,
            "SavedSearch",
            search);
    created.forEach(
        (type, id) ->
            Api.admin()
                .get("/audit?entityType=" + type + "&entityId=" + id + "&action=CREATE")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1)));
  }

  // Medium 6: nothing refused stays on disk

  @Test
  void refusedFilesLeaveNothingOnDisk() throws Exception {
    // a zip of zero-filled entries: read, refused, not kept
    byte[] zeros = new byte[512 * 1024];
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      for (int i = 0; i < 40; i++) {
        zip.putNextEntry(new ZipEntry("resume-" + i + ".pdf"));
        zip.write(zeros);
        zip.closeEntry();
      }
    }
    int batch =
        Api.demo(Api.RECRUITER)
            .contentType("multipart/form-data")
            .multiPart("files", "zeros.zip", zipped.toByteArray())
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(() -> Api.demo(Api.RECRUITER), batch);
    assertThat(resumeFolder().resolve(sha256(zeros))).doesNotExist();

    // a zip over the entry limit: refused whole, none of its files kept
    ByteArrayOutputStream big = new ByteArrayOutputStream();
    List<String> hashes = new ArrayList<>();
    try (ZipOutputStream zip = new ZipOutputStream(big)) {
      for (int i = 0; i < 501; i++) {
        byte[] text = ("Resume of nobody " + Api.unique("n") + "\nnobody@example.com\n").getBytes();
        hashes.add(sha256(text));
        zip.putNextEntry(new ZipEntry("r" + i + ".txt"));
        zip.write(text);
        zip.closeEntry();
      }
    }
    Api.demo(Api.RECRUITER)
        .contentType("multipart/form-data")
        .multiPart("files", "many.zip", big.toByteArray())
        .post("/uploads")
        .then()
        .statusCode(422);
    for (String hash : hashes) {
      assertThat(resumeFolder().resolve(hash)).doesNotExist();
    }

    // an anonymous applicant's program: 415 and gone
    byte[] program = new byte[4096];
    program[0] = 'M';
    program[1] = 'Z';
    ThreadLocalRandom.current().nextBytes(java.util.Arrays.copyOfRange(program, 2, 4096));
    String slug = firstJob();
    given()
        .header("X-Forwarded-For", address())
        .multiPart("name", "Eve Exe")
        .multiPart("email", Api.unique("exe") + "@example.com")
        .multiPart("consent", "true")
        .multiPart("answers", HostileRequests.json(passing(slug)))
        .multiPart("resume", "resume.pdf", program)
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(415);
    assertThat(resumeFolder().resolve(sha256(program))).doesNotExist();
    try (var staged = Files.list(resumeFolder().resolve("incoming"))) {
      assertThat(staged.filter(f -> f.toFile().length() == program.length)).isEmpty();
    }
  }

  // Medium 7: cookies as promised

  @Test
  void theSessionCookieIsHttpOnlyStrictAndSecureBehindTls() {
    String email = Api.unique("cookie") + "@example.com";
    Api.createUser(email, "cookie-password-1", "TRAINER");
    String plain =
        signIn(email, "cookie-password-1", address())
            .then()
            .statusCode(200)
            .extract()
            .header("Set-Cookie");
    assertThat(plain)
        .startsWith("FLOORREADY_SESSION=")
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .contains("Path=/");
    assertThat(plain).doesNotContain("Secure");
    String tls =
        given()
            .header("X-Forwarded-For", address())
            .header("X-Forwarded-Proto", "https")
            .contentType(ContentType.JSON)
            .body(HostileRequests.json(Map.of("email", email, "password", "cookie-password-1")))
            .post("/session")
            .then()
            .statusCode(200)
            .extract()
            .header("Set-Cookie");
    assertThat(tls).contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
  }

  // Medium 8: EEO rows cannot be joined back

  @Test
  void eeoAnswersKeepOnlyTheRequisitionAndTheMonth() throws Exception {
    String slug = firstJob();
    String email = Api.unique("eeo") + "@example.com";
    given()
        .header("X-Forwarded-For", address())
        .multiPart("name", "Eli Equal")
        .multiPart("email", email)
        .multiPart("consent", "true")
        .multiPart("answers", HostileRequests.json(passing(slug)))
        .multiPart("resume", TestResumes.file(TestResumes.TXT))
        .multiPart("eeoGender", "Female")
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(201);
    try (Connection db = database();
        ResultSet columns =
            db.createStatement()
                .executeQuery(
                    "select column_name, data_type from information_schema.columns"
                        + " where table_name = 'eeo_response' and table_schema = current_schema()")) {
      Map<String, String> types = new TreeMap<>();
      while (columns.next()) {
        types.put(columns.getString(1), columns.getString(2));
      }
      assertThat(types)
          .containsOnlyKeys(
              "id",
              "requisition_id",
              "submitted_month",
              "gender",
              "race_ethnicity",
              "veteran_status",
              "disability_status",
              "application_key");
      assertThat(types.get("submitted_month")).isEqualTo("date");
      // the only link to the application is a keyed hash (for selection rates, in aggregate): not
      // the id, and not a plain hash of it that anyone could recompute
      Number application =
          Api.demo(Api.RECRUITER).get("/applications?q=" + email).path("items[0].id");
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      java.util.Set<String> plain = new java.util.HashSet<>();
      for (String form : List.of(String.valueOf(application), "application\n" + application)) {
        plain.add(
            java.util.HexFormat.of()
                .formatHex(sha.digest(form.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
      }
      ResultSet keys =
          db.createStatement()
              .executeQuery(
                  "select application_key from eeo_response where application_key is not null");
      int linked = 0;
      while (keys.next()) {
        linked++;
        assertThat(keys.getString(1)).matches("[0-9a-f]{64}").isNotIn(plain);
      }
      assertThat(linked).isPositive();
      assertThat(types.get("id")).startsWith("character");
      ResultSet months =
          db.createStatement()
              .executeQuery("select distinct extract(day from submitted_month) from eeo_response");
      while (months.next()) {
        assertThat(months.getInt(1)).isEqualTo(1);
      }
    }
  }

  // Low 9 and 10: what used to answer 500, and parameters that do not convert

  @Test
  void whatUsedToFailWithA500IsAProblemNamingTheInput() throws Exception {
    long west = Api.admin().get("/teams").<Integer>path("find { it.name == 'Bundles West' }.id");
    String requisition =
        """
        {"title":"%s","teamId":%d,"workMode":"REMOTE","remoteStates":%s,"openings":1,
         "targetStartDate":"2027-03-01","payMin":18,"payMax":%s,"payBasis":"HOURLY",
         "employmentType":"FULL_TIME","interviewerIds":%s,"description":"x"}
        """;
    for (String[] bad :
        new String[][] {
          {"[null]", "22", "[]", "remoteStates"},
          {"[\"TX\"]", "1e20", "[]", "payMax"},
          {"[\"TX\"]", "22", "[null]", "interviewerIds"}
        }) {
      Api.demo(Api.RECRUITER)
          .body(requisition.formatted(Api.unique("Bad"), west, bad[0], bad[1], bad[2]))
          .post("/requisitions")
          .then()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    for (String list :
        List.of("/users", "/candidates", "/applications", "/requisitions", "/uploads", "/audit")) {
      Api.admin()
          .get(list + "?page=99999999")
          .then()
          .statusCode(400)
          .body("violations.field", hasItem("page"));
      Api.admin()
          .get(list + "?page=abc")
          .then()
          .statusCode(400)
          .body("violations.field", hasItem("page"));
      Api.admin()
          .get(list + "?size=1.5")
          .then()
          .statusCode(400)
          .body("violations.field", hasItem("size"));
    }
    given().get("/careers/jobs?page=99999999").then().statusCode(400);
    Api.admin()
        .get("/requisitions?status=NOT_A_STATUS")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("status"));
    Api.admin()
        .get("/users?role=NOT_A_ROLE")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("role"));
    Api.demo(Api.RECRUITER)
        .urlEncodingEnabled(false)
        .get("/candidates?q=%00")
        .then()
        .statusCode(lessThan(500))
        .contentType(containsString("json"));
    String slug = firstJob();
    given()
        .header("X-Forwarded-For", address())
        .multiPart("name", "Dee Deep")
        .multiPart("email", Api.unique("deep") + "@example.com")
        .multiPart("consent", "true")
        .multiPart("answers", HostileRequests.DEEP)
        .multiPart("resume", TestResumes.file(TestResumes.TXT))
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("answers"));

    long message =
        Api.admin().get("/outbox?size=1").<Number>path("messages.items[0].id").longValue();
    List<Integer> requeues =
        Parallel.run(20, () -> Api.admin().post("/outbox/" + message + "/requeue").statusCode());
    assertThat(Set.copyOf(requeues)).isSubsetOf(200, 409);
  }

  // Low 11: passwords

  @Test
  void passwordsFollowTheRulesAndChangesEndOtherSessions() throws Exception {
    String email = Api.unique("pw") + "@example.com";
    Api.admin()
        .body(
            HostileRequests.json(
                Map.of(
                    "email",
                    email,
                    "displayName",
                    "Pat Password",
                    "password",
                    "qwertyuiop",
                    "roles",
                    List.of("TRAINER"))))
        .post("/users")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("password"));
    Api.createUserWithPasswordToChange(email, "set-by-the-admin", "TRAINER");
    Api.as(email, "set-by-the-admin")
        .get("/teams")
        .then()
        .statusCode(403)
        .body("type", endsWith("/password-change-required"));
    for (String weak : List.of("            ", "password123", "Password123", email)) {
      Api.as(email, "set-by-the-admin")
          .body(
              HostileRequests.json(
                  Map.of("currentPassword", "set-by-the-admin", "newPassword", weak)))
          .put("/session/password")
          .then()
          .statusCode(400)
          .body("violations.field", hasItem("newPassword"));
    }
    Api.as(email, "set-by-the-admin")
        .body("{\"currentPassword\":\"set-by-the-admin\",\"newPassword\":\"my-first-own-one\"}")
        .put("/session/password")
        .then()
        .statusCode(204);

    Api.Session kept = Api.Session.signIn(email, "my-first-own-one");
    Api.Session other = Api.Session.signIn(email, "my-first-own-one");
    kept.withCsrf()
        .body("{\"currentPassword\":\"my-first-own-one\",\"newPassword\":\"my-second-own-one\"}")
        .put("/session/password")
        .then()
        .statusCode(204);
    kept.request().get("/teams").then().statusCode(200);
    other.request().get("/teams").then().statusCode(401);

    // forgot password: a single-use link by mail; using it ends every session
    given()
        .header("X-Forwarded-For", address())
        .contentType(ContentType.JSON)
        .body("{\"email\":\"" + email + "\"}")
        .post("/session/password-reset")
        .then()
        .statusCode(202);
    given()
        .header("X-Forwarded-For", address())
        .contentType(ContentType.JSON)
        .body("{\"email\":\"" + Api.unique("nobody") + "@example.com\"}")
        .post("/session/password-reset")
        .then()
        .statusCode(202);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !mail.to(email).isEmpty() && resetToken(email) != null);
    String token = resetToken(email);
    given()
        .contentType(ContentType.JSON)
        .body("{\"token\":\"" + token + "\",\"newPassword\":\"my-third-own-one\"}")
        .post("/session/password-reset/confirm")
        .then()
        .statusCode(204);
    given()
        .contentType(ContentType.JSON)
        .body("{\"token\":\"" + token + "\",\"newPassword\":\"my-fourth-own-one\"}")
        .post("/session/password-reset/confirm")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("token"));
    kept.request().get("/teams").then().statusCode(401);
    Api.as(email, "my-third-own-one").get("/teams").then().statusCode(200);
  }

  private static String resetToken(String email) {
    for (var message : mail.to(email)) {
      try {
        Object content = message.getContent();
        String text =
            content instanceof String s
                ? s
                : new String(message.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher m =
            java.util.regex.Pattern.compile("reset-password\\?token=([A-Za-z0-9_\\-]+)")
                .matcher(text);
        if (m.find()) {
          return m.group(1);
        }
        if (content instanceof jakarta.mail.Multipart multipart) {
          for (int i = 0; i < multipart.getCount(); i++) {
            Object part = multipart.getBodyPart(i).getContent();
            Matcher inner =
                java.util.regex.Pattern.compile("reset-password\\?token=([A-Za-z0-9_\\-]+)")
                    .matcher(String.valueOf(part));
            if (inner.find()) {
              return inner.group(1);
            }
          }
        }
      } catch (Exception e) {
        // not this message
      }
    }
    return null;
  }

  // Low 12-14

  @Test
  void markdownLinksAreHttpHttpsOrMailtoOnly() {
    long west = Api.admin().get("/teams").<Integer>path("find { it.name == 'Bundles West' }.id");
    String html =
        Api.demo(Api.RECRUITER)
            .body(
                """
                {"title":"%s","teamId":%d,"workMode":"ON_SITE","site":"Dallas, TX","openings":1,"targetStartDate":"2027-03-01",
                 "payMin":18,"payMax":22,"payBasis":"HOURLY","employmentType":"FULL_TIME",
                 "description":"[a](javascript:alert(1)) [b](data:text/html,<b>x</b>) [c](https://example.com) [d](mailto:jobs@example.com) [e](JaVaScRiPt:alert(2))"}
                """
                    .formatted(Api.unique("Links"), west))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .extract()
            .path("descriptionHtml");
    assertThat(html.toLowerCase()).doesNotContain("javascript:").doesNotContain("data:");
    assertThat(html).contains("https://example.com").contains("mailto:jobs@example.com");
  }

  @Test
  void anAnyManagerStepShowsThePipelineOnlyWhileItWaits() {
    long west = Api.admin().get("/teams").<Integer>path("find { it.name == 'Bundles West' }.id");
    int id =
        Api.demo(Api.RECRUITER)
            .body(
                """
                {"title":"%s","teamId":%d,"workMode":"ON_SITE","site":"Dallas, TX","openings":1,"targetStartDate":"2027-03-01",
                 "payMin":18,"payMax":22,"payBasis":"HOURLY","employmentType":"FULL_TIME","description":"x"}
                """
                    .formatted(Api.unique("Any manager"), west))
            .post("/requisitions")
            .then()
            .statusCode(201)
            .extract()
            .path("summary.id");
    Api.demo(Api.RECRUITER).post("/requisitions/" + id + "/submit").then().statusCode(200);
    Api.demo(Api.MANAGER_CENTRAL).get("/requisitions/" + id).then().statusCode(200);
    Api.demo(Api.MANAGER_EAST)
        .body("{}")
        .post("/requisitions/" + id + "/approve")
        .then()
        .statusCode(200);
    Api.demo(Api.MANAGER_CENTRAL).get("/requisitions/" + id).then().statusCode(404);
    Api.demo(Api.MANAGER_CENTRAL).get("/pipelines/" + id).then().statusCode(404);
    Api.demo(Api.MANAGER_EAST).get("/requisitions/" + id).then().statusCode(200);
  }

  @Test
  void namesLoseControlCharactersAndDownloadNamesKeepTheirLetters() throws Exception {
    String email = Api.unique("bidi") + "@example.com";
    long id = Api.createUser(email, "a-good-password", "TRAINER");
    Api.admin().get("/users/" + id).then().statusCode(200);
    int version = Api.admin().get("/users/" + id).path("version");
    Api.admin()
        .body(
            HostileRequests.json(
                Map.of(
                    "displayName",
                    "Eve\u202e\u0007 Evil\u200f",
                    "roles",
                    List.of("TRAINER"),
                    "timeZone",
                    "America/Chicago",
                    "enabled",
                    true,
                    "version",
                    version)))
        .put("/users/" + id)
        .then()
        .statusCode(200)
        .body("displayName", equalTo("Eve Evil"));

    Path resume = Files.createTempDirectory("names").resolve("Zoë Ångström résumé.txt");
    Files.writeString(
        resume,
        "Zoe Angstrom\n"
            + Api.unique("zoe")
            + "@example.com\nDallas, TX\n\nExperience\nAgent, Acme, 2020 - Present\n");
    // as browsers send it: the file name in UTF-8, raw, in the part's header
    String boundary = "----floorready" + Api.unique("b");
    ByteArrayOutputStream form = new ByteArrayOutputStream();
    form.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                + resume.getFileName()
                + "\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    form.write(Files.readAllBytes(resume));
    form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    int batch =
        Api.demo(Api.RECRUITER)
            .contentType("multipart/form-data; boundary=" + boundary)
            .body(form.toByteArray())
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(() -> Api.demo(Api.RECRUITER), batch);
    int candidate = Api.demo(Api.RECRUITER).get("/uploads/" + batch).path("files[0].candidateId");
    int document = Api.demo(Api.RECRUITER).get("/candidates/" + candidate).path("documents[0].id");
    String disposition =
        Api.demo(Api.RECRUITER)
            .get("/candidates/" + candidate + "/documents/" + document)
            .then()
            .statusCode(200)
            .extract()
            .header("Content-Disposition");
    assertThat(disposition)
        .contains(
            "filename*=UTF-8''"
                + URLEncoder.encode("Zoë Ångström résumé.txt", StandardCharsets.UTF_8)
                    .replace("+", "%20"));
  }

  @Test
  void theOpenApiDocumentReadsCleanlyInAnIndependentParser() {
    SwaggerParseResult result = openApi();
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    // request records are documented whole, with the element types of their lists
    io.swagger.v3.oas.models.media.Schema<?> edit =
        api.getComponents().getSchemas().get("RequisitionEdit");
    assertThat(edit.getProperties()).containsKeys("teamId", "workMode", "remoteStates", "version");
    assertThat(edit.getProperties().get("teamId").getType()).isEqualTo("integer");
    assertThat(edit.getProperties().get("remoteStates").getItems().getType()).isEqualTo("string");
    assertThat(edit.getProperties().get("title").getMaxLength()).isEqualTo(200);
    assertThat(edit.getRequired()).contains("title", "teamId");
    // same-named records of different features stay apart
    assertThat(api.getComponents().getSchemas())
        .containsKeys("RequisitionDetail", "CandidateDetail", "OutboxMessageDetail");
    assertThat(api.getComponents().getSchemas().get("CandidateDetail").getProperties())
        .containsKey("timeline");
    io.swagger.v3.oas.models.media.Schema<?> token =
        api.getComponents().getSchemas().get("TokenView");
    assertThat(token.getProperties().get("createdAt").getFormat()).isEqualTo("date-time");
  }

  private SwaggerParseResult openApi() {
    String document =
        given()
            .basePath("")
            .accept("application/json")
            .get("/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    return new OpenAPIV3Parser().readContents(document, null, options);
  }

  // API tokens

  @Test
  void tokensActAsTheirOwnerNeverMoreAndStopWhenRevoked() {
    String email = Api.unique("scripter") + "@example.com";
    long user = Api.createUser(email, "a-good-password", "RECRUITER");
    Response created =
        Api.as(email, "a-good-password")
            .body("{\"name\":\"nightly export\",\"validDays\":30}")
            .post("/tokens");
    created.then().statusCode(201).body("token", org.hamcrest.Matchers.startsWith("frt_"));
    String token = created.path("token");
    int tokenId = created.path("details.id");
    bearer(token).get("/candidates?size=1").then().statusCode(200);
    bearer(token).get("/users").then().statusCode(403);
    Response listed = Api.as(email, "a-good-password").get("/tokens");
    listed.then().body("name", hasItem("nightly export"));
    assertThat(listed.asString()).doesNotContain(token);
    bearer(token + "x").get("/candidates?size=1").then().statusCode(401);
    Response audited = Api.admin().get("/audit?entityType=ApiToken&entityId=" + tokenId);
    audited.then().body("items[0].action", equalTo("CREATE"));
    assertThat(audited.asString()).doesNotContain(token);

    // the owner's roles of the moment count
    int version = Api.admin().get("/users/" + user).path("version");
    Api.admin()
        .body(
            "{\"displayName\":\"Scripter\",\"roles\":[\"TRAINER\"],\"timeZone\":\"America/Chicago\",\"enabled\":true,\"version\":%d}"
                .formatted(version))
        .put("/users/" + user)
        .then()
        .statusCode(200);
    bearer(token).get("/candidates?size=1").then().statusCode(403);
    Api.as(email, "a-good-password").delete("/tokens/" + tokenId).then().statusCode(200);
    bearer(token).get("/teams").then().statusCode(401);

    // a service account: its own role, no candidate's personal data
    String service = Api.unique("dialer") + "@service.example.com";
    long account = Api.createUser(service, "service-password-1", "INTEGRATION");
    String machine =
        Api.admin()
            .body("{\"name\":\"dialer\",\"userId\":" + account + "}")
            .post("/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token");
    bearer(machine)
        .get("/session")
        .then()
        .statusCode(200)
        .body("roles", equalTo(List.of("INTEGRATION")));
    for (String path :
        List.of(
            "/candidates", "/applications", "/notes?candidate=1", "/users", "/outbox", "/audit")) {
      bearer(machine).get(path).then().statusCode(403);
    }
    Api.as(email, "a-good-password")
        .body("{\"name\":\"not mine\",\"userId\":" + account + "}")
        .post("/tokens")
        .then()
        .statusCode(403);
  }

  @Test
  void aTokenLimitedToSomeRolesGrantsOnlyThoseAndCannotWidenItself() {
    String email = Api.unique("two-hats") + "@example.com";
    Api.createUser(email, "a-good-password", "RECRUITER", "TRAINER");
    String trainerOnly =
        Api.as(email, "a-good-password")
            .body("{\"name\":\"class roster sync\",\"roles\":[\"TRAINER\"]}")
            .post("/tokens")
            .then()
            .statusCode(201)
            .body("details.limitedTo", equalTo(List.of("TRAINER")))
            .extract()
            .path("token");
    bearer(trainerOnly).get("/session").then().body("roles", equalTo(List.of("TRAINER")));
    bearer(trainerOnly).get("/candidates?size=1").then().statusCode(403);
    bearer(trainerOnly).get("/requisitions").then().statusCode(200);
    Api.as(email, "a-good-password").get("/candidates?size=1").then().statusCode(200);

    // a token made with the limited token is limited the same way, and cannot ask for more
    bearer(trainerOnly)
        .body("{\"name\":\"wider\",\"roles\":[\"RECRUITER\"]}")
        .post("/tokens")
        .then()
        .statusCode(400)
        .body("type", endsWith("/invalid-input"))
        .body("violations.field", hasItem("roles"));
    String child =
        bearer(trainerOnly)
            .body("{\"name\":\"child\"}")
            .post("/tokens")
            .then()
            .statusCode(201)
            .body("details.limitedTo", equalTo(List.of("TRAINER")))
            .extract()
            .path("token");
    bearer(child).get("/candidates?size=1").then().statusCode(403);

    // never a role the owner does not hold; never an empty scope, an unknown role or a null
    for (String roles : List.of("[\"ADMIN\"]", "[]", "[null]")) {
      Api.as(email, "a-good-password")
          .body("{\"name\":\"odd\",\"roles\":" + roles + "}")
          .post("/tokens")
          .then()
          .statusCode(400)
          .body("type", endsWith("/invalid-input"));
    }
    Api.as(email, "a-good-password")
        .body("{\"name\":\"odd\",\"roles\":[\"WIZARD\"]}")
        .post("/tokens")
        .then()
        .statusCode(400);
  }

  // Retention and erasure

  @Test
  void anErasureRequestRemovesThePersonButKeepsTheCounts() throws Exception {
    String slug = firstJob();
    String email = Api.unique("erase") + "@example.com";
    long application =
        CareerApplicant.applyAndWaitForParse(slug, "Erin Erasable", email, passing(slug));
    long candidate =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + application)
            .<Number>path("summary.candidateId")
            .longValue();
    String sha =
        Api.demo(Api.RECRUITER).get("/candidates/" + candidate).path("documents[0].sha256");
    Api.demo(Api.RECRUITER).post("/candidates/" + candidate + "/erasure").then().statusCode(403);
    Api.admin().post("/candidates/" + candidate + "/erasure").then().statusCode(lessThan(300));
    Response erased = Api.admin().get("/candidates/" + candidate);
    erased.then().body("summary.name", equalTo("Erased candidate"));
    assertThat(erased.asString()).doesNotContain(email);
    Api.admin().get("/candidates?q=" + email).then().body("totalItems", equalTo(0));
    Api.admin().get("/applications/" + application).then().statusCode(200);
    if (sha != null) {
      assertThat(resumeFolder().resolve(sha)).doesNotExist();
    }
    Response audit = Api.admin().get("/audit?entityType=Candidate&entityId=" + candidate);
    audit.then().body("items.summary", hasItem(containsString("Personal data erased")));
    assertThat(audit.asString()).doesNotContain(email);
    assertThat(Api.admin().get("/outbox?relatedType=Candidate&relatedId=" + candidate).asString())
        .doesNotContain(email);
  }

  @Test
  void theRetentionPurgeErasesWhoeverIsInactiveLongerThanThePeriod() throws Exception {
    String slug = firstJob();
    String oldEmail = Api.unique("old") + "@example.com";
    long old = CareerApplicant.applyAndWaitForParse(slug, "Olga Old", oldEmail, passing(slug));
    String newEmail = Api.unique("new") + "@example.com";
    long recent = CareerApplicant.applyAndWaitForParse(slug, "Nina New", newEmail, passing(slug));
    long oldCandidate =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + old)
            .<Number>path("summary.candidateId")
            .longValue();
    long version =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + old)
            .<Number>path("summary.version")
            .longValue();
    Api.demo(Api.RECRUITER)
        .body(Map.of("to", "REJECTED", "reason", "Not a fit", "version", version))
        .post("/applications/" + old + "/moves")
        .then()
        .statusCode(200);
    try (Connection db = database()) {
      db.createStatement()
          .executeUpdate(
              "update candidate set updated_at = now() - interval '3 years' where id = "
                  + oldCandidate);
      db.createStatement()
          .executeUpdate(
              "update application set stage_entered_at = now() - interval '3 years' where id = "
                  + old);
    }
    Api.demo(Api.RECRUITER).post("/jobs/retention-purge/run").then().statusCode(403);
    Api.admin().post("/jobs/retention-purge/run").then().statusCode(lessThan(300));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> Api.admin().get("/candidates?q=" + oldEmail).<Integer>path("totalItems") == 0);
    Api.admin()
        .get("/candidates/" + oldCandidate)
        .then()
        .body("summary.name", equalTo("Erased candidate"));
    Api.admin().get("/candidates?q=" + newEmail).then().body("totalItems", equalTo(1));
    Api.admin().get("/applications/" + recent).then().statusCode(200);
    Response purged = Api.admin().get("/audit?entityType=Retention");
    purged.then().body("items[0].summary", containsString("Retention purge:"));
    assertThat(purged.asString()).doesNotContain(oldEmail);
  }

  // Several nodes: what expired leaves the shared tables through a cluster-safe job

  @Test
  void theSignInPurgeJobRemovesEndedSessionsOldWindowsAndExpiredLinks() throws Exception {
    String email = Api.unique("purge") + "@example.com";
    Api.createUser(email, "purge-password-1", "RECRUITER");
    Api.Session idle = Api.Session.signIn(email, "purge-password-1");
    Api.Session active = Api.Session.signIn(email, "purge-password-1");
    try (Connection db = database()) {
      db.createStatement()
          .executeUpdate(
              "update user_session set last_used_at = now() - interval '3 days'"
                  + " where user_id = (select id from app_user where email = '"
                  + email
                  + "') and csrf_token = '"
                  + idle.csrf()
                  + "'");
      db.createStatement()
          .executeUpdate(
              "insert into rate_counter (bucket, window_start, hits)"
                  + " values ('purge-test', now() - interval '2 days', 3)");
    }
    Api.admin()
        .get("/jobs")
        .then()
        .body("name", org.hamcrest.Matchers.hasItem("sign-in-records-purge"));
    Api.admin().post("/jobs/sign-in-records-purge/run").then().statusCode(lessThan(300));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> count("select count(*) from rate_counter where bucket = 'purge-test'") == 0);
    assertThat(count("select count(*) from user_session where csrf_token = '" + idle.csrf() + "'"))
        .as("the idle session's row is gone")
        .isZero();
    idle.request().get("/session").then().statusCode(204);
    active.request().get("/session").then().statusCode(200);
  }

  private static long count(String sql) throws SQLException {
    try (Connection db = database();
        var rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  // The fuzz: every operation of /openapi, hostile parameters and bodies, never a 5xx

  @Test
  void noOperationAnswersHostileInputWithA5xx() throws Exception {
    OpenAPI api = openApi().getOpenAPI();
    HostileRequests hostile = new HostileRequests(api);
    String token = token(Api.admin(), "fuzz " + LocalDate.now());
    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        String method = entry.getKey().name();
        Operation operation = entry.getValue();
        List<Parameter> parameters = new ArrayList<>();
        if (path.getValue().getParameters() != null) {
          parameters.addAll(path.getValue().getParameters());
        }
        if (operation.getParameters() != null) {
          parameters.addAll(operation.getParameters());
        }
        String template = path.getKey();
        // each path and query parameter hostile in turn, the others harmless
        for (Parameter parameter : parameters) {
          for (String value : hostile.values(parameter)) {
            requests++;
            check(failures, method, template, parameters, parameter, value, null, token);
          }
        }
        MediaType json =
            operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                ? null
                : operation.getRequestBody().getContent().get("application/json");
        if (json != null) {
          for (String body : hostile.bodies(json.getSchema())) {
            requests++;
            check(failures, method, template, parameters, null, null, body, token);
          }
        }
      }
    }
    assertThat(requests).isGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  private void check(
      List<String> failures,
      String method,
      String template,
      List<Parameter> parameters,
      Parameter hostile,
      String hostileValue,
      String body,
      String token) {
    String path = template;
    StringBuilder query = new StringBuilder();
    for (Parameter p : parameters) {
      String value = p == hostile ? hostileValue : harmless(p);
      if ("path".equals(p.getIn())) {
        path = path.replace("{" + p.getName() + "}", encodePath(value));
      } else if ("query".equals(p.getIn()) && (p == hostile)) {
        query
            .append(query.length() == 0 ? "?" : "&")
            .append(p.getName())
            .append('=')
            .append(encodeQuery(value));
      }
    }
    path = path.replaceAll("\\{[^}]*}", "987654321");
    // a path segment that is empty would address another operation: the hostile value stands alone
    if (path.contains("//") || path.endsWith("/")) {
      return;
    }
    RequestSpecification request =
        given()
            .basePath("")
            .urlEncodingEnabled(false)
            .header("Authorization", "Bearer " + token)
            .header("X-Forwarded-For", address())
            .accept("application/json");
    if (body != null) {
      request = request.contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
    }
    Response response = request.request(method, path + query);
    if (response.statusCode() >= 500) {
      String shown =
          body == null
              ? ""
              : " body " + (body.length() > 200 ? body.substring(0, 200) + "…" : body);
      failures.add(
          method
              + " "
              + path
              + query.toString().substring(0, Math.min(query.length(), 200))
              + shown
              + " → "
              + response.statusCode()
              + " "
              + response.asString().substring(0, Math.min(300, response.asString().length())));
    }
  }

  /** A value that addresses nothing real: operations fail on the hostile part, not on a record. */
  private static String harmless(Parameter p) {
    return switch (p.getName()) {
      case "action" -> "hold";
      case "slug" -> "no-such-job";
      case "name" -> "no-such-job";
      case "field" -> "city";
      default -> "987654321";
    };
  }

  private static String encodePath(String value) {
    if (value.contains("%")) {
      return value;
    }
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String encodeQuery(String value) {
    if (value.matches("(%[0-9A-Fa-f]{2})+")) {
      return value;
    }
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
