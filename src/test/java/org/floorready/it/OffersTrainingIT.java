package org.floorready.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Offers into training classes and the trainer's work, through the API on both databases: an offer
 * sent with its PDF letter and link, accepted twice at once (hired, one opening filled, enrolled,
 * exactly once), declined, superseded, lapsed by the job, refused when the class is full or no
 * opening is left; roll call, assessments, milestones, a departure that reopens the opening; and
 * who may see what; and (licensing, on the same server) a new hire's road to a license until
 * cleared to sell, the dialer's view, one NPN per person, and the state requirements as versions
 * and CSV.
 */
class OffersTrainingIT extends DeployedApp {
  private static final Mailbox mail = new Mailbox();
  private static final Pattern LINK = Pattern.compile("/offer/#([0-9]+\\.[0-9]+\\.[A-Za-z0-9_-]+)");

  @BeforeAll
  static void startSmtp() {
    mail.start();
  }

  @AfterAll
  static void stopSmtp() {
    mail.stop();
  }

  private static long program() {
    return Api.admin()
        .body(
            Map.of(
                "name", Api.unique("Program"),
                "modules",
                    List.of(
                        Map.of(
                            "name",
                            "Licensing prep",
                            "kind",
                            "LICENSING_PREP",
                            "plannedHours",
                            16,
                            "passMark",
                            70,
                            "retakes",
                            1,
                            "scoreRule",
                            "BEST"),
                        Map.of("name", "Systems", "kind", "SYSTEMS", "plannedHours", 8))))
        .post("/training/programs")
        .then()
        .statusCode(201)
        .extract()
        .<Number>path("id")
        .longValue();
  }

  /** A class with sessions every day, 09:00–17:00 in Chicago, taught by the demo trainer. */
  private static long klass(long program, LocalDate start, int capacity) {
    return Api.admin()
        .body(
            Map.of(
                "programId",
                program,
                "name",
                Api.unique("Class"),
                "startDate",
                start.toString(),
                "capacity",
                capacity,
                "location",
                "Charlotte, NC",
                "timeZone",
                "America/Chicago",
                "trainerIds",
                List.of(Api.userId(Api.TRAINER)),
                "sessions",
                Map.of(
                    "days",
                    List.of(
                        "MONDAY",
                        "TUESDAY",
                        "WEDNESDAY",
                        "THURSDAY",
                        "FRIDAY",
                        "SATURDAY",
                        "SUNDAY"),
                    "from",
                    "09:00",
                    "to",
                    "17:00",
                    "skipFederalHolidays",
                    false)))
        .post("/training/classes")
        .then()
        .statusCode(201)
        .extract()
        .<Number>path("overview.id")
        .longValue();
  }

  private static long inOffer(String slug, String who) throws java.io.IOException {
    long id =
        CareerApplicant.applyAndWaitForParse(
            slug,
            "Olive " + who + " Offer",
            Api.unique(who) + "@example.com",
            CareerApplicant.passing(slug));
    Map<String, Object> move = new HashMap<>();
    move.put("to", "OFFER");
    Api.demo(Api.RECRUITER)
        .body(move)
        .post("/applications/" + id + "/moves")
        .then()
        .statusCode(200);
    return id;
  }

  private static Map<String, Object> terms(long classId, String pay, Instant expires) {
    Map<String, Object> terms = new HashMap<>();
    terms.put("payBasis", "HOURLY");
    terms.put("payAmount", pay);
    terms.put("shift", "Mon–Fri 9:00–17:30");
    terms.put("workMode", "REMOTE");
    terms.put("classId", classId);
    terms.put("expiresAt", expires.toString());
    return terms;
  }

  private static Response offer(long application, Map<String, Object> terms) {
    return Api.demo(Api.RECRUITER).body(terms).post("/applications/" + application + "/offers");
  }

  private static long made(long application, long classId) {
    return offer(application, terms(classId, "20.00", Instant.now().plus(Duration.ofDays(3))))
        .then()
        .statusCode(201)
        .extract()
        .<Number>path("id")
        .longValue();
  }

  /** Sends the offer; answers the link's token, read from the mail the candidate received. */
  private static String send(long offerId, String candidateEmail) throws Exception {
    Supplier<List<MimeMessage>> offers =
        () ->
            mail.to(candidateEmail).stream()
                .filter(m -> Mailbox.subject(m).startsWith("Your offer"))
                .toList();
    int before = offers.get().size();
    Api.demo(Api.RECRUITER)
        .body("{}")
        .post("/offers/" + offerId + "/sending")
        .then()
        .statusCode(200)
        .body("status", equalTo("SENT"));
    await().atMost(Duration.ofSeconds(30)).until(() -> offers.get().size() > before);
    List<MimeMessage> all = offers.get();
    MimeMessage message = all.get(all.size() - 1);
    Matcher link = LINK.matcher(text(message));
    assertThat(link.find()).as("the offer mail holds the link").isTrue();
    return link.group(1);
  }

  private static MimeMessage awaitMail(String email, String subject) {
    await().atMost(Duration.ofSeconds(30)).until(() -> mail.received(email, subject));
    return mail.to(email).stream()
        .filter(m -> Mailbox.subject(m).startsWith(subject))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    if (content instanceof String s) {
      return s;
    }
    StringBuilder all = new StringBuilder();
    collect((MimeMultipart) content, all);
    return all.toString();
  }

