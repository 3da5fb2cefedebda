package org.floorready.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.floorready.it.CareerApplicant.apply;
import static org.floorready.it.CareerApplicant.firstJob;
import static org.floorready.it.CareerApplicant.passing;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.floorready.fixtures.HostileFiles;
import org.floorready.fixtures.OfficePackages;
import org.floorready.fixtures.TestResumes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Candidate intake through the API: parse-only, careers applications, bulk upload and its history,
 * duplicates, corrections and their undo, search.
 */
class CandidatesIT extends DeployedApp {
  private static final String WORD =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final Mailbox mail = new Mailbox();

  @BeforeAll
  static void startSmtp() {
    mail.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.stop();
  }

  private static File resume(String name) {
    return TestResumes.file(name);
  }

  /** A hostile file of the given kind, written for this call. */
  private static File hostile(HostileFile kind) throws IOException {
    Path folder = Files.createTempDirectory("hostile");
    folder.toFile().deleteOnExit();
    File file = kind.writer.write(folder).toFile();
    file.deleteOnExit();
    return file;
  }

  private enum HostileFile {
    TRUNCATED(HostileFiles::truncatedPdf),
    BOMB(f -> HostileFiles.zipBomb(f, 200)),
    EMPTY(HostileFiles::empty),
    PROGRAM(HostileFiles::programNamedPdf),
    ENCRYPTED(HostileFiles::encryptedPdf),
    SCANNED(f -> HostileFiles.scannedPdf(f, 1));

    private final Writer writer;

    HostileFile(Writer writer) {
      this.writer = writer;
    }

    interface Writer {
      Path write(Path folder) throws IOException;
    }
  }

  private static RequestSpecification recruiter() {
    return given().auth().preemptive().basic(Api.RECRUITER, Api.DEMO_PASSWORD);
  }

  private static void serverStillHealthy() {
    given().basePath("").get("/health/ready").then().statusCode(200);
  }

  @Test
  void parseOnlyReturnsAStructuredProfile() {
    recruiter()
        .multiPart("file", resume(TestResumes.PDF))
        .post("/resumes/parse")
        .then()
        .statusCode(200)
        .body("mediaType", equalTo("application/pdf"))
        .body("name", equalTo("Harper N. Okafor"))
        .body("emails", hasItem("harper.okafor@example.net"))
        .body("phones", hasItem("+14025550123"))
        .body("location.region", equalTo("NE"))
        .body("npn", equalTo("20573916"))
        .body("licenses.state", hasItem("IA"))
        .body("workHistory[0].title", notNullValue())
        .body("warnings", notNullValue())
        // the shape is kept; a separate map says per field how far to trust it
        .body("confidence.name.level", equalTo("high"))
        .body("confidence.npn.level", equalTo("high"))
        .body("confidence.npn.reason", equalTo("labelled as the NPN"))
        .body("confidence.experienceMonths.level", org.hamcrest.Matchers.oneOf("high", "low"));
    recruiter()
        .multiPart("file", resume(TestResumes.DOCX))
        .post("/resumes/parse")
        .then()
        .statusCode(200)
        .body("mediaType", containsString("wordprocessingml"));
    given()
        .multiPart("file", resume(TestResumes.TXT))
        .post("/resumes/parse")
        .then()
        .statusCode(401);
    Api.demo(Api.TRAINER)
        .contentType("multipart/form-data")
        .multiPart("file", resume(TestResumes.TXT))
        .post("/resumes/parse")
        .then()
        .statusCode(403);
    recruiter()
        .multiPart("other", "x")
        .post("/resumes/parse")
        .then()
        .statusCode(400)
        .body("type", endsWith("/invalid-input"))
        .body("violations.field", hasItem("other"));
  }

  @Test
  void everyHostileFileGetsAClearProblemAndTheServerStaysHealthy() throws IOException {
    Map<HostileFile, Integer> expected =
        Map.of(
            HostileFile.TRUNCATED,
            422,
            HostileFile.BOMB,
            422,
            HostileFile.EMPTY,
            422,
            HostileFile.PROGRAM,
            415,
            HostileFile.ENCRYPTED,
            422);
    for (var entry : expected.entrySet()) {
      recruiter()
          .multiPart("file", hostile(entry.getKey()))
          .post("/resumes/parse")
          .then()
          .statusCode(entry.getValue())
          .contentType("application/problem+json");
      serverStillHealthy();
    }
    recruiter()
        .multiPart("file", hostile(HostileFile.ENCRYPTED))
        .post("/resumes/parse")
        .then()
        .body("type", equalTo("/problems/unreadable-resume"))
        .body("detail", containsString("password"));
    Path huge = Files.createTempFile("b07-huge", ".txt");
    try {
      byte[] line = "Experienced call center agent with Five9 and Salesforce.\n".getBytes();
      try (var out = Files.newOutputStream(huge)) {
        for (int i = 0; i < 60 * 1024 * 1024 / line.length; i++) {
          out.write(line);
        }
      }
      recruiter()
          .multiPart("file", huge.toFile())
          .post("/resumes/parse")
          .then()
          .statusCode(413)
          .contentType("application/problem+json");
    } finally {
      Files.deleteIfExists(huge);
    }
    serverStillHealthy();
    recruiter()
        .multiPart("file", hostile(HostileFile.SCANNED))
        .post("/resumes/parse")
        .then()
        .statusCode(200)
        .body("mediaType", equalTo("application/pdf"));
    recruiter()
        .multiPart("file", resume(TestResumes.PDF_CONTACT_AT_END))
        .post("/resumes/parse")
        .then()
        .statusCode(200)
        .body("emails.size()", equalTo(1));
  }

