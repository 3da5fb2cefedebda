package org.floorready.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Screening and the pipeline through the API: stage rules, concurrent moves, bulk actions,
 * templates, notes.
 */
class PipelineIT extends DeployedApp {
  private static final Mailbox mail = new Mailbox();
  private static final String JOB = "Licensed P&C Sales Agent";

  @BeforeAll
  static void startSmtp() {
    mail.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.stop();
  }

  private static long freshApplication(String who) throws java.io.IOException {
    String slug = CareerApplicant.firstJob();
    String email = Api.unique(who) + "@example.com";
    return CareerApplicant.applyAndWaitForParse(
        slug,
        "Pat " + who.substring(0, 1).toUpperCase() + who.substring(1) + " Tester",
        email,
        CareerApplicant.passing(slug));
  }

  private static Response move(long id, String to, String reason, Long version) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("to", to);
    body.put("reason", reason);
    body.put("version", version);
    return Api.demo(Api.RECRUITER).body(body).post("/applications/" + id + "/moves");
  }

  private static long version(long id) {
    return Api.demo(Api.RECRUITER)
        .get("/applications/" + id)
        .then()
        .statusCode(200)
        .extract()
        .<Number>path("summary.version")
        .longValue();
  }

  /**
   * The reports follow the recorded events: two applications to a new requisition, one moved on
   * twice and one rejected, show in its funnel at once; the CSV opens in Excel; each role sees its
   * own reports and bad filters are refused by name.
   */
  /**
   * The first applicant came through the fair's link (its code in any case), the second through a
   * link nobody knows; a recruiter then credits the fair with the second too. The EEO aggregate
   * counts both, shows neither count (under 5), and only to admins.
   */
  private static void sourcesFollowLinksAndRecruitersAndEeoStaysAggregate(
      Object req, Map<String, Object> fair, long first, long second) {
    Object fairId = fair.get("id");
    java.util.function.Supplier<List<List<Object>>> sources =
        () ->
            Api.demo(Api.RECRUITER)
                .queryParam("requisitionId", req)
                .get("/reports/sources")
                .then()
                .statusCode(200)
                .extract()
                .path("table.rows");
    String name = (String) fair.get("name");
    assertThat(sources.get())
        .filteredOn(r -> r.get(0).equals(name) || r.get(0).equals("No source recorded"))
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(4))
        .containsExactlyInAnyOrder(name + " 1 20.0", "No source recorded 1 0.0");
    Number secondPerson =
        Api.demo(Api.RECRUITER).get("/applications/" + second).path("summary.candidateId");
    Api.demo(Api.RECRUITER)
        .contentType("application/json")
        .body(Map.of("sourceId", fairId))
        .put("/candidates/" + secondPerson + "/source")
        .then()
        .statusCode(200)
        .body("recruitingSourceId", equalTo(fairId))
        .body("timeline.type", hasItem("SOURCE_CHANGED"));
    assertThat(sources.get())
        .filteredOn(r -> r.get(0).equals(name))
        .extracting(r -> r.get(1) + " " + r.get(4))
        .containsExactly("2 40.0");
    Api.demo(Api.RECRUITER)
        .queryParam("requisitionId", req)
        .queryParam("source", fairId)
        .get("/reports/funnel")
        .then()
        .body("table.rows[0][1]", equalTo(2));
    // only admins keep sources; names are unique, codes fit a link, an amount fits its model
    Api.demo(Api.RECRUITER)
        .contentType("application/json")
        .body(Map.of("name", "Mine", "kind", "OTHER", "costModel", "NONE"))
        .post("/sources")
        .then()
        .statusCode(403);
    for (Object[] bad :
        new Object[][] {
          {Map.of("name", name, "kind", "OTHER", "costModel", "NONE"), 409, null},
          {
            Map.of("name", "X", "code", "Not a code!", "kind", "OTHER", "costModel", "NONE"),
            400,
            "code"
          },
          {Map.of("name", "Y", "kind", "OTHER", "costModel", "PER_MONTH"), 400, "costAmount"},
          {
            Map.of("name", "Z", "kind", "OTHER", "costModel", "PER_HIRE", "costAmount", -5),
            400,
            "costAmount"
          },
          {Map.of("name", "W", "kind", "RADIO", "costModel", "NONE"), 400, null}
        }) {
      var response =
          Api.admin().contentType("application/json").body(bad[0]).post("/sources").then();
      response.statusCode((Integer) bad[1]).contentType("application/problem+json");
      if (bad[2] != null) {
        response.body("violations.field", hasItem(bad[2]));
      }
    }
    Api.demo(Api.RECRUITER)
        .contentType("application/json")
        .body(Map.of("sourceId", 987654321))
        .put("/candidates/" + secondPerson + "/source")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("sourceId"));
    // two admins adding one name at once: one source, the other told it exists
    String same = Api.unique("Same");
    List<CompletableFuture<Integer>> adds = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int i = 0; i < 4; i++) {
      adds.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return Api.admin()
                    .contentType("application/json")
                    .body(Map.of("name", same, "kind", "REFERRAL", "costModel", "NONE"))
                    .post("/sources")
                    .statusCode();
              }));
    }
    go.countDown();
    assertThat(adds.stream().map(CompletableFuture::join).sorted().toList())
        .containsExactly(201, 409, 409, 409);
    Number sameId = Api.admin().get("/sources").path("find { it.name == '" + same + "' }.id");
    // an upload names the source of the new people it brings
    Number batch =
        Api.demo(Api.RECRUITER)
            .contentType("multipart/form-data")
            .multiPart("sourceId", String.valueOf(sameId))
            .multiPart(
                "files",
                "uploaded.txt",
                ("Una Uploaded\n" + Api.unique("una") + "@example.com\nCharlotte, NC\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain")
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    Number uploaded =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> Api.demo(Api.RECRUITER).get("/uploads/" + batch).path("files[0].candidateId"),
                notNullValue());
    Api.demo(Api.RECRUITER)
        .get("/candidates/" + uploaded)
        .then()
        .body("recruitingSourceId", equalTo(sameId.intValue()));
    // retired: no longer offered, its link attributes nobody, the people it brought keep it
    Map<String, Object> retire =
        Map.of(
            "name",
            name,
            "kind",
            "JOB_FAIR",
            "costModel",
            "PER_APPLICANT",
            "costAmount",
            20,
            "active",
            false,
            "version",
            fair.get("version"));
    Api.admin()
        .contentType("application/json")
        .body(retire)
        .put("/sources/" + fairId)
        .then()
        .statusCode(200)
        .body("active", equalTo(false))
        .body("retiredOn", notNullValue());
    Api.admin()
        .contentType("application/json")
        .body(retire)
        .put("/sources/" + fairId)
        .then()
        .statusCode(409);
    assertThat(sources.get())
        .filteredOn(r -> r.get(0).equals(name))
        .extracting(r -> r.get(1))
        .containsExactly(2);
    Api.demo(Api.RECRUITER)
        .contentType("multipart/form-data")
        .multiPart("sourceId", String.valueOf(fairId))
        .multiPart("files", "x.txt", "X".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .post("/uploads")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("sourceId"));

    // EEO: two self-identifications for this requisition, both counts hidden; admins only
    Api.demo(Api.RECRUITER).get("/reports/eeo-applicants").then().statusCode(403);
    Api.demo(Api.MANAGER_EAST).get("/reports/eeo-selection").then().statusCode(403);
    List<Object> row =
        Api.admin()
            .queryParam("requisitionId", req)
            .queryParam("question", "gender")
            .get("/reports/eeo-applicants")
            .then()
            .statusCode(200)
            .extract()
            .path("table.rows[0]");
    assertThat(row.subList(2, row.size())).containsOnly("<5");
    String csv =
        Api.admin()
            .accept("text/csv")
            .queryParam("requisitionId", req)
            .get("/reports/eeo-selection.csv")
            .asString();
    assertThat(csv).contains("Female,<5,<5").doesNotContain("Rita", "Reg");
  }

  @Test
  void reportsFollowTheEventsAndShowEachRoleOnlyItsOwn() throws Exception {
    Map<String, Object> requisition = Api.openRequisition(Api.unique("Reported"), 2);
    String slug = (String) requisition.get("slug");
    Object req = requisition.get("id");
    // a job fair at 20 per applicant, with its careers link code
    String fairName = Api.unique("Fair");
    Map<String, Object> fair =
        Api.admin()
            .contentType("application/json")
            .body(
                Map.of(
                    "name",
                    fairName,
                    "kind",
                    "JOB_FAIR",
                    "costModel",
                    "PER_APPLICANT",
                    "costAmount",
                    20))
            .post("/sources")
            .then()
            .statusCode(201)
            .body("careersLink", org.hamcrest.Matchers.startsWith("/careers/?source="))
            .extract()
            .as(Map.class);
    java.util.function.Supplier<List<List<Object>>> funnel =
        () ->
            Api.demo(Api.RECRUITER)
                .queryParam("requisitionId", req)
                .get("/reports/funnel")
                .then()
                .statusCode(200)
                .extract()
                .path("table.rows");
    assertThat(funnel.get().get(0).get(1)).isEqualTo(0);
    long moved =
        CareerApplicant.applyAndWaitForParse(
            slug,
            "Rita Reported",
            Api.unique("rita") + "@example.com",
            CareerApplicant.passing(slug),
            Map.of("source", ((String) fair.get("code")).toUpperCase(), "eeoGender", "Female"));
    long rejected =
        CareerApplicant.applyAndWaitForParse(
            slug,
            "Reg Reported",
            Api.unique("reg") + "@example.com",
            CareerApplicant.passing(slug),
            Map.of("source", "no-such-source", "eeoGender", "Male"));
    move(moved, "SCREEN", null, null).then().statusCode(200);
    move(moved, "PHONE_INTERVIEW", null, null).then().statusCode(200);
    move(rejected, "REJECTED", "Not available evenings", null).then().statusCode(200);
    List<List<Object>> rows = funnel.get();
    assertThat(rows.stream().map(r -> r.get(1)).toList()).containsExactly(2, 1, 1, 0, 0, 0, 0);
    assertThat(rows.get(1).get(2)).isEqualTo(50.0f);
    // the two moves out of Applied and the one out of Screen, each counted once
    Api.demo(Api.RECRUITER)
        .queryParam("requisitionId", req)
        .get("/reports/time-in-stage")
        .then()
        .statusCode(200)
        .body("table.rows.collect { it[0] }", equalTo(List.of("Applied", "Screen")))
        .body("table.rows.collect { it[1] }", equalTo(List.of(2, 1)));
    Api.demo(Api.RECRUITER)
        .queryParam("requisitionId", req)
        .queryParam("by", "channel")
        .get("/reports/funnel")
        .then()
        .body("table.rows[0][0]", equalTo("CAREERS_PAGE"))
        .body("table.rows[0][1]", equalTo(2));
    sourcesFollowLinksAndRecruitersAndEeoStaysAggregate(req, fair, moved, rejected);

    Response csv =
        Api.demo(Api.RECRUITER)
            .accept("text/csv")
            .queryParam("requisitionId", req)
            .get("/reports/funnel.csv");
    csv.then()
        .statusCode(200)
        .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
        .header("Content-Disposition", org.hamcrest.Matchers.containsString("floorready-funnel-"));
    String text = new String(csv.asByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFFStage,Reached,From the stage before (%),From applied (%)\r\n")
        .contains("\r\nScreen,1,50.0,50.0\r\n");

    // who sees what
    assertThat(Api.demo(Api.RECRUITER).get("/reports").<List<String>>path("name"))
        .hasSize(10)
        .doesNotContain("eeo-applicants", "eeo-selection");
    assertThat(Api.admin().get("/reports").<List<String>>path("name"))
        .contains("sources", "eeo-applicants", "eeo-selection");
    assertThat(Api.demo(Api.TRAINER).get("/reports").<List<String>>path("name"))
        .containsExactly("licensing", "attrition", "headcount");
    assertThat(Api.demo(Api.INTERVIEWER).get("/reports").<List<String>>path("name")).isEmpty();
    // the home page's counts: each role gets its own, and only admins the forecast
    Api.demo(Api.RECRUITER)
        .get("/reports/dashboard")
        .then()
        .statusCode(200)
        .body("failedParses", notNullValue())
        .body("offersOut", notNullValue())
        .body("interviewsToSchedule", notNullValue())
        .body("scorecardsDue", org.hamcrest.Matchers.nullValue())
        .body("forecast", org.hamcrest.Matchers.nullValue());
    Api.demo(Api.INTERVIEWER)
        .get("/reports/dashboard")
        .then()
        .statusCode(200)
        .body("scorecardsDue", notNullValue())
        .body("interviewsToday", notNullValue())
        .body("offersOut", org.hamcrest.Matchers.nullValue())
        .body("failedParses", org.hamcrest.Matchers.nullValue());
    Api.demo(Api.TRAINER)
        .get("/reports/dashboard")
        .then()
        .body("examsThisWeek", notNullValue())
        .body("expiringSoon", notNullValue())
        .body("offersOut", org.hamcrest.Matchers.nullValue());
    Api.admin()
        .get("/reports/dashboard")
        .then()
        .body("forecast.headcount", notNullValue())
        .body("forecast.days", equalTo(90));
    Api.demo(Api.TRAINER).get("/reports/funnel").then().statusCode(403);
    Api.demo(Api.INTERVIEWER).get("/reports/attrition").then().statusCode(403);
    Api.demo(Api.TRAINER).get("/reports/attrition").then().statusCode(200);
    int west = Api.admin().get("/teams").path("find { it.name == 'Bundles West' }.id");
    Api.demo(Api.MANAGER_EAST)
        .queryParam("teamId", west)
        .get("/reports/funnel")
        .then()
        .statusCode(403);
    assertThat(
            Api.demo(Api.MANAGER_EAST)
                .queryParam("by", "team")
                .queryParam("from", "2026-01-01")
                .get("/reports/funnel")
                .<List<String>>path("table.rows.collect { it[0] }"))
        .isNotEmpty()
        .containsOnly("Auto Sales East");
    // plan vs actual: the manager's own team, a row per month of the period
    assertThat(
            Api.demo(Api.MANAGER_EAST)
                .queryParam("from", "2026-11-01")
                .queryParam("to", "2027-01-31")
                .get("/reports/headcount")
                .<List<List<Object>>>path("table.rows"))
        .extracting(r -> r.get(0) + " " + r.get(1))
        .containsExactly(
            "Auto Sales East 2026-11", "Auto Sales East 2026-12", "Auto Sales East 2027-01");
    // the hiring manager of East does not see West's new requisition
    Api.demo(Api.MANAGER_EAST)
        .queryParam("requisitionId", req)
        .get("/reports/funnel")
        .then()
        .body("table.rows[0][1]", equalTo(0));

    // bad filters, each named
    for (String[] bad :
        new String[][] {
          {"from", "2026-13-01", "from"},
          {"state", "ZZ", "state"},
          {"source", "RADIO", "source"},
          {"channel", "RADIO", "channel"},
          {"question", "income", "question"},
          {"by", "weather", "by"},
          {"zone", "Mars/Olympus", "zone"}
        }) {
      Api.demo(Api.RECRUITER)
          .queryParam(bad[0], bad[1])
          .get("/reports/funnel")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("violations[0].field", equalTo(bad[2]));
    }
    Api.demo(Api.RECRUITER)
        .queryParam("from", "2026-12-01")
        .queryParam("to", "2026-11-01")
        .get("/reports/time-to-fill")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("from"));
    Api.demo(Api.RECRUITER).get("/reports/horoscope").then().statusCode(404);
  }

  @Test
  void stageRulesAreEnforcedByTheApi() throws Exception {
    // a requisition of its own: the hire at the end takes one of its seats
    String slug = (String) Api.openRequisition(Api.unique("Rules"), 2).get("slug");
    long id =
        CareerApplicant.applyAndWaitForParse(
            slug,
            "Pat Rules Tester",
            Api.unique("rules") + "@example.com",
            CareerApplicant.passing(slug));
    Api.demo(Api.RECRUITER)
        .get("/applications/" + id)
        .then()
        .statusCode(200)
        .body("summary.stage", equalTo("APPLIED"))
        .body("history[0].to", equalTo("APPLIED"));
    move(id, "SCREEN", null, version(id))
        .then()
        .statusCode(200)
        .body("summary.stage", equalTo("SCREEN"));
    move(id, "NOT_A_STAGE", null, null)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("to"));
    move(id, "REJECTED", "  ", null)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("reason"));
    move(id, "HIRED", null, null).then().statusCode(409);
    move(id, "REJECTED", "No weekend availability", null)
        .then()
        .statusCode(200)
        .body("summary.stage", equalTo("REJECTED"))
        .body("closeReason", equalTo("No weekend availability"));
    move(id, "OFFER", null, null).then().statusCode(409);
    Api.demo(Api.RECRUITER)
        .body(Map.of("reason", ""))
        .post("/applications/" + id + "/reopen")
        .then()
        .statusCode(400);
    Api.demo(Api.RECRUITER)
        .body(Map.of("reason", "Schedule changed"))
        .post("/applications/" + id + "/reopen")
        .then()
        .statusCode(200)
        .body("summary.stage", equalTo("SCREEN"));
    move(id, "OFFER", null, null).then().statusCode(200);
    // Hired comes only from an accepted offer (OffersTrainingIT): by hand it is refused
    move(id, "HIRED", null, null)
        .then()
        .statusCode(409)
        .body("type", org.hamcrest.Matchers.endsWith("/offer-required"));
    Api.demo(Api.RECRUITER)
        .get("/applications/" + id)
        .then()
        .body("history.to", equalTo(List.of("APPLIED", "SCREEN", "REJECTED", "SCREEN", "OFFER")));
  }

  @Test
  void ofTwoConcurrentMovesOneWinsAndTheOtherSeesTheCurrentState() throws Exception {
    long id = freshApplication("race");
    long version = version(id);
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Response>> moves = new ArrayList<>();
    for (String to : List.of("SCREEN", "PHONE_INTERVIEW")) {
      moves.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return move(id, to, null, version);
              }));
    }
    start.countDown();
    List<Response> done = new ArrayList<>();
    for (CompletableFuture<Response> f : moves) {
      done.add(f.get());
    }
    assertThat(done).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
    Response lost = done.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
    Response won = done.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
    assertThat(lost.<String>path("current.summary.stage"))
        .isEqualTo(won.<String>path("summary.stage"));
    assertThat(lost.<Integer>path("current.summary.version"))
        .isEqualTo(won.<Integer>path("summary.version"));
  }

  @Test
  void bulkRejectEmailsEachCandidateFromTheTemplateAndReportsEveryItem() throws Exception {
    List<Long> ids = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long id = freshApplication("bulk");
      ids.add(id);
      emails.add(Api.demo(Api.RECRUITER).get("/applications/" + id).path("summary.email"));
    }
    Number template =
        Api.demo(Api.RECRUITER).get("/email-templates?purpose=REJECTION").path("[0].id");
    List<Long> selection = new ArrayList<>(ids);
    selection.add(987654321L);
    Response result =
        Api.demo(Api.RECRUITER)
            .body(
                Map.of(
                    "applicationIds",
                    selection,
                    "action",
                    "REJECT",
                    "reason",
                    "The class is full",
                    "templateId",
                    template))
            .post("/applications/bulk");
    result
        .then()
        .statusCode(200)
        .body("total", equalTo(4))
        .body("succeeded", equalTo(3))
        .body("failed", equalTo(1))
        .body("results.find { it.applicationId == 987654321 }.outcome", equalTo("FAILED"));
    for (String email : emails) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> mail.received(email, "Your application for " + JOB));
    }
    long candidate =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + ids.get(0))
            .<Number>path("summary.candidateId")
            .longValue();
    Api.demo(Api.RECRUITER)
        .get("/candidates/" + candidate)
        .then()
        .statusCode(200)
        .body("timeline.type", hasItem("EMAIL_SENT"))
        .body("timeline.type", hasItem("STAGE_CHANGED"));
    Api.admin()
        .get("/outbox?templateId=" + template)
        .then()
        .statusCode(200)
        .body("messages.items.to.flatten()", hasItem(emails.get(0)));
    Api.admin()
        .get("/audit?entityType=BulkAction")
        .then()
        .statusCode(200)
        .body("items.summary", hasItem("Created"));
    Api.demo(Api.RECRUITER)
        .get("/applications/bulk/" + result.path("id"))
        .then()
        .statusCode(200)
        .body("succeeded", equalTo(3));
    Api.demo(Api.RECRUITER)
        .body(Map.of("applicationIds", ids, "action", "REJECT"))
        .post("/applications/bulk")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("reason"));
  }

  @Test
  void bulkRejectWithATemplateRejectsSomeoneWithoutAnEmailAddressAndSaysItWasNotEmailed()
      throws Exception {
    String slug = CareerApplicant.firstJob();
    String requisition = slug.split("-", 2)[0];
    java.nio.file.Path resume = java.nio.file.Files.createTempFile("no-email", ".txt");
    resume.toFile().deleteOnExit();
    String name = "Noemi " + IntakeFiles.uniqueSurname();
    java.nio.file.Files.writeString(
        resume,
        name
            + "\nCharlotte, NC\n\nExperience\n"
            + "Customer Service Representative, Carolina Contact Solutions, 01/2020 - Present\n");
    int batch =
        Api.demo(Api.RECRUITER)
            .contentType("multipart/form-data")
            .multiPart("files", resume.toFile())
            .multiPart("requisitionId", requisition)
            .post("/uploads")
            .then()
            .statusCode(202)
            .extract()
            .path("batchId");
    IntakeFiles.awaitDone(() -> Api.demo(Api.RECRUITER), batch);
    Number candidate =
        Api.demo(Api.RECRUITER).get("/uploads/" + batch).path("files[0].candidateId");
    Number application =
        Api.demo(Api.RECRUITER).get("/candidates/" + candidate).path("applications[0].id");
    Number template =
        Api.demo(Api.RECRUITER).get("/email-templates?purpose=REJECTION").path("[0].id");

    Api.demo(Api.RECRUITER)
        .body(
            Map.of(
                "applicationIds",
                List.of(application),
                "action",
                "REJECT",
                "reason",
                "The class is full",
                "templateId",
                template))
        .post("/applications/bulk")
        .then()
        .statusCode(200)
        .body("succeeded", equalTo(1))
        .body("failed", equalTo(0))
        .body("results[0].outcome", equalTo("DONE"))
        .body("results[0].detail", equalTo("Rejected; not emailed: no address"));
    Api.demo(Api.RECRUITER)
        .get("/applications/" + application)
        .then()
        .body("summary.stage", equalTo("REJECTED"));
    Api.demo(Api.RECRUITER)
        .get("/candidates/" + candidate)
        .then()
        .body("timeline.type", hasItem("EMAIL_NOT_SENT"))
        .body("timeline.type", hasItem("STAGE_CHANGED"));
  }

  @Test
  void knockOutRejectsWithTheReasonAndARecruiterCanOverrideIt() throws Exception {
    String slug = CareerApplicant.firstJob();
    List<String> answers = new ArrayList<>(CareerApplicant.passing(slug));
    answers.set(0, "No");
    long id =
        CareerApplicant.applyAndWaitForParse(
            slug, "Kim Knockout", Api.unique("ko") + "@example.com", answers);
    Api.demo(Api.RECRUITER)
        .get("/applications/" + id)
        .then()
        .statusCode(200)
        .body("summary.stage", equalTo("REJECTED"))
        .body("summary.knockedOut", equalTo(true))
        .body("knockoutReason", notNullValue());
    Api.demo(Api.RECRUITER)
        .body(Map.of("reason", "Confirmed by phone: will be licensed before the class"))
        .post("/applications/" + id + "/reopen")
        .then()
        .statusCode(200)
        .body("summary.stage", equalTo("APPLIED"))
        .body("knockoutOverriddenBy", equalTo(Api.RECRUITER));
  }

  @Test
  void stagesCanBeAdjustedButNotBrokenAndScoresAreExplained() throws Exception {
    long id = freshApplication("stages");
    long requisition =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + id)
            .<Number>path("summary.requisitionId")
            .longValue();
    List<Map<String, Object>> stages =
        Api.demo(Api.RECRUITER).get("/pipelines/" + requisition + "/stages").path("");
    List<Map<String, Object>> adjusted = new ArrayList<>(stages);
    adjusted.add(2, Map.of("name", "Background check", "interview", false));
    adjusted.set(1, Map.of("key", "SCREEN", "name", "Recruiter screen", "interview", false));
    Api.demo(Api.RECRUITER)
        .body(adjusted)
        .put("/pipelines/" + requisition + "/stages")
        .then()
        .statusCode(200)
        .body("[1].name", equalTo("Recruiter screen"))
        .body("[2].key", equalTo("CUSTOM_1"));
    List<Map<String, Object>> hiredFirst = new ArrayList<>(adjusted);
    hiredFirst.add(1, hiredFirst.remove(hiredFirst.size() - 1));
    Api.demo(Api.RECRUITER)
        .body(hiredFirst)
        .put("/pipelines/" + requisition + "/stages")
        .then()
        .statusCode(400);
    List<Map<String, Object>> withoutApplied = new ArrayList<>(adjusted);
    withoutApplied.remove(0);
    Api.demo(Api.RECRUITER)
        .body(withoutApplied)
        .put("/pipelines/" + requisition + "/stages")
        .then()
        .statusCode(400);
    Api.demo(Api.MANAGER_CENTRAL).get("/pipelines/" + requisition).then().statusCode(404);
    Api.demo(Api.RECRUITER)
        .get("/pipelines/" + requisition)
        .then()
        .statusCode(200)
        .body("columns[1].name", equalTo("Recruiter screen"))
        .body("columns[2].name", equalTo("Background check"));
    Api.demo(Api.RECRUITER)
        .get("/applications/" + id)
        .then()
        .statusCode(200)
        .body("screening.criterion", hasItem("At least 12 months of contact-center experience"))
        .body(
            "screening.outcome",
            org.hamcrest.Matchers.everyItem(
                org.hamcrest.Matchers.oneOf("MET", "NOT_MET", "UNKNOWN")));
    Api.demo(Api.RECRUITER)
        .body(stages)
        .put("/pipelines/" + requisition + "/stages")
        .then()
        .statusCode(200);

    // best score first, applications without a score last, on both databases
    List<Integer> scores =
        Api.demo(Api.RECRUITER).get("/applications?sort=-score&size=100").path("items.score");
    List<Integer> scored = scores.stream().filter(java.util.Objects::nonNull).toList();
    assertThat(scored).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(scores.subList(0, scored.size())).containsExactlyElementsOf(scored);
  }

  @Test
  void templatesAreValidatedPreviewedAndKeptWhenUsed() throws Exception {
    long id = freshApplication("preview");
    Api.admin()
        .body(
            Map.of(
                "purpose", "REMINDER", "name", "Broken", "subject", "Hi {{nickname}}", "body", "x"))
        .post("/email-templates")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("subject"));
    Number created =
        Api.admin()
            .body(
                Map.of(
                    "purpose",
                    "REMINDER",
                    "name",
                    "Docs reminder",
                    "subject",
                    "{{candidateFirstName}}, one step left",
                    "body",
                    "Hello {{candidateName}}, see {{jobLink}}"))
            .post("/email-templates")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    Api.demo(Api.RECRUITER)
        .get("/applications/" + id + "/email-preview?templateId=" + created)
        .then()
        .statusCode(200)
        .body("subject", equalTo("Pat, one step left"))
        .body("text", org.hamcrest.Matchers.containsString("/careers/"));
    Api.demo(Api.RECRUITER)
        .body(Map.of("purpose", "REMINDER", "name", "x", "subject", "x", "body", "x"))
        .post("/email-templates")
        .then()
        .statusCode(403);
    Api.admin().delete("/email-templates/" + created).then().statusCode(204);
    Number rejection = Api.admin().get("/email-templates?purpose=REJECTION").path("[0].id");
    bulkRejectOne(id, rejection);
    Api.admin().delete("/email-templates/" + rejection).then().statusCode(409);
  }

  private static void bulkRejectOne(long id, Number template) {
    Api.demo(Api.RECRUITER)
        .body(
            Map.of(
                "applicationIds",
                List.of(id),
                "action",
                "REJECT",
                "reason",
                "Position filled",
                "templateId",
                template))
        .post("/applications/bulk")
        .then()
        .statusCode(200)
        .body("succeeded", equalTo(1));
  }

  @Test
  void notesMentionColleaguesByEmailAndStayWithTheHiringTeam() throws Exception {
    long id = freshApplication("notes");
    long candidate =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + id)
            .<Number>path("summary.candidateId")
            .longValue();
    Api.demo(Api.RECRUITER)
        .body(
            Map.of(
                "candidateId",
                candidate,
                "applicationId",
                id,
                "body",
                "Great energy on the phone, @morgan.manager please take the manager interview"))
        .post("/notes")
        .then()
        .statusCode(201)
        .body("mentions", equalTo(List.of(Api.MANAGER_EAST)));
    await().atMost(Duration.ofSeconds(30)).until(() -> mail.received(Api.MANAGER_EAST, "Riley"));
    Api.demo(Api.MANAGER_EAST)
        .get("/notes?candidate=" + candidate)
        .then()
        .statusCode(200)
        .body("[0].body", org.hamcrest.Matchers.startsWith("Great energy"));
    Api.demo(Api.MANAGER_CENTRAL).get("/notes?candidate=" + candidate).then().statusCode(404);
    Api.demo(Api.INTERVIEWER).get("/notes?candidate=" + candidate).then().statusCode(403);
    Api.demo(Api.RECRUITER)
        .body(Map.of("candidateId", candidate, "body", "ask @nobody.here"))
        .post("/notes")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("body"));
  }
}