  private static void collect(MimeMultipart multipart, StringBuilder into) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContent() instanceof MimeMultipart inner) {
        collect(inner, into);
      } else if (part.getContentType().startsWith("text/plain")) {
        into.append(part.getContent());
      }
    }
  }

  private static byte[] pdfAttachment(MimeMessage message) throws Exception {
    MimeMultipart mixed = (MimeMultipart) message.getContent();
    for (int i = 0; i < mixed.getCount(); i++) {
      BodyPart part = mixed.getBodyPart(i);
      if ("offer-letter.pdf".equals(part.getFileName())) {
        assertThat(part.getContentType()).startsWith("application/pdf");
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no offer-letter.pdf attached");
  }

  private static Response anonymous(String method, String path, Object body) {
    var request = RestAssured.given().contentType("application/json").accept("application/json");
    if (body != null) {
      request.body(body);
    }
    return method.equals("GET") ? request.get(path) : request.post(path);
  }

  private static String emailOf(long application) {
    long candidate =
        Api.demo(Api.RECRUITER)
            .get("/applications/" + application)
            .<Number>path("summary.candidateId")
            .longValue();
    return Api.demo(Api.RECRUITER).get("/candidates/" + candidate).path("emails[0]");
  }

  private static <T> List<T> atOnce(int n, Supplier<T> call) {
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<T>> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return call.get();
              }));
    }
    start.countDown();
    return all.stream().map(CompletableFuture::join).toList();
  }

  /**
   * Floor KPIs in: the platform pushes rows by email with its token (each row judged on its own),
   * an admin imports a CSV with a mapping (saved), previews, then re-imports the same week
   * corrected.
   */
  @Test
  void floorKpisArePushedAndImportedRowByRow() {
    List<String> emails =
        Api.admin()
            .get("/training/new-hires")
            .then()
            .statusCode(200)
            .extract()
            .<List<Integer>>path("id")
            .stream()
            .map(id -> Api.admin().get("/training/new-hires/" + id).<String>path("email"))
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    assertThat(emails).hasSizeGreaterThanOrEqualTo(2);
    String first = emails.get(0);
    String second = emails.get(1);
    String system = Api.unique("dialer");
    String monday = LocalDate.now().minusWeeks(2).with(java.time.DayOfWeek.MONDAY).toString();
    String token = Api.serviceToken(Api.unique("kpi-push") + "@example.com");
    Map<String, Object> good = new HashMap<>();
    good.put("email", first.toUpperCase());
    good.put("periodStart", monday);
    good.put("callsHandled", 120);
    good.put("ahtSeconds", 360);
    good.put("talkSeconds", 300);
    good.put("policiesSold", 9);
    good.put("qaScore", 91.5);
    Map<String, Object> impossible = new HashMap<>(good);
    impossible.put("email", second);
    impossible.put("ahtSeconds", 0);
    Map<String, Object> stranger = new HashMap<>(good);
    stranger.put("email", "nobody-" + system + "@example.com");
    RestAssured.given()
        .header("Authorization", "Bearer " + token)
        .contentType("application/json")
        .body(Map.of("sourceSystem", system, "rows", List.of(good, impossible, stranger, good)))
        .post("/floor-kpis")
        .then()
        .statusCode(200)
        .body("counts.STORED", equalTo(1))
        .body("counts.INVALID", equalTo(1))
        .body("counts.UNKNOWN_AGENT", equalTo(1))
        .body("counts.DUPLICATE", equalTo(1))
        .body("refused.line", org.hamcrest.Matchers.contains(2, 3, 4))
        .body("refused[0].message", containsString("handle time of 0"));
    // more than 10,000 rows: refused whole
    List<Map<String, Object>> many = new ArrayList<>();
    for (int i = 0; i < 10_001; i++) {
      many.add(Map.of("agentId", "X" + i, "periodStart", monday, "callsHandled", 1));
    }
    RestAssured.given()
        .header("Authorization", "Bearer " + token)
        .contentType("application/json")
        .body(Map.of("sourceSystem", system, "rows", many))
        .post("/floor-kpis")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("rows"));
    Api.demo(Api.RECRUITER)
        .contentType("application/json")
        .body(Map.of("sourceSystem", system, "rows", List.of(good)))
        .post("/floor-kpis")
        .then()
        .statusCode(403);

    // a CSV with its own column names, mapped once (and saved), previewed, imported
    String csv =
        "Emp Mail,Week,Handled,Avg Handle,Sold\n"
            + first
            + ","
            + monday
            + ",130,6:10,11\n"
            + second
            + ","
            + monday
            + ",80,7:00,4\n"
            + second
            + ",11/03/2026,80,7:00,4\n";
    String mapping =
        "{\"email\":\"Emp Mail\",\"periodStart\":\"Week\",\"callsHandled\":\"Handled\",\"ahtSeconds\":\"Avg Handle\",\"policiesSold\":\"Sold\"}";
    java.util.function.BiFunction<String, Boolean, io.restassured.response.ValidatableResponse>
        upload =
            (text, preview) ->
                Api.admin()
                    .contentType("multipart/form-data")
                    .multiPart("sourceSystem", system)
                    .multiPart("mapping", mapping)
                    .multiPart(
                        "file",
                        "week.csv",
                        text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/csv")
                    .queryParam("preview", preview)
                    .post("/floor-kpis/imports")
                    .then();
    upload
        .apply(csv, true)
        .statusCode(200)
        .body("preview", equalTo(true))
        .body("counts.WOULD_STORE", equalTo(2))
        .body("counts.INVALID", equalTo(1))
        .body("refused[0].line", equalTo(4))
        .body("refused[0].message", containsString("mixed date forms"));
    assertThat(Api.admin().get("/floor-kpis/mappings/" + system).<String>path("email")).isNull();
    upload.apply(csv, false).statusCode(200).body("counts.STORED", equalTo(2));
    assertThat(Api.admin().get("/floor-kpis/mappings/" + system).<String>path("periodStart"))
        .isEqualTo("Week");
    // the same week again without the second person: their row for that week is replaced away
    String corrected =
        "Emp Mail,Week,Handled,Avg Handle,Sold\n" + first + "," + monday + ",131,6:10,12\n";
    Api.admin()
        .contentType("multipart/form-data")
        .multiPart("sourceSystem", system)
        .multiPart(
            "file",
            "week.csv",
            corrected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv")
        .post("/floor-kpis/imports")
        .then()
        .statusCode(200)
        .body("counts.STORED", equalTo(1))
        .body("replacedRows", equalTo(1))
        .body("mapping.callsHandled", equalTo("Handled"));
    assertThat(
            Api.admin()
                .get("/floor-kpis/imports")
                .<List<Integer>>path("findAll { it.sourceSystem == '" + system + "' }.stored"))
        .containsExactly(1, 2, 1);
    // a graduate's weeks on the floor (demo KPIs): their trainer sees them, a recruiter does not
    int graduate =
        Api.demo(Api.TRAINER)
            .queryParam("status", "GRADUATED")
            .get("/training/new-hires")
            .then()
            .statusCode(200)
            .extract()
            .path("[0].id");
    Api.demo(Api.TRAINER)
        .get("/floor-kpis/new-hires/" + graduate)
        .then()
        .statusCode(200)
        .body("floorDate", org.hamcrest.Matchers.notNullValue())
        .body("weeks[0].weekOnFloor", equalTo(2))
        .body("weeks[0].callsHandled", org.hamcrest.Matchers.greaterThan(0));
    Api.demo(Api.RECRUITER).get("/floor-kpis/new-hires/" + graduate).then().statusCode(403);
    Api.demo(Api.MANAGER_EAST).get("/floor-kpis/imports").then().statusCode(403);
    // target ramps: admins set them (a percentage over 100 is refused), the class's ramp follows
    List<Double> targets = new ArrayList<>();
    for (int w = 1; w <= 12; w++) {
      targets.add(w < 3 ? null : 5.0 + w);
    }
    Api.admin()
        .contentType("application/json")
        .body(Map.of("targets", List.of(101.0), "consecutiveWeeks", 2))
        .put("/floor-kpis/targets/CONVERSION")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("targets"));
    Api.demo(Api.TRAINER)
        .contentType("application/json")
        .body(Map.of("targets", targets, "consecutiveWeeks", 2))
        .put("/floor-kpis/targets/CONVERSION")
        .then()
        .statusCode(403);
    Api.admin().get("/floor-kpis/targets/x").then().statusCode(405);
    Number version =
        Api.admin().get("/floor-kpis/targets").path("find { it.kpi == 'CONVERSION' }.version");
    Map<String, Object> ramp = new HashMap<>();
    ramp.put("targets", targets);
    ramp.put("consecutiveWeeks", 2);
    ramp.put("version", version);
    Api.admin()
        .contentType("application/json")
        .body(ramp)
        .put("/floor-kpis/targets/conversion")
        .then()
        .statusCode(200)
        .body("targets[0]", org.hamcrest.Matchers.nullValue())
        .body("targets[2]", equalTo(8.0f))
        .body("consecutiveWeeks", equalTo(2));
    int graduatedClass =
        Api.demo(Api.TRAINER).get("/training/new-hires/" + graduate).path("classId");
    Api.demo(Api.TRAINER)
        .queryParam("kpi", "conversion")
        .get("/floor-kpis/classes/" + graduatedClass + "/ramp")
        .then()
        .statusCode(200)
        .body("curve", org.hamcrest.Matchers.hasSize(12))
        .body("curve[2].target", equalTo(8.0f))
        .body("curve[1].people", org.hamcrest.Matchers.greaterThan(0))
        .body("target.consecutiveWeeks", equalTo(2));
    Api.demo(Api.TRAINER)
        .queryParam("kpi", "charisma")
        .get("/floor-kpis/classes/" + graduatedClass + "/ramp")
        .then()
        .statusCode(400);
    // what predicts a good agent: aggregates for recruiters, nothing for interviewers
    Api.demo(Api.RECRUITER)
        .queryParam("by", "trainer")
        .queryParam("week", 4)
        .get("/floor-kpis/report")
        .then()
        .statusCode(200)
        .body("table.columns[0]", equalTo("Trainer"))
        .body("table.rows.size()", org.hamcrest.Matchers.greaterThan(0))
        .body("table.rows[0][6]", equalTo("nobody to compare with"));
    // by each screening criterion: those who met it against those who did not (the demo cohort)
    Api.demo(Api.RECRUITER)
        .queryParam("by", "criterion")
        .get("/floor-kpis/report")
        .then()
        .statusCode(200)
        .body("table.columns[0]", equalTo("Screening criterion"))
        .body("table.columns[1]", equalTo("Met: people"))
        .body(
            "table.rows.collect { it[0] }",
            org.hamcrest.Matchers.hasItem("At least 12 months of contact-center experience"))
        .body(
            "chart.series.name",
            org.hamcrest.Matchers.contains("Met: mean at week 8", "Not met: mean at week 8"));
    // the lowest recommendation and the mock-call rubric, best first; the demo's strong yeses are
    // enough to compare
    List<List<Object>> byRecommendation =
        Api.demo(Api.MANAGER_EAST)
            .queryParam("by", "recommendation")
            .get("/floor-kpis/report")
            .then()
            .statusCode(200)
            .extract()
            .path("table.rows");
    assertThat(byRecommendation)
        .extracting(r -> (String) r.get(0))
        .isSubsetOf("Strong yes", "Yes", "No", "Strong no", "No scorecard")
        .startsWith("Strong yes");
    assertThat(((Number) byRecommendation.get(0).get(1)).intValue()).isGreaterThanOrEqualTo(10);
    assertThat(byRecommendation.get(0).get(4)).isInstanceOf(Number.class);
    assertThat(
            Api.admin()
                .queryParam("by", "rubric")
                .queryParam("kpi", "AHT")
                .get("/floor-kpis/report")
                .<List<String>>path("table.rows.collect { it[0] }"))
        .startsWith("3.5–4.0")
        .endsWith("No mock call scored");
    // the requisition page's criteria on the floor
    int filled = Api.demoRequisition("Summer Class", "FILLED");
    Api.demo(Api.RECRUITER)
        .queryParam("requisition", filled)
        .queryParam("kpi", "conversion")
        .get("/floor-kpis/criteria")
        .then()
        .statusCode(200)
        .body("criterion[0]", equalTo("At least 12 months of contact-center experience"))
        .body("met[0]", org.hamcrest.Matchers.greaterThan(0))
        .body("week[0]", equalTo(8))
        .body("says", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
    Api.demo(Api.RECRUITER)
        .get("/floor-kpis/criteria")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("requisition"));
    Api.demo(Api.RECRUITER)
        .queryParam("requisition", "x")
        .get("/floor-kpis/criteria")
        .then()
        .statusCode(400);
    Api.demo(Api.TRAINER)
        .queryParam("requisition", filled)
        .get("/floor-kpis/criteria")
        .then()
        .statusCode(403);
    assertThat(
            Api.demo(Api.MANAGER_CENTRAL)
                .queryParam("requisition", filled)
                .get("/floor-kpis/criteria")
                .statusCode())
        .isIn(403, 404);
    Api.demo(Api.RECRUITER).queryParam("week", 5).get("/floor-kpis/report").then().statusCode(400);
    Api.demo(Api.INTERVIEWER).get("/floor-kpis/report").then().statusCode(403);
    assertThat(
            new String(
                Api.demo(Api.TRAINER)
                    .accept("text/csv")
                    .get("/floor-kpis/report.csv")
                    .asByteArray(),
                java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("\uFEFFSource,People,Mean,");
    // a file that cannot say whose rows they are is refused whole
    Api.admin()
        .contentType("multipart/form-data")
        .multiPart("sourceSystem", Api.unique("other"))
        .multiPart(
            "file",
            "x.csv",
            "Calls,Week\n1,2026-11-02\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "text/csv")
        .post("/floor-kpis/imports")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("mapping"));
  }

  /** The platform pushing the same agent and week from four threads at once stores one row. */
  @Test
  void theSameAgentAndWeekPushedAtOnceIsStoredOnce() {
    int hire = Api.admin().get("/training/new-hires").path("[-1].id");
    String email = Api.admin().get("/training/new-hires/" + hire).path("email");
    String system = Api.unique("burst");
    String monday = LocalDate.now().minusWeeks(3).with(java.time.DayOfWeek.MONDAY).toString();
    String token = Api.serviceToken(Api.unique("kpi-burst") + "@example.com");
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger(100);
    List<Integer> stored =
        atOnce(
            4,
            () ->
                RestAssured.given()
                    .header("Authorization", "Bearer " + token)
                    .contentType("application/json")
                    .body(
                        Map.of(
                            "sourceSystem",
                            system,
                            "rows",
                            List.of(
                                Map.of(
                                    "email",
                                    email,
                                    "periodStart",
                                    monday,
                                    "periodDays",
                                    7,
                                    "callsHandled",
                                    calls.getAndIncrement()))))
                    .post("/floor-kpis")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("counts.STORED"));
    assertThat(stored).containsExactly(1, 1, 1, 1);
    List<Map<String, Object>> weeks =
        Api.admin().get("/floor-kpis/new-hires/" + hire).path("weeks");
    assertThat(weeks)
        .filteredOn(w -> monday.equals(w.get("week")))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.get("rows")).isEqualTo(1);
              assertThat((Integer) w.get("callsHandled")).isBetween(100, 103);
            });
  }

  @Test
  void anAcceptedOfferHiresFillsAnOpeningAndEnrolsExactlyOnceEvenWithTwoClicksAtOnce()
      throws Exception {
    Map<String, Object> requisition = Api.openRequisition(Api.unique("Offers"), 2);
    int requisitionId = (Integer) requisition.get("id");
    long classId = klass(program(), LocalDate.now().plusDays(20), 5);
    long application = inOffer((String) requisition.get("slug"), "accepts");
    String email = emailOf(application);

    long offerId = made(application, classId);
    Api.demo(Api.RECRUITER)
        .get("/offers/" + offerId)
        .then()
        .body("status", equalTo("APPROVED"))
        .body("outsideRange", equalTo(false));
    String token = send(offerId, email);
    MimeMessage sent = awaitMail(email, "Your offer");
    try (var pdf = Loader.loadPDF(pdfAttachment(sent))) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("$20.00", "per hour", "Olive accepts Offer");
    }
    anonymous("GET", "/offer-links/" + token, null)
        .then()
        .statusCode(200)
        .body("answerable", equalTo(true))
        .body("pay", equalTo("$20.00 per hour"));
    String forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    anonymous("GET", "/offer-links/" + forged, null)
        .then()
        .statusCode(404)
        .body("type", endsWith("/offer-link-invalid"));

    List<Integer> clicks =
        atOnce(
            2, () -> anonymous("POST", "/offer-links/" + token + "/acceptance", null).statusCode());

    assertThat(clicks).containsOnly(200);
    Api.demo(Api.RECRUITER)
        .get("/applications/" + application)
        .then()
        .body("summary.stage", equalTo("HIRED"));
    Api.demo(Api.RECRUITER)
        .get("/requisitions/" + requisitionId)
        .then()
        .body("summary.openOpenings", equalTo(1))
        .body("openings.findAll { it.filledBy == 'Olive accepts Offer' }.size()", equalTo(1));
    Api.demo(Api.TRAINER)
        .get("/training/classes/" + classId + "/roster")
        .then()
        .statusCode(200)
        .body("people.size()", equalTo(1))
        .body("people[0].name", equalTo("Olive accepts Offer"))
        .body("overview.seatsLeft", equalTo(4));
    Api.demo(Api.RECRUITER)
        .get("/offers/" + offerId)
        .then()
        .body("status", equalTo("ACCEPTED"))
        .body("answerChannel", equalTo("LINK"));
    anonymous("POST", "/offer-links/" + token + "/acceptance", null)
        .then()
        .statusCode(200)
        .body("status", equalTo("ACCEPTED"));
    awaitMail(Api.RECRUITER, "Offer accepted");
  }

  @Test
  void declineSupersedeLapseApprovalAndRefusalsChangeNothingElse() throws Exception {
    Map<String, Object> requisition = Api.openRequisition(Api.unique("Offer rules"), 3);
    String slug = (String) requisition.get("slug");
    long classId = klass(program(), LocalDate.now().plusDays(20), 5);
    long application = inOffer(slug, "revised");
    String email = emailOf(application);

    // one open offer at a time; a revision supersedes it and its link stops answering
    long first = made(application, classId);
    offer(application, terms(classId, "20.00", Instant.now().plus(Duration.ofDays(2))))
        .then()
        .statusCode(409)
        .body("type", endsWith("/offer-already-open"));
    String oldToken = send(first, email);
    long second =
        Api.demo(Api.RECRUITER)
            .body(terms(classId, "21.00", Instant.now().plus(Duration.ofDays(2))))
            .post("/offers/" + first + "/revision")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    anonymous("POST", "/offer-links/" + oldToken + "/acceptance", null)
        .then()
        .statusCode(409)
        .body("type", endsWith("/offer-closed"));
    Api.demo(Api.RECRUITER)
        .get("/applications/" + application + "/offers")
        .then()
        .body("status", equalTo(List.of("APPROVED", "SUPERSEDED")));

    // decline needs a reason; a declined offer can be followed by a new one
    String token = send(second, email);
    anonymous("POST", "/offer-links/" + token + "/decline", Map.of("reason", " "))
        .then()
        .statusCode(400);
    anonymous("POST", "/offer-links/" + token + "/decline", Map.of("reason", "Took another job"))
        .then()
        .statusCode(200)
        .body("status", equalTo("DECLINED"));
    awaitMail(Api.RECRUITER, "Offer declined");

    // pay outside the range waits for the hiring manager; the recruiter cannot approve it
    Instant expiry = Instant.now().plusSeconds(10);
    long high =
        offer(application, terms(classId, "25.00", expiry))
            .then()
            .statusCode(201)
            .body("status", equalTo("PENDING_APPROVAL"))
            .body("outsideRange", equalTo(true))
            .extract()
            .<Number>path("id")
            .longValue();
    Api.demo(Api.RECRUITER)
        .body("{}")
        .post("/offers/" + high + "/sending")
        .then()
        .statusCode(409)
        .body("type", endsWith("/offer-not-approved"));
    Api.demo(Api.RECRUITER)
        .body(Map.of("approve", true))
        .post("/offers/" + high + "/decision")
        .then()
        .statusCode(403)
        .body("type", endsWith("/not-your-offer-approval"));
    // it waits in the hiring manager's approvals inbox, not in the recruiter's
    Api.demo(Api.MANAGER_EAST)
        .get("/offers/awaiting-my-approval")
        .then()
        .statusCode(200)
        .body("find { it.offerId == " + high + " }.outsideRange", equalTo(true))
        .body("find { it.offerId == " + high + " }.applicationId", equalTo((int) application))
        .body("find { it.offerId == " + high + " }.step", equalTo(1));
    Api.demo(Api.RECRUITER)
        .get("/offers/awaiting-my-approval")
        .then()
        .statusCode(200)
        .body("offerId", not(hasItem((int) high)));
    Api.demo(Api.MANAGER_EAST)
        .body(Map.of("approve", true, "comment", "Worth it"))
        .post("/offers/" + high + "/decision")
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"));
    String lapsing = send(high, email);

    // the lapse job: once the expiry passed, the offer lapses and its link says so
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis() + 500));
    Api.admin().post("/jobs/offer-lapse/run").then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> "LAPSED".equals(Api.demo(Api.RECRUITER).get("/offers/" + high).path("status")));
    anonymous("POST", "/offer-links/" + lapsing + "/acceptance", null)
        .then()
        .statusCode(410)
        .body("type", endsWith("/offer-expired"));
    anonymous("GET", "/offer-links/" + lapsing, null)
        .then()
        .body("answerable", equalTo(false))
        .body("message", containsString("expired"));

    // no offer for a closed application, nor into a class that started, nor expiring after the
    // start
    long closed = inOffer(slug, "closed");
    Api.demo(Api.RECRUITER)
        .body(Map.of("to", "REJECTED", "reason", "No show"))
        .post("/applications/" + closed + "/moves")
        .then()
        .statusCode(200);
    offer(closed, terms(classId, "20.00", Instant.now().plus(Duration.ofDays(1))))
        .then()
        .statusCode(409)
        .body("type", endsWith("/not-in-offer-stage"));
    offer(application, terms(classId, "20.00", Instant.now().plus(Duration.ofDays(40))))
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("expiresAt"));
    offer(application, terms(classId, "-1", Instant.now().plus(Duration.ofDays(1))))
        .then()
        .statusCode(400);
  }

  @Test
  void aFullClassOrNoOpeningLeftRefusesTheAcceptWholeAndTellsTheRecruiter() throws Exception {
    Map<String, Object> requisition = Api.openRequisition(Api.unique("One seat"), 1);
    String slug = (String) requisition.get("slug");
    long program = program();
    long tiny = klass(program, LocalDate.now().plusDays(20), 1);
    long roomy = klass(program, LocalDate.now().plusDays(20), 10);
    long a = inOffer(slug, "firstin");
    long b = inOffer(slug, "secondin");
    long c = inOffer(slug, "thirdin");
    String tokenA = send(made(a, tiny), emailOf(a));
    String tokenB = send(made(b, tiny), emailOf(b));
    anonymous("POST", "/offer-links/" + tokenA + "/acceptance", null).then().statusCode(200);

    anonymous("POST", "/offer-links/" + tokenB + "/acceptance", null)
        .then()
        .statusCode(409)
        .body("type", endsWith("/offer-cannot-be-completed"))
        .body("detail", containsString("recruiter has been told"));
    Api.demo(Api.RECRUITER)
        .get("/applications/" + b)
        .then()
        .body("summary.stage", equalTo("OFFER"));
    Api.demo(Api.RECRUITER)
        .get("/applications/" + b + "/offers")
        .then()
        .body("[0].status", equalTo("SENT"));
    awaitMail(Api.RECRUITER, "Action needed");
    offer(c, terms(tiny, "20.00", Instant.now().plus(Duration.ofDays(1))))
        .then()
        .statusCode(409)
        .body("type", endsWith("/class-full"));

    // three people accept at once into a roomy class, for a requisition whose one seat is taken
    Map<String, Object> other = Api.openRequisition(Api.unique("Raced seat"), 1);
    List<Long> offers = new ArrayList<>();
    for (String who : List.of("racea", "raceb", "racec")) {
      long app = inOffer((String) other.get("slug"), who);
      long offerId = made(app, roomy);
      send(offerId, emailOf(app));
      offers.add(offerId);
    }
    List<Integer> answers = new ArrayList<>();
    for (Integer status :
        atOnce(
            3,
            new Supplier<Integer>() {
              private final java.util.concurrent.atomic.AtomicInteger next =
                  new java.util.concurrent.atomic.AtomicInteger();

              @Override
              public Integer get() {
                long offerId = offers.get(next.getAndIncrement());
                return Api.demo(Api.RECRUITER)
                    .body(Map.of("accepted", true, "channel", "PHONE"))
                    .post("/offers/" + offerId + "/answer")
                    .statusCode();
              }
            })) {
      answers.add(status);
    }
    assertThat(answers).filteredOn(s -> s == 200).hasSize(1);
    assertThat(answers).filteredOn(s -> s == 409).hasSize(2);
    Api.demo(Api.TRAINER)
        .get("/training/classes/" + roomy + "/roster")
        .then()
        .body("people.size()", equalTo(1));
    Api.demo(Api.RECRUITER)
        .get("/requisitions/" + other.get("id"))
        .then()
        .body("summary.status", equalTo("FILLED"));
  }

  @Test
  void aTrainerTakesRollCallGradesAndRecordsADepartureThatReopensTheOpening() throws Exception {
    Map<String, Object> requisition = Api.openRequisition(Api.unique("Class hires"), 2);
    String slug = (String) requisition.get("slug");
    long program = program();
    LocalDate start = LocalDate.now().plusDays(20);
    long classId = klass(program, start, 10);
    List<Long> hires = new ArrayList<>();
    for (String who : List.of("stays", "leaves")) {
      long app = inOffer(slug, who);
      anonymous(
              "POST",
              "/offer-links/" + send(made(app, classId), emailOf(app)) + "/acceptance",
              null)
          .then()
          .statusCode(200);
    }
    // the class really began a week ago: the trainer corrects its start and its sessions follow
    Map<String, Object> edit =
        new HashMap<>(Api.demo(Api.TRAINER).get("/training/classes/" + classId).path("overview"));
    Map<String, Object> fix = new HashMap<>();
    fix.put("programId", program);
    fix.put("name", edit.get("name"));
    fix.put(
        "startDate", LocalDate.now(java.time.ZoneId.of("America/Chicago")).minusDays(7).toString());
    fix.put("capacity", 10);
    fix.put("location", "Charlotte, NC");
    fix.put("timeZone", "America/Chicago");
    fix.put("trainerIds", List.of(Api.userId(Api.TRAINER)));
    Api.demo(Api.TRAINER).body(fix).put("/training/classes/" + classId).then().statusCode(200);
    Api.demo(Api.TRAINER)
        .body(
            Map.of(
                "days",
                List.of(
                    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"),
                "from",
                "09:00",
                "to",
                "17:00",
                "skipFederalHolidays",
                false))
        .put("/training/classes/" + classId + "/sessions")
        .then()
        .statusCode(200);
    long lastSession =
        Api.demo(Api.TRAINER)
            .body(
                Map.of(
                    "day",
                    LocalDate.now().plusDays(3).toString(),
                    "startsAt",
                    "09:00",
                    "endsAt",
                    "12:00",
                    "topic",
                    "Review"))
            .post("/training/classes/" + classId + "/sessions")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    Response roster = Api.demo(Api.TRAINER).get("/training/classes/" + classId + "/roster");
    for (String who : List.of("stays", "leaves")) {
      hires.add(
          roster
              .<Number>path("people.find { it.name == 'Olive " + who + " Offer' }.newHireId")
              .longValue());
    }
    long firstSession = roster.<Number>path("sessions[0].id").longValue();
    long licensing =
        roster.<Number>path("modules.find { it.name == 'Licensing prep' }.id").longValue();

    // roll call: everyone present, one absent; a stranger in the list refuses it whole; a future
    // session has none
    Api.demo(Api.TRAINER)
        .body(
            Map.of(
                "allPresent",
                true,
                "marks",
                List.of(Map.of("newHireId", hires.get(1), "mark", "ABSENT"))))
        .put("/training/sessions/" + firstSession + "/attendance")
        .then()
        .statusCode(200)
        .body("marked", equalTo(2))
        .body("people.find { it.newHireId == " + hires.get(1) + " }.mark", equalTo("ABSENT"));
    Api.demo(Api.TRAINER)
        .body(
            Map.of(
                "marks",
                List.of(
                    Map.of("newHireId", hires.get(0), "mark", "LATE"),
                    Map.of("newHireId", 1, "mark", "PRESENT"))))
        .put("/training/sessions/" + firstSession + "/attendance")
        .then()
        .statusCode(422)
        .body("type", endsWith("/not-in-this-class"));
    Api.demo(Api.TRAINER)
        .get("/training/sessions/" + firstSession)
        .then()
        .body("people.find { it.newHireId == " + hires.get(0) + " }.mark", equalTo("PRESENT"));
    // four roll calls of one session at once: each person ends with exactly one mark
    long secondSession = roster.<Number>path("sessions[1].id").longValue();
    List<Integer> rollCalls =
        atOnce(
            4,
            () ->
                Api.demo(Api.TRAINER)
                    .body(Map.of("allPresent", true))
                    .put("/training/sessions/" + secondSession + "/attendance")
                    .statusCode());
    assertThat(rollCalls).containsOnly(200);
    Api.demo(Api.TRAINER)
        .get("/training/sessions/" + secondSession)
        .then()
        .body("marked", equalTo(2))
        .body("people.size()", equalTo(2))
        .body("people.mark", equalTo(List.of("PRESENT", "PRESENT")));
    Api.demo(Api.TRAINER)
        .body(Map.of("allPresent", true))
        .put("/training/sessions/" + lastSession + "/attendance")
        .then()
        .statusCode(409)
        .body("type", endsWith("/session-not-held"));

    // assessments: 0–100; a failed first attempt flags the person; the best counts; no third
    // attempt
    String attempts = "/training/new-hires/" + hires.get(0) + "/assessments";
    Api.demo(Api.TRAINER)
        .body(Map.of("moduleId", licensing, "score", 101))
        .post(attempts)
        .then()
        .statusCode(400);
    Api.demo(Api.TRAINER)
        .body(Map.of("moduleId", licensing, "score", 55))
        .post(attempts)
        .then()
        .statusCode(200)
        .body("flags.code", hasItem("assessment-" + licensing + "-1"));
    List<Integer> parallel =
        atOnce(
            2,
            () ->
                Api.demo(Api.TRAINER)
                    .body(Map.of("moduleId", licensing, "score", 82))
                    .post(attempts)
                    .statusCode());
    assertThat(parallel).containsExactlyInAnyOrder(200, 409);
    Api.demo(Api.TRAINER)
        .get("/training/new-hires/" + hires.get(0))
        .then()
        .body("modules.find { it.moduleId == " + licensing + " }.score", equalTo(82))
        .body("modules.find { it.moduleId == " + licensing + " }.passed", equalTo(true))
        .body("flags.size()", equalTo(0));

    // milestones in order; a departure reopens the opening the person filled
    Api.demo(Api.TRAINER)
        .body(Map.of("milestone", "NESTING_START"))
        .post("/training/new-hires/" + hires.get(0) + "/milestones")
        .then()
        .statusCode(200)
        .body("status", equalTo("NESTING"));
    Api.demo(Api.TRAINER)
        .body(Map.of("how", "RESIGNED", "reason", "Moved away"))
        .post("/training/new-hires/" + hires.get(1) + "/departure")
        .then()
        .statusCode(200)
        .body("status", equalTo("RESIGNED"))
        .body("openingReopened", equalTo(true));
    Api.demo(Api.RECRUITER)
        .get("/requisitions/" + requisition.get("id"))
        .then()
        .body("summary.status", equalTo("OPEN"))
        .body("summary.openOpenings", equalTo(1));
    Api.demo(Api.TRAINER)
        .body(Map.of("milestone", "GRADUATED"))
        .post("/training/new-hires/" + hires.get(1) + "/milestones")
        .then()
        .statusCode(409)
        .body("type", endsWith("/new-hire-status"));
    Api.demo(Api.TRAINER)
        .get("/training/classes/" + classId + "/roster")
        .then()
        .body("attrition.resigned", equalTo(1))
        .body("attrition.released", equalTo(0));
    String csv =
        Api.demo(Api.TRAINER)
            .accept("text/csv")
            .get("/training/classes/" + classId + "/roster.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElse(""))
        .startsWith("Name,Status,Status date,Attendance %,Absences,Licensing prep score");
    assertThat(csv).contains("Olive stays Offer", "Resigned");

    // who sees what: another trainer, a recruiter, another team's manager see nothing; an
    // interviewer is refused
    String otherTrainer = Api.unique("trainer") + "@example.com";
    Api.createUser(otherTrainer, "trainer-password-1", "TRAINER");
    Api.as(otherTrainer, "trainer-password-1")
        .get("/training/classes/" + classId + "/roster")
        .then()
        .statusCode(404);
    Api.as(otherTrainer, "trainer-password-1")
        .get("/training/new-hires/" + hires.get(0))
        .then()
        .statusCode(404);
    Api.demo(Api.RECRUITER).get("/training/classes/" + classId + "/roster").then().statusCode(404);
    Api.demo(Api.MANAGER_EAST).get("/training/new-hires/" + hires.get(0)).then().statusCode(404);
    Api.demo(Api.MANAGER_EAST)
        .body(Map.of("how", "RELEASED", "reason", "x"))
        .post("/training/new-hires/" + hires.get(0) + "/departure")
        .then()
        .statusCode(404);
    Api.demo(Api.INTERVIEWER).get("/training/classes").then().statusCode(403);

    // the list of new hires: the class's trainer and the team's hiring manager see these two, the
    // other trainer and another team's manager do not, recruiters are refused
    String westManager = Api.unique("west") + "@example.com";
    Api.createTeamUser(westManager, "manager-password-1", "Bundles West", "HIRING_MANAGER");
    for (RequestSpecification who :
        List.of(Api.demo(Api.TRAINER), Api.as(westManager, "manager-password-1"))) {
      who.get("/training/new-hires")
          .then()
          .statusCode(200)
          .body("id", hasItems((int) (long) hires.get(0), (int) (long) hires.get(1)));
    }
    Api.as(westManager, "manager-password-1")
        .queryParam("status", "RESIGNED")
        .get("/training/new-hires")
        .then()
        .body("id", hasItem((int) (long) hires.get(1)))
        .body("id", not(hasItem((int) (long) hires.get(0))))
        .body("status", everyItem(equalTo("RESIGNED")));
    Api.as(westManager, "manager-password-1")
        .get("/training/new-hires/" + hires.get(0))
        .then()
        .statusCode(200)
        .body("canTeach", equalTo(false));
    for (RequestSpecification who :
        List.of(Api.as(otherTrainer, "trainer-password-1"), Api.demo(Api.MANAGER_EAST))) {
      who.get("/training/new-hires")
          .then()
          .statusCode(200)
          .body("id", not(hasItem((int) (long) hires.get(0))));
    }
    Api.demo(Api.RECRUITER).get("/training/new-hires").then().statusCode(403);
    Api.demo(Api.TRAINER)
        .queryParam("status", "SOMEWHERE")
        .get("/training/new-hires")
        .then()
        .statusCode(400);
    Api.demo(Api.TRAINER)
        .get("/training/home")
        .then()
        .statusCode(200)
        .body("classes.id", hasItem((int) classId));
  }

  // Licensing (issue 18), on the same deployment: a new hire's journey from course to cleared

  @Test
  void aNewHireIsLicensedStepByStepUntilClearedAndTheDialerSeesIt() throws Exception {
    Map<String, Object> requisition =
        Api.openRequisition(
            Api.unique("Licensed hires"),
            2,
            "[{\"state\":\"TX\",\"lines\":[\"Property\",\"Casualty\"]},"
                + "{\"state\":\"OK\",\"lines\":[\"Property\",\"Casualty\"]}]");
    String slug = (String) requisition.get("slug");
    long classId = klass(program(), LocalDate.now().plusDays(20), 5);
    long app = inOffer(slug, "licensed");
    anonymous(
            "POST", "/offer-links/" + send(made(app, classId), emailOf(app)) + "/acceptance", null)
        .then()
        .statusCode(200);
    long hire =
        Api.demo(Api.TRAINER)
            .get("/training/classes/" + classId + "/roster")
            .<Number>path("people[0].newHireId")
            .longValue();
    String me = "/licensing/people/" + hire;

    // opened at the enrolment with the requisition's states; the resident state and the NPN set
    Response opened = Api.demo(Api.TRAINER).get(me);
    opened.then().statusCode(200).body("states.state", hasItems("TX", "OK"));
    String npn = String.valueOf(10_000_000 + (hire % 80_000_000));
    String agent = Api.unique("agent");
    Map<String, Object> identity = new HashMap<>();
    identity.put("npn", npn);
    identity.put("residentState", "TX");
    identity.put("agentId", agent);
    identity.put("version", opened.path("version"));
    Api.demo(Api.TRAINER)
        .body(identity)
        .put(me + "/identity")
        .then()
        .statusCode(200)
        .body("states[0].state", equalTo("TX"))
        .body("states[0].resident", equalTo(true));
    identity.put("npn", "12AB");
    identity.remove("version");
    Api.demo(Api.TRAINER).body(identity).put(me + "/identity").then().statusCode(400);

    // one NPN per person, also when two people are given it at the same moment
    List<Integer> demoHires =
        Api.demo(Api.TRAINER)
            .get(
                "/training/classes/"
                    + Api.demo(Api.TRAINER)
                        .get("/training/classes?mine=true")
                        .path("find { it.name == 'Charlotte Class A' }.id")
                    + "/roster")
            .path("people.newHireId");
    Api.demo(Api.TRAINER)
        .body(Map.of("npn", npn))
        .put("/licensing/people/" + demoHires.get(0) + "/identity")
        .then()
        .statusCode(409)
        .body("type", endsWith("/npn-taken"));
    String shared = String.valueOf(90_000_000 + (hire % 9_000_000));
    java.util.concurrent.atomic.AtomicInteger next =
        new java.util.concurrent.atomic.AtomicInteger(1);
    List<Integer> race =
        atOnce(
            2,
            () ->
                Api.demo(Api.TRAINER)
                    .body(Map.of("npn", shared))
                    .put("/licensing/people/" + demoHires.get(next.getAndIncrement()) + "/identity")
                    .statusCode());
    assertThat(race).containsExactlyInAnyOrder(200, 409);

    // order rules: no non-resident application before the resident license, no appointment
    // before a license, no unknown state
    Api.demo(Api.TRAINER)
        .body(Map.of("submittedOn", LocalDate.now().minusDays(1).toString()))
        .put(me + "/states/OK/application")
        .then()
        .statusCode(409)
        .body("type", endsWith("/resident-license-first"));
    Api.demo(Api.TRAINER)
        .body(Map.of("carrier", "Harbor Mutual", "appointedOn", LocalDate.now().toString()))
        .post(me + "/states/TX/appointments")
        .then()
        .statusCode(409)
        .body("type", endsWith("/no-license-yet"));
    Api.demo(Api.TRAINER).body(Map.of("state", "ZZ")).post(me + "/states").then().statusCode(400);

    // the requisition's licensing deadline: set by the recruiter, counted down on the roster
    int requisitionId = (Integer) requisition.get("id");
    Api.demo(Api.TRAINER)
        .body(Map.of("days", 3))
        .put("/licensing/deadlines/" + requisitionId)
        .then()
        .statusCode(403);
    Api.demo(Api.RECRUITER)
        .body(Map.of("days", 0))
        .put("/licensing/deadlines/" + requisitionId)
        .then()
        .statusCode(400);
    Api.demo(Api.RECRUITER)
        .body(Map.of("days", 3))
        .put("/licensing/deadlines/" + requisitionId)
        .then()
        .statusCode(200)
        .body("days", equalTo(3));
    Api.demo(Api.TRAINER)
        .queryParam("classId", classId)
        .get("/licensing/roster")
        .then()
        .body("rows.find { it.newHireId == " + hire + " }.deadline.daysLeft", equalTo(3))
        .body("rows.find { it.newHireId == " + hire + " }.deadline.atRisk", equalTo(true));

    // the road in Texas: course, a failed exam, a passed one, prints, application, license
    LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Chicago"));
    String d = today.minusDays(1).toString();
    Api.demo(Api.TRAINER)
        .body(Map.of("provider", "ExamFX", "hoursDone", 40, "doneOn", d))
        .put(me + "/states/TX/prelicensing")
        .then()
        .statusCode(200);
    Api.demo(Api.TRAINER)
        .body(Map.of("vendor", "Pearson VUE", "takenOn", d, "passed", false, "score", 58))
        .post(me + "/states/TX/exams")
        .then()
        .statusCode(200)
        .body("states[0].nextStep", equalTo("State exam"));
    Api.demo(Api.TRAINER)
        .body(Map.of("takenOn", d, "passed", true, "score", 101))
        .post(me + "/states/TX/exams")
        .then()
        .statusCode(400);
    Api.demo(Api.TRAINER)
        .body(Map.of("takenOn", d, "passed", true, "score", 81))
        .post(me + "/states/TX/exams")
        .then()
        .statusCode(200)
        .body("states[0].exams.passed", equalTo(java.util.Arrays.asList(false, true)))
        .body("states[0].nextStep", equalTo("Fingerprints and background check"))
        .body("states[0].waitingOn", equalTo("CANDIDATE"));
    Api.demo(Api.TRAINER)
        .body(Map.of("on", d))
        .put(me + "/states/TX/fingerprints")
        .then()
        .statusCode(200);
    Api.demo(Api.TRAINER)
        .body(Map.of("submittedOn", d, "tracking", "NIPR-1"))
        .put(me + "/states/TX/application")
        .then()
        .statusCode(200)
        .body("states[0].waitingOn", equalTo("STATE"));
    Map<String, Object> license = new HashMap<>();
    license.put("number", "TX-" + hire);
    license.put("lines", List.of("PROPERTY", "CASUALTY"));
    license.put("issuedOn", d);
    license.put("expiresOn", today.minusDays(2).toString());
    Api.demo(Api.TRAINER).body(license).put(me + "/states/TX/license").then().statusCode(400);
    license.put("expiresOn", today.plusYears(2).toString());
    Api.demo(Api.TRAINER)
        .body(license)
        .put(me + "/states/TX/license")
        .then()
        .statusCode(200)
        .body("states[0].cleared", equalTo(false))
        .body(
            "states[0].missing",
            hasItems(
                "appointment with Harbor Mutual missing",
                "TCPA and do-not-call certification missing"));

    // the license as evidence: a PDF is kept and read back as sent; a text file is refused
    byte[] pdf =
        "%PDF-1.4\n% a license\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    java.util.function.BiFunction<String, byte[], Response> evidence =
        (item, bytes) ->
            RestAssured.given()
                .auth()
                .preemptive()
                .basic(Api.TRAINER, Api.DEMO_PASSWORD)
                .multiPart("item", item)
                .multiPart("file", "tx-license.pdf", bytes, "application/pdf")
                .post(me + "/evidence");
    int evidenceId =
        evidence
            .apply("TX:LICENSE", pdf)
            .then()
            .statusCode(200)
            .body("evidence[0].item", equalTo("TX:LICENSE"))
            .extract()
            .path("evidence[0].id");
    assertThat(Api.demo(Api.MANAGER_EAST).get(me + "/evidence/" + evidenceId).statusCode())
        .isEqualTo(404);
    assertThat(
            RestAssured.given()
                .auth()
                .preemptive()
                .basic(Api.TRAINER, Api.DEMO_PASSWORD)
                .get(me + "/evidence/" + evidenceId)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray())
        .isEqualTo(pdf);
    evidence
        .apply("TX:LICENSE", "just text".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
        .then()
        .statusCode(415)
        .body("type", endsWith("/evidence-type"));
    evidence.apply("ZZ:LICENSE", pdf).then().statusCode(400);

    // the appointment and the certifications clear Texas; the roster and the dialer say so
    Api.demo(Api.TRAINER)
        .body(Map.of("carrier", "Harbor Mutual", "appointedOn", d))
        .post(me + "/states/TX/appointments")
        .then()
        .statusCode(200);
    List<Map<String, Object>> catalog =
        Api.demo(Api.TRAINER).get("/licensing/catalog").path("certifications");
    for (Map<String, Object> c : catalog) {
      if (((List<?>) c.get("states")).isEmpty()) {
        Api.demo(Api.TRAINER)
            .body(Map.of("certificationId", c.get("id"), "earnedOn", d))
            .post(me + "/certifications")
            .then()
            .statusCode(200);
      }
    }
    Api.demo(Api.TRAINER)
        .get(me)
        .then()
        .body("states[0].cleared", equalTo(true))
        .body("states[0].color", equalTo("GREEN"))
        .body("daysToFirstLicense", org.hamcrest.Matchers.notNullValue())
        .body("states.find { it.state == 'OK' }.cleared", equalTo(false))
        .body("deadline.met", equalTo(true));
    Api.demo(Api.TRAINER)
        .queryParam("classId", classId)
        .queryParam("state", "TX")
        .queryParam("cleared", true)
        .get("/licensing/roster")
        .then()
        .statusCode(200)
        .body("rows.newHireId", hasItem((int) hire))
        .body("rows[0].cells.find { it.state == 'TX' }.color", equalTo("GREEN"));
    Api.admin()
        .get("/clearances?state=TX")
        .then()
        .statusCode(200)
        .body("find { it.newHireId == " + hire + " }.agentId", equalTo(agent));
    String token = Api.serviceToken(Api.unique("dialer") + "@example.com");
    RestAssured.given()
        .header("Authorization", "Bearer " + token)
        .queryParam("agentId", agent)
        .get("/clearances/agent")
        .then()
        .statusCode(200)
        .body("npn", equalTo(npn))
        .body("states.find { it.state == 'TX' }.cleared", equalTo(true))
        .body("states.find { it.state == 'OK' }.cleared", equalTo(false))
        .body(not(containsString("Olive")));
    RestAssured.given().header("Authorization", "Bearer " + token).get(me).then().statusCode(403);

    // license records in bulk, matched by NPN: a preview changes nothing, the import records the
    // good rows, a second import finds them unchanged
    String records =
        "NPN,Jurisdiction,License Number,Lines of Authority,Issue Date,Expiration Date,Status\n"
            + npn
            + ",OK,OK-"
            + hire
            + ",Property; Casualty,"
            + d
            + ","
            + today.plusYears(2)
            + ",Active\n"
            + "999999999,OK,OK-2,Property,"
            + d
            + ",,Active\n"
            + "12AB,ZZ,OK-3,Marine,"
            + d
            + ",,Active\n"
            + npn
            + ",NE,NE-1,Property,"
            + d
            + ",,Inactive\n";
    java.util.function.Function<Boolean, Response> importing =
        preview ->
            RestAssured.given()
                .auth()
                .preemptive()
                .basic(Api.TRAINER, Api.DEMO_PASSWORD)
                .contentType("text/csv")
                .queryParam("preview", preview)
                .body(records)
                .post("/licensing/license-records.csv");
    importing
        .apply(true)
        .then()
        .statusCode(200)
        .body("rows.outcome", equalTo(List.of("WOULD_RECORD", "NO_PERSON", "INVALID", "INACTIVE")));
    Api.demo(Api.TRAINER)
        .get(me)
        .then()
        .body("states.find { it.state == 'OK' }.licenseNumber", org.hamcrest.Matchers.nullValue());
    importing
        .apply(false)
        .then()
        .statusCode(200)
        .body("rows[0].outcome", equalTo("RECORDED"))
        .body("rows[2].message", containsString("not a line of authority"));
    Api.demo(Api.TRAINER)
        .get(me)
        .then()
        .body("states.find { it.state == 'OK' }.licenseNumber", equalTo("OK-" + hire))
        .body(
            "states.find { it.state == 'OK' }.missing",
            equalTo(List.of("appointment with Harbor Mutual missing")));
    importing.apply(false).then().body("rows[0].outcome", equalTo("UNCHANGED"));

    // reminders: a license expiring within 7 days is told once, however often the job runs; once
    // expired, told again, on the timeline, and the state is no longer cleared
    license.put("expiresOn", today.plusDays(5).toString());
    Api.demo(Api.TRAINER).body(license).put(me + "/states/TX/license").then().statusCode(200);
    java.util.function.Supplier<List<String>> reminders =
        () ->
            Api.admin()
                .get("/outbox?relatedType=new-hire&relatedId=" + hire + "&size=50")
                .path("messages.items.subject");
    // four senders at once (as nodes would be), then the job: one reminder, one mail to each
    List<Integer> sent =
        atOnce(
            4,
            () ->
                Api.admin()
                    .post("/licensing/reminders")
                    .then()
                    .statusCode(200)
                    .extract()
                    .<Integer>path("sent"));
    assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    Api.admin().post("/jobs/licensing-reminders/run").then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> reminders.get().stream().anyMatch(t -> t.startsWith("Expires in 7 days")));
    Thread.sleep(1500);
    assertThat(reminders.get().stream().filter(t -> t.startsWith("Expires in 7 days")))
        .hasSize(2); // the new hire and the trainer, once each
    license.put("issuedOn", today.minusDays(3).toString());
    license.put("expiresOn", today.toString());
    Api.demo(Api.TRAINER).body(license).put(me + "/states/TX/license").then().statusCode(200);
    Api.admin().post("/jobs/licensing-reminders/run").then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> reminders.get().stream().anyMatch(t -> t.startsWith("Expired: TX license")));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Boolean.FALSE.equals(
                    Api.admin()
                        .queryParam("agentId", agent)
                        .get("/clearances/agent")
                        .path("states.find { it.state == 'TX' }.cleared")));
    Api.demo(Api.RECRUITER)
        .get(
            "/candidates/"
                + Api.demo(Api.RECRUITER).get("/applications/" + app).path("summary.candidateId"))
        .then()
        .body(containsString("CREDENTIAL_EXPIRED"));

    // who sees it: another team's manager nothing, a recruiter is refused
    Api.demo(Api.MANAGER_EAST).get(me).then().statusCode(404);
    Api.demo(Api.RECRUITER).get(me).then().statusCode(403);

    // a new requirement version changes nothing for people who started before it
    Integer hoursBefore = Api.demo(Api.TRAINER).get(me).path("states[1].prelicensingHoursRequired");
    Map<String, Object> version = new HashMap<>();
    version.put("state", "OK");
    version.put("line", "PROPERTY");
    version.put("effectiveFrom", today.plusDays(1).toString());
    version.put("prelicensingHours", 777);
    Api.admin().body(version).post("/licensing/requirements").then().statusCode(200);
    Api.demo(Api.TRAINER)
        .get(me)
        .then()
        .body("states[1].prelicensingHoursRequired", equalTo(hoursBefore));
    Api.demo(Api.TRAINER).body(version).post("/licensing/requirements").then().statusCode(403);

    // erased: the NPN, agent id and license numbers are forgotten, the dated steps stay
    Object candidate =
        Api.demo(Api.RECRUITER).get("/applications/" + app).path("summary.candidateId");
    Api.admin().post("/candidates/" + candidate + "/erasure").then().statusCode(204);
    Api.admin().queryParam("agentId", agent).get("/clearances/agent").then().statusCode(404);
    Api.demo(Api.TRAINER)
        .get(me)
        .then()
        .statusCode(200)
        .body("npn", org.hamcrest.Matchers.nullValue())
        .body("states[0].licenseNumber", org.hamcrest.Matchers.nullValue())
        .body("states[0].licenseIssuedOn", org.hamcrest.Matchers.notNullValue());
  }

  /**
   * Admins keep the catalog: a certification needed by one team only makes that team's cleared
   * agents red until it is retired; a carrier added for the team asks for appointments until it is
   * retired; renaming onto another name, unknown teams and other roles are refused.
   */
  @Test
  void aTeamsCertificationAndCarrierCountOnlyForThatTeamUntilRetired() {
    // a cleared agent of some team, and the team
    long team = -1;
    String state = null;
    Number person = null;
    for (Object id : Api.admin().get("/teams").<List<Object>>path("id")) {
      Response roster = Api.admin().queryParam("teamId", id).get("/licensing/roster");
      List<Map<String, Object>> rows = roster.path("rows");
      for (Map<String, Object> row : rows) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
        for (Map<String, Object> cell : cells) {
          if ("GREEN".equals(cell.get("color")) && person == null) {
            team = ((Number) id).longValue();
            state = (String) cell.get("state");
            person = (Number) row.get("newHireId");
          }
        }
      }
    }
    assertThat(person).as("a demo agent cleared somewhere").isNotNull();
    String me = "/licensing/people/" + person;
    String cellPath = "states.find { it.state == '" + state + "' }.";

    Map<String, Object> cert = new HashMap<>();
    cert.put("name", Api.unique("Team scripts"));
    cert.put("kind", "COMPLIANCE");
    cert.put("validityMonths", 12);
    cert.put("teamIds", List.of(team));
    Api.demo(Api.TRAINER).body(cert).post("/licensing/certifications").then().statusCode(403);
    long certId =
        Api.admin()
            .body(cert)
            .post("/licensing/certifications")
            .then()
            .statusCode(201)
            .body("teamIds", equalTo(List.of((int) team)))
            .extract()
            .<Number>path("id")
            .longValue();
    Api.admin()
        .get(me)
        .then()
        .body(cellPath + "cleared", equalTo(false))
        .body(cellPath + "missing", hasItem(cert.get("name") + " certification missing"));
    // another team's people are not asked for it
    long otherTeam = team;
    for (Object id : Api.admin().get("/teams").<List<Object>>path("id")) {
      if (((Number) id).longValue() != team) {
        otherTeam = ((Number) id).longValue();
      }
    }
    for (Object missing :
        Api.admin()
            .queryParam("teamId", otherTeam)
            .get("/licensing/roster")
            .<List<Object>>path("rows.cells.missing.flatten()")) {
      assertThat(String.valueOf(missing)).doesNotContain((String) cert.get("name"));
    }

    // bad changes are refused and change nothing
    Map<String, Object> bad = new HashMap<>(cert);
    bad.put("teamIds", List.of(999_999));
    Api.admin().body(bad).put("/licensing/certifications/" + certId).then().statusCode(400);
    bad.put("teamIds", List.of(team));
    bad.put("name", "TCPA and do-not-call");
    Api.admin().body(bad).put("/licensing/certifications/" + certId).then().statusCode(409);
    Api.admin().body(cert).put("/licensing/certifications/999999").then().statusCode(404);
    Api.demo(Api.TRAINER)
        .body(cert)
        .put("/licensing/certifications/" + certId)
        .then()
        .statusCode(403);

    // four admins adding one name at the same moment: one is added, the others are told it exists
    Map<String, Object> twin = new HashMap<>(cert);
    twin.put("name", Api.unique("Twin"));
    twin.put("teamIds", List.of());
    twin.put("active", false);
    assertThat(
            atOnce(4, () -> Api.admin().body(twin).post("/licensing/certifications").statusCode()))
        .containsExactlyInAnyOrder(201, 409, 409, 409);
    Number twinId =
        Api.admin()
            .get("/licensing/catalog")
            .path("certifications.find { it.name == '" + twin.get("name") + "' }.id");
    Api.admin().body(twin).put("/licensing/certifications/" + twinId).then().statusCode(200);

    // retired: needed nowhere, and the agent is cleared again
    cert.put("active", false);
    Api.admin()
        .body(cert)
        .put("/licensing/certifications/" + certId)
        .then()
        .statusCode(200)
        .body("active", equalTo(false));
    Api.admin().get(me).then().body(cellPath + "cleared", equalTo(true));

    // a carrier for the team: an appointment is missing until the carrier is retired
    Map<String, Object> carrier = new HashMap<>();
    carrier.put("name", Api.unique("Coastal Casualty"));
    carrier.put("teamIds", List.of(team));
    long carrierId =
        Api.admin()
            .body(carrier)
            .post("/licensing/carriers")
            .then()
            .statusCode(201)
            .extract()
            .<Number>path("id")
            .longValue();
    Api.admin()
        .get(me)
        .then()
        .body(
            cellPath + "missing", hasItem("appointment with " + carrier.get("name") + " missing"));
    carrier.put("name", carrier.get("name") + " Group");
    carrier.put("active", false);
    Api.admin()
        .body(carrier)
        .put("/licensing/carriers/" + carrierId)
        .then()
        .statusCode(200)
        .body("name", equalTo(carrier.get("name")))
        .body("active", equalTo(false));
    Api.admin().get(me).then().body(cellPath + "cleared", equalTo(true));
    Api.admin()
        .get("/licensing/catalog")
        .then()
        .body("carriers.find { it.id == " + carrierId + " }.active", equalTo(false))
        .body("certifications.find { it.id == " + certId + " }.active", equalTo(false));
  }

  @Test
  void stateRequirementsComeAndGoAsCsvAllRowsOrNone() {
    // two imports of the same new version at once: one saves it, neither answers 500
    List<Integer> both =
        atOnce(
            2,
            () ->
                RestAssured.given()
                    .auth()
                    .preemptive()
                    .basic(Api.ADMIN, Api.ADMIN_PASSWORD)
                    .contentType("text/csv")
                    .body(
                        "state,line,effective_from,prelicensing_hours\nWY,Property,2032-01-01,8\n")
                    .post("/licensing/requirements.csv")
                    .statusCode());
    assertThat(both).contains(200).allMatch(status -> status == 200 || status == 409);
    Api.admin()
        .get("/licensing/requirements?state=WY")
        .then()
        .body("findAll { it.effectiveFrom == '2032-01-01' }.size()", equalTo(1));

    String csv =
        Api.admin()
            .accept("text/csv")
            .get("/licensing/requirements.csv")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().findFirst().orElse("")).startsWith("state,line,effective_from");
    assertThat(csv.lines().filter(l -> l.matches("^[A-Z]{2},Property,.*")).count())
        .isGreaterThanOrEqualTo(51);
    String mixed =
        "state,line,effective_from,prelicensing_hours,fingerprints\n"
            + "NV,Property,2031-01-01,12,yes\n"
            + "ZZ,Property,2031-01-01,,\n"
            + "NV,Casualty,soon,x,maybe\n";
    RestAssured.given()
        .auth()
        .preemptive()
        .basic(Api.ADMIN, Api.ADMIN_PASSWORD)
        .contentType("text/csv")
        .body(mixed)
        .post("/licensing/requirements.csv")
        .then()
        .statusCode(422)
        .body("type", endsWith("/requirements-csv-invalid"))
        .body("detail", containsString("line 3"))
        .body("detail", containsString("line 4"));
    Api.admin()
        .get("/licensing/requirements?state=NV")
        .then()
        .body("effectiveFrom", not(hasItem("2031-01-01")));
    RestAssured.given()
        .auth()
        .preemptive()
        .basic(Api.ADMIN, Api.ADMIN_PASSWORD)
        .contentType("text/csv")
        .body("state,line,effective_from,prelicensing_hours\nNV,Property,2031-01-01,12\n")
        .post("/licensing/requirements.csv")
        .then()
        .statusCode(200)
        .body("rows", equalTo(1));
    Api.admin()
        .get("/licensing/requirements?state=NV")
        .then()
        .body("find { it.effectiveFrom == '2031-01-01' }.values.prelicensingHours", equalTo(12));
  }
}