  @Test
  void applyingCreatesTheCandidateTheApplicationAndAConfirmationThenTheResumeIsParsed() {
    String slug = firstJob();
    String email = Api.unique("applicant") + "@example.com";
    apply(slug, "Lucinda Holloway", email, "(816) 555-0199", passing(slug), resume(TestResumes.TXT))
        .then()
        .statusCode(201)
        .body("status", equalTo("received"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> mail.received(email, "We received your application"));
    int id = recruiter().get("/candidates?q=" + email).path("items[0].id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "PARSED".equals(recruiter().get("/candidates/" + id).path("documents[0].status")));
    recruiter()
        .get("/candidates/" + id)
        .then()
        .statusCode(200)
        .body("applications[0].source", equalTo("CAREERS_PAGE"))
        .body("applications[0].stage", equalTo("APPLIED"))
        .body("phones", hasItem("+18165550199"))
        .body("parsed.experienceMonths", notNullValue())
        .body("timeline.type", hasItem("APPLIED"));
    Api.admin()
        .get("/audit?entityType=Candidate&entityId=" + id + "&action=READ")
        .then()
        .body("items[0].actor", equalTo(Api.RECRUITER));
    recruiter()
        .get(
            "/candidates/"
                + id
                + "/documents/"
                + recruiter().get("/candidates/" + id).path("documents[0].id")
                + "/text")
        .then()
        .statusCode(200)
        .body(containsString("@"));
  }

  @Test
  void wordFilesAsPandocWritesThemAreTakenInByEveryPath() throws IOException {
    File repro = Files.createTempFile("pandoc", ".docx").toFile();
    repro.deleteOnExit();
    try (var in =
        getClass().getResourceAsStream("/org/floorready/fixtures/pandoc-svg-icons.docx")) {
      Files.write(repro.toPath(), in.readAllBytes());
    }
    recruiter()
        .multiPart("file", repro)
        .post("/resumes/parse")
        .then()
        .statusCode(200)
        .body("mediaType", equalTo(WORD))
        .body("emails", hasItem("jm.knzgidix@qgtnaha.meb"))
        .body("warnings", hasItem(containsString("repaired copy")));

    String email = Api.unique("pandoc") + "@example.org";
    File made = Files.createTempFile("made-by-pandoc", ".docx").toFile();
    made.deleteOnExit();
    Files.write(
        made.toPath(),
        OfficePackages.docx("Katherine Lin", email, "Omaha, NE 68102")
            .svgImages("image/svg+xml;base64")
            .footnote("Five9 and Salesforce")
            .comment("ok")
            .customProperties()
            .contentTypesLast()
            .build());
    String slug = firstJob();
    apply(slug, "Katherine Lin", email, null, passing(slug), made).then().statusCode(201);
    int id = recruiter().get("/candidates?q=" + email).path("items[0].id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !"QUEUED".equals(recruiter().get("/candidates/" + id).path("documents[0].status")));
    recruiter()
        .get("/candidates/" + id)
        .then()
        .body("documents[0].status", equalTo("PARSED"))
        .body("documents[0].mediaType", equalTo(WORD))
        .body("parsed.warnings", hasItem(containsString("repaired copy")));

    int batch =
        recruiter()
            .multiPart("files", repro)
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(CandidatesIT::recruiter, batch);
    recruiter()
        .get("/uploads/" + batch)
        .then()
        .body("files[0].status", equalTo("PARSED"))
        .body("files[0].error", nullValue());

    File sheet = Files.createTempFile("sheet", ".docx").toFile();
    sheet.deleteOnExit();
    Files.write(sheet.toPath(), OfficePackages.spreadsheet());
    recruiter()
        .multiPart("file", sheet)
        .post("/resumes/parse")
        .then()
        .statusCode(415)
        .body("detail", containsString("a spreadsheet, not a resume"));
  }

  /**
   * A new recruiter who lives in {@code zone}; each call of the answer starts a request as them.
   */
  private static Supplier<RequestSpecification> recruiterIn(String zone) {
    String email = Api.unique("zone") + "@example.com";
    Api.admin()
        .body(
            """
        {"email":"%s","displayName":"Recruiter in %s","password":"%s","roles":["RECRUITER"],"timeZone":"%s"}
        """
                .formatted(email, zone, "set-by-the-admin", zone))
        .post("/users")
        .then()
        .statusCode(201);
    Api.as(email, "set-by-the-admin")
        .body("{\"currentPassword\":\"set-by-the-admin\",\"newPassword\":\"my-own-password\"}")
        .put("/session/password")
        .then()
        .statusCode(204);
    return () -> given().auth().preemptive().basic(email, "my-own-password");
  }

  @Test
  void appliedDatesAreCalendarDaysInTheSearchersTimeZone() {
    String slug = firstJob();
    String email = Api.unique("zones") + "@example.com";
    apply(slug, "Tomasa Zoned", email, null, passing(slug), resume(TestResumes.TXT))
        .then()
        .statusCode(201);
    // 25 hours apart: whatever the time, "today" there is a different date
    ZoneId east = ZoneId.of("Pacific/Kiritimati");
    ZoneId west = ZoneId.of("Pacific/Pago_Pago");
    Supplier<RequestSpecification> eastern = recruiterIn(east.getId());
    Supplier<RequestSpecification> western = recruiterIn(west.getId());
    String search = "/candidates?q=" + email + "&appliedFrom=%s&appliedTo=%s";
    LocalDate eastToday = LocalDate.now(east);
    LocalDate westToday = LocalDate.now(west);
    eastern
        .get()
        .get(search.formatted(eastToday, eastToday))
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1));
    western
        .get()
        .get(search.formatted(westToday, westToday))
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1));
    eastern
        .get()
        .get(search.formatted(westToday, westToday))
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    western
        .get()
        .get("/candidates?appliedFrom=" + eastToday.plusDays(1))
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(0));
    recruiter().get("/candidates?appliedFrom=26-11-2026").then().statusCode(400);
  }

  @Test
  void knockOutsRejectWithAReasonAndBadApplicationsAreExplained() throws IOException {
    String slug = firstJob();
    String email = Api.unique("sunday") + "@example.com";
    apply(
            slug,
            "Weekend Person",
            email,
            null,
            List.of("No", "Yes", "Either"),
            resume(TestResumes.TXT_NOT_LICENSED))
        .then()
        .statusCode(201);
    int id = recruiter().get("/candidates?q=" + email).path("items[0].id");
    recruiter()
        .get("/candidates/" + id)
        .then()
        .body("applications[0].stage", equalTo("REJECTED"))
        .body("applications[0].knockedOut", equalTo(true))
        .body("applications[0].knockoutReason", containsString("Saturdays"));
    String bot = Api.unique("bot") + "@example.com";
    given()
        .multiPart("name", "Bot")
        .multiPart("email", bot)
        .multiPart("consent", "true")
        .multiPart("answers", "[\"Yes\",\"Yes\",\"Either\"]")
        .multiPart("website", "http://spam")
        .multiPart("resume", resume(TestResumes.TXT))
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(202);
    assertThat(recruiter().get("/candidates?q=" + bot).<Integer>path("totalItems")).isZero();
    given()
        .multiPart("name", "No Consent")
        .multiPart("email", "nc@example.com")
        .multiPart("answers", "[]")
        .multiPart("resume", resume(TestResumes.TXT))
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("consent"));
    apply(slug, "Wrong Answers", "wa@example.com", null, List.of("Maybe"), resume(TestResumes.TXT))
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("answers"));
    apply(
            slug,
            "Binary",
            "bin@example.com",
            null,
            List.of("Yes", "Yes", "Either"),
            hostile(HostileFile.PROGRAM))
        .then()
        .statusCode(415);
    apply(
            slug,
            "Empty",
            "empty@example.com",
            null,
            List.of("Yes", "Yes", "Either"),
            hostile(HostileFile.EMPTY))
        .then()
        .statusCode(422)
        .body("detail", containsString("empty"));
    // voluntary self-identification: public questions, known answers or none, anything else refused
    given()
        .get("/careers/self-identification")
        .then()
        .statusCode(200)
        .body(
            "field",
            contains("eeoGender", "eeoRaceEthnicity", "eeoVeteranStatus", "eeoDisabilityStatus"));
    given()
        .multiPart("name", "Eve Self")
        .multiPart("email", Api.unique("eeo") + "@example.com")
        .multiPart("consent", "true")
        .multiPart("answers", "[\"Yes\",\"Yes\",\"Either\"]")
        .multiPart("eeoGender", "Female")
        .multiPart("eeoVeteranStatus", "")
        .multiPart("resume", resume(TestResumes.TXT))
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(201);
    given()
        .multiPart("name", "Eve Self")
        .multiPart("email", Api.unique("eeo") + "@example.com")
        .multiPart("consent", "true")
        .multiPart("answers", "[\"Yes\",\"Yes\",\"Either\"]")
        .multiPart("eeoGender", "x".repeat(500))
        .multiPart("resume", resume(TestResumes.TXT))
        .post("/careers/jobs/" + slug + "/applications")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("eeoGender"));
    given()
        .multiPart("name", "x")
        .post("/careers/jobs/999999-nothing/applications")
        .then()
        .statusCode(404);
  }

  @Test
  void demoApplicantsHaveResumesWhoseExperienceIsCountedToToday() {
    // the oldest application is the demo's (demo applicants applied days before any test ran)
    int demo = recruiter().get("/applications?sort=appliedAt&size=1").path("items[0].candidateId");
    var profile = recruiter().get("/candidates/" + demo);
    profile
        .then()
        .body("documents[0].status", equalTo("PARSED"))
        .body("documents[0].fileName", org.hamcrest.Matchers.endsWith("-resume.txt"))
        .body("timeline.type", hasItem("RESUME_PARSED"));
    String start = profile.path("parsed.workHistory[0].start");
    assertThat((Object) profile.path("parsed.workHistory[0].end")).isNull();
    long months =
        java.time.temporal.ChronoUnit.MONTHS.between(
            java.time.YearMonth.parse(start), java.time.YearMonth.now(java.time.ZoneOffset.UTC));
    int counted = profile.path("summary.contactCenterMonths");
    assertThat((long) counted).isBetween(months, months + 1);
  }

  @Test
  void hiringManagersAndInterviewersSeeThePeopleTheyJudgeAndNothingElse() throws Exception {
    String east = firstJob();
    String email = Api.unique("judged") + "@example.com";
    long eastApplication =
        CareerApplicant.applyAndWaitForParse(east, "Jules Judged", email, passing(east));
    int candidate = recruiter().get("/applications/" + eastApplication).path("summary.candidateId");
    int central =
        recruiter()
            .get("/requisitions?q=Bilingual&status=OPEN")
            .path("items.find { it.team == 'Home & Renters Central' }.id");
    // the same person uploaded by a recruiter into a Central requisition: a second application
    int batch =
        recruiter()
            .multiPart("files", IntakeFiles.textResume("Jules Judged", email))
            .multiPart("requisitionId", String.valueOf(central))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(CandidatesIT::recruiter, batch);
    recruiter().get("/candidates/" + candidate).then().body("applications.size()", equalTo(2));

    Api.demo(Api.MANAGER_EAST)
        .get("/candidates/" + candidate)
        .then()
        .statusCode(200)
        .body("summary.name", equalTo("Jules Judged"))
        .body("emails", hasItem(email))
        .body("applications.id", contains((int) eastApplication))
        .body(
            "timeline.applicationId",
            everyItem(org.hamcrest.Matchers.anyOf(nullValue(), equalTo((int) eastApplication))));
    Api.demo(Api.MANAGER_CENTRAL)
        .get("/candidates/" + candidate)
        .then()
        .statusCode(200)
        .body("applications.requisitionId", contains(central));
    Api.demo(Api.INTERVIEWER)
        .get("/candidates/" + candidate)
        .then()
        .statusCode(200)
        .body("applications.id", contains((int) eastApplication));
    Api.demo(Api.INTERVIEWER).get("/applications/" + eastApplication).then().statusCode(200);
    int document =
        Api.demo(Api.MANAGER_EAST).get("/candidates/" + candidate).path("documents[0].id");
    Api.demo(Api.MANAGER_EAST)
        .accept("text/plain")
        .get("/candidates/" + candidate + "/documents/" + document + "/text")
        .then()
        .statusCode(200)
        .body(containsString(email));
    // nothing else: no search, no trainer, no one outside the pipelines
    Api.demo(Api.MANAGER_EAST).get("/candidates?q=" + email).then().statusCode(403);
    Api.demo(Api.TRAINER).get("/candidates/" + candidate).then().statusCode(403);
    String pooled = Api.unique("pooled") + "@example.com";
    int poolBatch =
        recruiter()
            .multiPart("files", IntakeFiles.textResume("Pia Pooled", pooled))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(CandidatesIT::recruiter, poolBatch);
    int inPool = recruiter().get("/uploads/" + poolBatch).path("files[0].candidateId");
    Api.demo(Api.MANAGER_EAST).get("/candidates/" + inPool).then().statusCode(404);
    Api.demo(Api.INTERVIEWER)
        .get(
            "/applications/"
                + recruiter()
                    .get("/candidates/" + candidate)
                    .path("applications.find { it.requisitionId == " + central + " }.id"))
        .then()
        .statusCode(404);
    // every read of the profile and the resume is in the audit trail
    Api.admin()
        .get("/audit?entityType=Candidate&entityId=" + candidate + "&action=READ&size=100")
        .then()
        .body("items.actor", hasItems(Api.MANAGER_EAST, Api.INTERVIEWER, Api.MANAGER_CENTRAL))
        .body("items.summary", hasItem(containsString("Opened resume")));
  }

  @Test
  void theSamePersonIsRecognizedAndProbableDuplicatesCanBeMerged() throws IOException {
    List<String> jobs = given().get("/careers/jobs?size=100").path("items.slug");
    String email = Api.unique("twice") + "@example.com";
    apply(
            jobs.get(0),
            "Jordan Avery Blake",
            email,
            "(214) 555-0187",
            passing(jobs.get(0)),
            resume(TestResumes.HTML))
        .then()
        .statusCode(201);
    apply(
            jobs.get(1),
            "Jordan Blake",
            email.toUpperCase(),
            null,
            passing(jobs.get(1)),
            resume(TestResumes.HTML))
        .then()
        .statusCode(201);
    String local = email.substring(0, email.indexOf('@'));
    // the careers page never attaches an application to someone already on file: whoever types
    // an address in is a new candidate, flagged as the probable same person for a recruiter
    List<Integer> both = recruiter().get("/candidates?q=" + email).path("items.id");
    assertThat(both).hasSize(2);
    int id = Collections.min(both);
    int again = Collections.max(both);
    recruiter()
        .get("/candidates/" + again)
        .then()
        .body("summary.possibleDuplicateOf", equalTo(id))
        .body("applications.size()", equalTo(1));
    recruiter()
        .post("/candidates/" + id + "/merge/" + again)
        .then()
        .statusCode(200)
        .body("applications.size()", equalTo(2));
    recruiter().get("/candidates?q=" + email).then().body("totalItems", equalTo(1));

    String variant = local.replace("twice", "twise") + "@example.org";
    apply(
            jobs.get(0),
            "Jordan A. Blake",
            variant,
            null,
            passing(jobs.get(0)),
            resume(TestResumes.HTML))
        .then()
        .statusCode(201);
    int other = recruiter().get("/candidates?q=" + variant).path("items[0].id");
    recruiter().get("/candidates/" + other).then().body("summary.possibleDuplicateOf", equalTo(id));
    // a correction made on the record that is merged away holds on the survivor
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !"QUEUED"
                    .equals(recruiter().get("/candidates/" + other).path("documents[0].status")));
    int otherVersion = recruiter().get("/candidates/" + other).path("version");
    recruiter()
        .contentType("application/json")
        .body("{\"corrections\":{\"city\":\"Plano\"},\"version\":" + otherVersion + "}")
        .put("/candidates/" + other + "/corrections")
        .then()
        .statusCode(200);
    recruiter()
        .contentType("application/json")
        .body("{\"candidateId\":" + other + ",\"body\":\"Prefers evenings\"}")
        .post("/notes")
        .then()
        .statusCode(201);
    recruiter()
        .post("/candidates/" + id + "/merge/" + other)
        .then()
        .statusCode(200)
        .body("applications.size()", equalTo(3))
        .body("emails", hasItem(variant))
        .body("summary.city", equalTo("Plano"))
        .body("corrections.city", equalTo("Plano"))
        .body("correctionNotes.city.by", equalTo(Api.RECRUITER))
        .body("timeline.detail", hasItem(containsString("carried over from candidate " + other)));
    recruiter().get("/candidates?q=" + variant).then().body("totalItems", equalTo(1));
    recruiter()
        .get("/notes?candidate=" + id)
        .then()
        .statusCode(200)
        .body("body", hasItem("Prefers evenings"));
    Api.admin()
        .get("/audit?entityType=Candidate&entityId=" + other + "&action=UPDATE")
        .then()
        .body("items[0].summary", containsString("Merged into candidate " + id));

    // a probable duplicate that is someone else: marked so, the flag goes and stays gone
    String namesake = local.replace("twice", "twyce") + "@example.net";
    apply(
            jobs.get(1),
            "Jordan Blake",
            namesake,
            null,
            passing(jobs.get(1)),
            resume(TestResumes.HTML))
        .then()
        .statusCode(201);
    int stranger = recruiter().get("/candidates?q=" + namesake).path("items[0].id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                !"QUEUED"
                    .equals(
                        recruiter().get("/candidates/" + stranger).path("documents[0].status")));
    Integer flagged =
        recruiter().get("/candidates/" + stranger).path("summary.possibleDuplicateOf");
    assertThat(flagged).isNotNull();
    recruiter()
        .post("/candidates/" + stranger + "/not-duplicate/" + flagged)
        .then()
        .statusCode(200)
        .body("summary.possibleDuplicateOf", nullValue());

    // an upload of the same person under a near-identical address is filed and flagged, not failed
    String near = local.replace("twice", "twicf") + "@example.com";
    int batch =
        recruiter()
            .multiPart("files", IntakeFiles.textResume("Jordan Blake", near))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(CandidatesIT::recruiter, batch);
    recruiter()
        .get("/uploads/" + batch)
        .then()
        .body("files[0].outcome", equalTo("POSSIBLE_DUPLICATE"));
  }

  @Test
  void bulkUploadOfAZipReportsEachFileAndRecognizesKnownPeople() throws IOException {
    int requisition = Api.demo(Api.RECRUITER).get("/requisitions?status=OPEN").path("items[0].id");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (String name : List.of(TestResumes.DOC, TestResumes.RTF, TestResumes.ODT)) {
        out.putNextEntry(new ZipEntry("resumes/" + name));
        out.write(Files.readAllBytes(resume(name).toPath()));
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry("resumes/binary.pdf"));
      out.write(Files.readAllBytes(hostile(HostileFile.PROGRAM).toPath()));
      out.closeEntry();
      out.putNextEntry(new ZipEntry("inner.zip"));
      out.write(new byte[] {'P', 'K', 3, 4});
      out.closeEntry();
    }
    Path file = Files.createTempFile("batch", ".zip");
    Files.write(file, zip.toByteArray());
    int batch =
        recruiter()
            .multiPart("files", file.toFile())
            .multiPart("files", resume(TestResumes.PDF_CONTACT_AT_END))
            .multiPart("requisitionId", String.valueOf(requisition))
            .post("/uploads")
            .then()
            .statusCode(202)
            .body("total", equalTo(6))
            .extract()
            .path("batchId");
    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () -> {
              Response progress = recruiter().get("/uploads/" + batch);
              return progress.<Integer>path("done").equals(progress.<Integer>path("total"));
            });
    Response progress = recruiter().get("/uploads/" + batch);
    List<String> outcomes = progress.path("files.outcome");
    assertThat(outcomes).isSubsetOf("CREATED", "MATCHED", "POSSIBLE_DUPLICATE", "FAILED");
    assertThat(progress.<List<String>>path("files.findAll { it.outcome == 'FAILED' }.fileName"))
        .containsExactlyInAnyOrder("binary.pdf", "inner.zip");
    recruiter()
        .get("/candidates?requisitionId=" + requisition + "&q=Ferreira")
        .then()
        .body("totalItems", equalTo(1));

    int again =
        recruiter()
            .multiPart("files", resume(TestResumes.DOC))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> "MATCHED".equals(recruiter().get("/uploads/" + again).path("files[0].outcome")));
    Files.deleteIfExists(file);
  }

  @Test
  void correctionsSurviveReparsingAndSearchFilters() {
    int batch =
        recruiter()
            .multiPart("files", resume(TestResumes.DOCX))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> recruiter().get("/uploads/" + batch).path("files[0].candidateId") != null);
    int id = recruiter().get("/uploads/" + batch).path("files[0].candidateId");
    int version = recruiter().get("/candidates/" + id).path("version");
    recruiter()
        .contentType("application/json")
        .body(
            "{\"corrections\":{\"city\":\"Las Cruces\",\"skills\":[\"Five9\",\"Spanish sales\"]},\"version\":"
                + version
                + "}")
        .put("/candidates/" + id + "/corrections")
        .then()
        .statusCode(200)
        .body("summary.city", equalTo("Las Cruces"))
        .body("corrections.city", equalTo("Las Cruces"));
    recruiter()
        .contentType("application/json")
        .body("{\"corrections\":{\"city\":\"Stale\"},\"version\":" + version + "}")
        .put("/candidates/" + id + "/corrections")
        .then()
        .statusCode(409);
    // work history, licenses and education are corrected as whole lists; corrected licenses decide
    // the states
    int listVersion = recruiter().get("/candidates/" + id).path("version");
    recruiter()
        .contentType("application/json")
        .body(
            "{\"corrections\":{\"country\":\"us\","
                + "\"workHistory\":[{\"title\":\"Sales Agent\",\"employer\":\"Mesa Mutual\",\"start\":\"2019-04\",\"end\":null}],"
                + "\"licenses\":[{\"state\":\"NM\",\"linesOfAuthority\":[\"Property\",\"Casualty\"],\"number\":\"441122\","
                + "\"resident\":true,\"status\":\"active\"}],"
                + "\"education\":[{\"institution\":\"NMSU\",\"credential\":\"BBA\",\"year\":2016}]},\"version\":"
                + listVersion
                + "}")
        .put("/candidates/" + id + "/corrections")
        .then()
        .statusCode(200)
        .body("corrections.country", equalTo("US"))
        .body("corrections.workHistory[0].employer", equalTo("Mesa Mutual"))
        .body("summary.licensedStates", contains("NM"))
        .body("correctionNotes", hasKey("licenses"));
    recruiter()
        .contentType("application/json")
        .body(
            "{\"corrections\":{\"workHistory\":[{\"title\":\"Agent\","
                + "\"start\":\"2019-13\"}],\"licenses\":[{\"state\":\"Texas\",\"linesOfAuthority\":[],\"status\":\"active\"}]}}")
        .put("/candidates/" + id + "/corrections")
        .then()
        .statusCode(400)
        .body(
            "violations.field", hasItems("corrections.workHistory[0]", "corrections.licenses[0]"));
    recruiter()
        .contentType("application/json")
        .body("{\"corrections\":{\"email\":\"nope\",\"npn\":\"12AB\"}}")
        .put("/candidates/" + id + "/corrections")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItems("corrections.email", "corrections.npn"));

    int reparse =
        recruiter()
            .multiPart("files", resume(TestResumes.DOCX))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "MATCHED".equals(recruiter().get("/uploads/" + reparse).path("files[0].outcome")));
    recruiter()
        .get("/candidates/" + id)
        .then()
        .body("summary.city", equalTo("Las Cruces"))
        .body("summary.licensedStates", contains("NM"))
        .body("corrections.education[0].institution", equalTo("NMSU"));

    recruiter()
        .get("/candidates?language=Spanish&skill=five9")
        .then()
        .body("items.id", hasItem(id))
        .body("totalCapped", equalTo(false));
    recruiter()
        .get("/candidates?skill=SPANISH SALES&language=spanish")
        .then()
        .body("items.id", hasItem(id));
    recruiter().get("/candidates?skill=Spanish").then().body("items.id", not(hasItem(id)));
    recruiter().get("/candidates?minExperienceMonths=1200").then().body("totalItems", equalTo(0));
    Api.demo(Api.MANAGER_EAST).get("/candidates").then().statusCode(403);
    recruiter()
        .contentType("application/json")
        .body("{\"name\":\"Spanish speakers\",\"query\":\"language=Spanish\"}")
        .post("/saved-searches")
        .then()
        .statusCode(201);
    int saved =
        recruiter().get("/saved-searches").path("find { it.name == 'Spanish speakers' }.id");
    // a saved search is its owner's: others neither see nor delete it
    Api.admin().get("/saved-searches").then().body("id", not(hasItem(saved)));
    Api.admin().delete("/saved-searches/" + saved).then().statusCode(404);
    recruiter().delete("/saved-searches/" + saved).then().statusCode(204);
    recruiter().get("/saved-searches").then().body("id", not(hasItem(saved)));
  }

  @Test
  void stageAndSourceFilterTheSearch() throws IOException {
    String slug = firstJob();
    String email = Api.unique("stage") + "@example.com";
    apply(slug, "Stagey Filterton", email, null, passing(slug), resume(TestResumes.TXT))
        .then()
        .statusCode(201);
    int id = recruiter().get("/candidates?q=" + email).path("items[0].id");
    int requisition = recruiter().get("/candidates/" + id).path("applications[0].requisitionId");
    String mine = "/candidates?requisitionId=" + requisition + "&size=100";
    recruiter()
        .get(mine + "&stage=APPLIED&source=CAREERS_PAGE")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(id));
    recruiter()
        .get(mine + "&stage=OFFER")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
    recruiter()
        .get(mine + "&source=UPLOAD")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));

    // uploaded to the talent pool first, then applied on the careers page: found by either source
    String both = Api.unique("both") + "@example.com";
    int batch =
        recruiter()
            .multiPart(
                "files", IntakeFiles.textResume("Bettina " + IntakeFiles.uniqueSurname(), both))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(CandidatesIT::recruiter, batch);
    apply(slug, "Bettina Later", both, null, passing(slug), resume(TestResumes.TXT))
        .then()
        .statusCode(201);
    List<Integer> records = recruiter().get("/candidates?q=" + both).path("items.id");
    assertThat(records).hasSize(2);
    int pooled = Collections.min(records);
    recruiter()
        .get("/candidates/" + Collections.max(records))
        .then()
        .body("summary.possibleDuplicateOf", equalTo(pooled));
    recruiter()
        .post("/candidates/" + pooled + "/merge/" + Collections.max(records))
        .then()
        .statusCode(200);
    recruiter()
        .get("/candidates?source=CAREERS_PAGE&q=" + both)
        .then()
        .body("items.id", contains(pooled));
    recruiter()
        .get("/candidates?source=TALENT_POOL_UPLOAD&q=" + both)
        .then()
        .body("items.id", contains(pooled));
  }

  @Test
  void adminsExtendTheSkillTaxonomyAndTheParserFindsTheNewSkill() throws IOException {
    String skill = "Quillo" + Api.unique("s").replaceAll("[^A-Za-z0-9]", "");
    Map<String, Object> term = Map.of("name", skill, "aliases", List.of(skill + " Dialer"));
    Api.admin()
        .contentType("application/json")
        .body(term)
        .post("/skills")
        .then()
        .statusCode(201)
        .body("builtIn", equalTo(false));
    Api.admin().contentType("application/json").body(term).post("/skills").then().statusCode(409);
    recruiter().contentType("application/json").body(term).post("/skills").then().statusCode(403);
    Path resume = Files.createTempFile("skills", ".txt");
    try {
      Files.writeString(
          resume,
          "Dana Whitlock\ndana.whitlock@example.com\n(214) 555-0142\n\nSkills\n"
              + skill
              + " Dialer, Five9, Salesforce\n");
      recruiter()
          .multiPart("file", resume.toFile())
          .post("/resumes/parse")
          .then()
          .statusCode(200)
          .body("skills", hasItems(skill, "Five9"));
      Number id = recruiter().get("/skills").path("find { it.name == '" + skill + "' }.id");
      Api.admin().delete("/skills/" + id).then().statusCode(204);
      recruiter()
          .multiPart("file", resume.toFile())
          .post("/resumes/parse")
          .then()
          .statusCode(200)
          .body("skills", not(hasItem(skill)));
    } finally {
      Files.deleteIfExists(resume);
    }
  }

  @Test
  void pastUploadsAreListedNewestFirstWithTheirOutcomeCounts() throws IOException {
    Map<String, Object> requisition =
        Api.demo(Api.RECRUITER).get("/requisitions?status=OPEN").path("items[0]");
    int requisitionId = (Integer) requisition.get("id");
    int ours =
        recruiter()
            .multiPart(
                "files",
                IntakeFiles.textResume(
                    "Harriet " + IntakeFiles.uniqueSurname(), Api.unique("quill") + "@example.com"))
            .multiPart("files", hostile(HostileFile.PROGRAM))
            .multiPart("requisitionId", String.valueOf(requisitionId))
            .post("/uploads")
            .then()
            .statusCode(202)
            // a file of no resume format fails as it arrives, with the reason; it is never queued
            .body("files.find { it.fileName == 'binary.pdf' }.outcome", equalTo("FAILED"))
            .body(
                "files.find { it.fileName == 'binary.pdf' }.error",
                containsString("Accepted are PDF"))
            .extract()
            .path("batchId");
    Map<String, Object> running =
        recruiter().get("/uploads?requisitionId=" + requisitionId + "&size=1").path("items[0]");
    assertThat(running.get("id")).isEqualTo(ours);
    assertThat(running.get("state"))
        .isEqualTo(IntakeFiles.queued(running) > 0 ? "RUNNING" : "DONE");
    IntakeFiles.awaitDone(CandidatesIT::recruiter, ours);
    int theirs =
        Api.admin()
            .contentType("multipart/form-data")
            .multiPart(
                "files",
                IntakeFiles.textResume(
                    "Ignatius " + IntakeFiles.uniqueSurname(),
                    Api.unique("ferro") + "@example.com"))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(CandidatesIT::recruiter, theirs);

    recruiter()
        .get("/uploads?size=2")
        .then()
        .statusCode(200)
        .body("items[0].id", equalTo(theirs))
        .body("items[1].id", equalTo(ours))
        .body("page", equalTo(0))
        .body("size", equalTo(2))
        .body("totalItems", greaterThanOrEqualTo(2));
    Response list = recruiter().get("/uploads?requisitionId=" + requisitionId);
    assertThat(list.<List<Integer>>path("items.requisitionId")).containsOnly(requisitionId);
    assertThat(list.<List<Integer>>path("items.id")).contains(ours).doesNotContain(theirs);
    Map<String, Object> row = list.path("items.find { it.id == " + ours + " }");
    assertThat(row)
        .containsEntry("requisitionTitle", requisition.get("title"))
        .containsEntry("files", 2)
        .containsEntry("createdBy", Api.RECRUITER)
        .containsEntry("createdByName", "Riley Recruiter")
        .containsEntry("state", "DONE")
        .containsEntry(
            "counts",
            Map.of("created", 1, "matched", 0, "possibleDuplicates", 0, "failed", 1, "queued", 0));
    recruiter()
        .get("/uploads?mine=true&size=100")
        .then()
        .body("items.createdBy", everyItem(equalTo(Api.RECRUITER)))
        .body("items.id", not(hasItem(theirs)));
    Api.admin()
        .get("/uploads?mine=true")
        .then()
        .body("items[0].id", equalTo(theirs))
        .body("items[0].requisitionId", nullValue())
        .body("items[0].counts.created", equalTo(1))
        .body("items.id", not(hasItem(ours)));
    recruiter()
        .get("/uploads?sort=fileName")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .basePath("")
        .get("/openapi?format=JSON")
        .then()
        .body(
            "paths.'/api/v1/uploads'.get.parameters.name",
            hasItems("page", "size", "sort", "requisitionId", "mine"));
    Api.demo(Api.TRAINER).get("/uploads").then().statusCode(403);
    given().get("/uploads").then().statusCode(401);
  }

  @Test
  void oneCorrectionCanBeUndoneAndTheFieldShowsTheParsedValueAgain() throws IOException {
    String email = Api.unique("undo") + "@example.com";
    String name = "Octavia " + IntakeFiles.uniqueSurname();
    int batch =
        recruiter()
            .multiPart("files", IntakeFiles.textResume(name, email))
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(CandidatesIT::recruiter, batch);
    int id = recruiter().get("/uploads/" + batch).path("files[0].candidateId");
    String corrected = Api.unique("typo") + "@example.com";
    int version =
        recruiter()
            .contentType("application/json")
            .body(
                "{\"corrections\":{\"city\":\"Broken Arrow\","
                    + "\"name\":\"Tavi Brandt\",\"email\":\""
                    + corrected
                    + "\"},\"version\":"
                    + recruiter().get("/candidates/" + id).path("version")
                    + "}")
            .put("/candidates/" + id + "/corrections")
            .then()
            .statusCode(200)
            .body("correctionNotes.city.by", equalTo(Api.RECRUITER))
            .body("correctionNotes.city.at", notNullValue())
            .body("correctionNotes.name.restores", equalTo(name))
            .body("timeline[0].detail", equalTo("name, email, city"))
            .extract()
            .path("version");

    undo(id, "city", version - 1).statusCode(409).contentType("application/problem+json");
    int next =
        undo(id, "city", version)
            .statusCode(200)
            .body("summary.city", equalTo("Tulsa"))
            .body("corrections.city", nullValue())
            .body("correctionNotes", not(hasKey("city")))
            .body("corrections.name", equalTo("Tavi Brandt"))
            .body("summary.name", equalTo("Tavi Brandt"))
            .body("timeline[0].type", equalTo("CORRECTION_UNDONE"))
            .body("timeline[0].actor", equalTo(Api.RECRUITER))
            .body("timeline[0].detail", containsString("Broken Arrow"))
            .extract()
            .path("version");
    assertThat(next).isGreaterThan(version);
    undo(id, "city", next)
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("no correction"));
    undo(id, "salary", next).statusCode(404).contentType("application/problem+json");
    recruiter().delete("/candidates/999999999/corrections/city").then().statusCode(404);

    recruiter()
        .delete("/candidates/" + id + "/corrections/email")
        .then()
        .statusCode(200)
        .body("summary.email", equalTo(email))
        .body("emails", not(hasItem(corrected)));
    recruiter().get("/candidates?q=" + corrected).then().body("totalItems", equalTo(0));
    recruiter()
        .delete("/candidates/" + id + "/corrections/name")
        .then()
        .statusCode(200)
        .body("summary.name", equalTo(name))
        .body("correctionNotes.size()", equalTo(0));
    Api.admin()
        .get("/audit?entityType=Candidate&entityId=" + id + "&action=UPDATE")
        .then()
        .body("items.summary", hasItem("Correction of city undone"));
    Api.demo(Api.MANAGER_EAST)
        .delete("/candidates/" + id + "/corrections/city")
        .then()
        .statusCode(403);
  }

  private static io.restassured.response.ValidatableResponse undo(
      int id, String field, int version) {
    return recruiter()
        .delete("/candidates/" + id + "/corrections/" + field + "?version=" + version)
        .then();
  }
}
